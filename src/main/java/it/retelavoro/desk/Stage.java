package it.retelavoro.desk;

/**
 * Where a person with a DID in force stands in the pathway (pathway's {@code pathway_desk_caseload.stage}); the
 * stages are exclusive, the later one wins.
 */
public enum Stage {
    /** A DID in force, no Patto di Servizio in force. */
    DID_WITHOUT_PACT,
    /** A Patto in force, no PAI in force. */
    PACT_WITHOUT_PAI,
    /** A PAI in force, no placement recorded in it. */
    PAI_OPEN,
    /** The PAI in force recorded a placement (a hire) still standing. */
    PLACED;

    public String labelKey() {
        return "desk.stage." + name();
    }
}
