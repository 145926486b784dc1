package it.retelavoro.pathway;

/** Where the person declared their immediate availability to work. */
public enum DidChannel {
    /** At the counter of a CPI. */
    CPI_COUNTER,
    /** At an accredited agency, which sends it to a CPI for certification. */
    AGENCY,
    /** On line, on the national portal. */
    ONLINE,
    /** Together with an application for NASpI (unemployment benefit). */
    NASPI_APPLICATION;

    public String labelKey() {
        return "pathway.did.channel." + name();
    }
}
