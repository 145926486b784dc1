package it.retelavoro.referral;

/**
 * Where a referral stands. A new referral is {@link #SENT} to the company; it then moves through the
 * company's feedback. {@link #HIRED}, {@link #REJECTED} and {@link #WITHDRAWN} are final.
 */
public enum ReferralStatus {
    SENT, INTERVIEWED, SELECTED, HIRED, REJECTED, WITHDRAWN;

    public String labelKey() {
        return "referral.status." + name();
    }
}
