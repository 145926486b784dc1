package it.retelavoro.employer;

/** The contract a vacancy offers (tipologia contrattuale), vocabulary {@code contract-types}. */
public enum ContractType {
    PERMANENT, FIXED_TERM, APPRENTICESHIP, INTERNSHIP, AGENCY_WORK, PART_TIME, SEASONAL, INTERMITTENT, SELF_EMPLOYED, OTHER;

    public String labelKey() {
        return "employer.contract-type." + name();
    }
}
