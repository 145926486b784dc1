package it.retelavoro.pathway;

/** The states of a DID; each change is kept in its history. */
public enum DidState {
    /** Declared by the person, received by an organisation of the network. */
    DECLARED,
    /** Sent by the agency that received it to a CPI, which certifies it. */
    CERTIFICATION_REQUESTED,
    /** Certified by a CPI (a function exclusive to the CPIs). */
    CERTIFIED,
    /** Suspended by the CPI (e.g. a short job). */
    SUSPENDED,
    /** Revoked by the CPI: no longer in force. */
    REVOKED;

    public String labelKey() {
        return "pathway.did.state." + name();
    }
}
