package it.retelavoro.person;

/** Where a consent was given or withdrawn. */
public enum ConsentChannel {
    /** By the person in their own area, after logging in with SPID or CIE. */
    CITIZEN_AREA,
    /** By an operator, on the person's record, as the person declared at the desk. */
    OPERATOR,
    /** Recorded before consents had a history (the registry's flag only). */
    REGISTRY;

    public String labelKey() {
        return "vocabulary.consent-channel." + name();
    }
}
