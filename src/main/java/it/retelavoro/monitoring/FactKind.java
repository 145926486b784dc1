package it.retelavoro.monitoring;

/**
 * What a fact of the read model records; the indicators are defined over these kinds. Public for the synthetic
 * regions, which write facts as the listeners record them (see {@link FactKeys}).
 */
public enum FactKind {
    /** A service A1-A6 delivered to a person, or A1 to an anonymous visitor; detail is the service. */
    DELIVERY,
    /** A Patto di Servizio signed by a person. */
    PACT_SIGNED,
    /** A PAI signed (opened); the item is the plan, one per person and day. */
    PLAN_SIGNED,
    /** A PAI refused. */
    PLAN_REFUSED,
    /** A training step; detail is REFERRED, ENROLLED or COMPLETED. */
    TRAINING,
    /** An internship activated; the item is the internship. */
    INTERNSHIP_ACTIVATED,
    /** A service B1-B4 delivered to a company; detail is the service. */
    EMPLOYER_DELIVERY,
    /** A company that expressed a need for services at B1. */
    COMPANY_NEED,
    /** A company Patto signed. */
    COMPANY_PACT_SIGNED,
    /** A vacancy registered; the item is the vacancy. */
    VACANCY_REGISTERED,
    /** A person sent to a company: organisation of the person, counterpart the owner of the vacancy. */
    REFERRAL,
    /** A referral moved to a status (detail); same organisations as the referral. */
    REFERRAL_OUTCOME,
    /** A hire with a contract, dated by the start of the contract. */
    CONTRACT_STARTED;

    /**
     * Whether the source key of a fact of this kind may come back after its act was cancelled: a Patto or a PAI
     * cancelled and signed again the same day, a referral's outcome or hire cancelled and recorded again. The
     * other kinds are keyed by the id of their record, which a cancelled act never reuses: a second recording of
     * such a key is the same event delivered again (issue 19: resubmitted after an instance died), never a new act,
     * and must not bring a cancelled fact back into the counts.
     */
    boolean keyRecurs() {
        return switch (this) {
            case PACT_SIGNED, PLAN_SIGNED, PLAN_REFUSED, REFERRAL_OUTCOME, CONTRACT_STARTED -> true;
            default -> false;
        };
    }
}
