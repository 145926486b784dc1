package it.retelavoro.employer;

/** The subjects of a B.3 consulting service, as the scheda lists its activities. */
public enum ConsultingTopic {
    RULES_AND_CONTRACTS, HIRING_INCENTIVES, INTERNSHIPS, DISADVANTAGED_WORKERS, TRAINING_OFFER, INPS_AND_INSPECTORATE;

    public String labelKey() {
        return "employer.topic." + name();
    }
}
