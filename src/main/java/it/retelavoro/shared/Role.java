package it.retelavoro.shared;

/** What a user account may do in the system. */
public enum Role {
    /** Manages organisations, sites, operators and catalogue versions. */
    ADMIN,
    /** Delivers and registers services for the persons and companies of their organisation. */
    OPERATOR,
    /** Regional monitoring: indicators and compliance of the whole network, read only. */
    ANALYST,
    /**
     * A system of the national or regional flows (the CO node, the national DID portal): it sends its flows
     * through the API with a token and may call nothing else, neither the pages nor the rest of the API.
     */
    INTEGRATION;

    public String authority() {
        return "ROLE_" + name();
    }

    public String labelKey() {
        return "vocabulary.role." + name();
    }
}
