package it.retelavoro.portal;

/** Where a self-application stands. */
public enum ApplicationStatus {
    /** Sent by the applicant, waiting for the organisation. */
    RECEIVED,
    /** Linked to a person the organisation has in charge. */
    VERIFIED,
    /** Turned into a referral to the vacancy. */
    REFERRED,
    /** Declined by the organisation. */
    DECLINED;

    public String labelKey() {
        return "portal.application.status." + name();
    }
}
