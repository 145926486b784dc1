package it.retelavoro.pathway;

/** The age band of an anonymous visitor informed at the counter (A.1): all that is recorded of their age. */
public enum AgeBand {
    UNDER_25, FROM_25_TO_34, FROM_35_TO_44, FROM_45_TO_54, FROM_55;

    public String labelKey() {
        return "pathway.age-band." + name();
    }
}
