package it.retelavoro.pathway;

/**
 * The age band of an anonymous visitor informed at the counter (A.1): all that is recorded of their age. The
 * one place where the bands are computed from a year of birth (monitoring's facts and the synthetic regions
 * ask {@link #reachedIn}).
 */
public enum AgeBand {
    UNDER_25(0), FROM_25_TO_34(25), FROM_35_TO_44(35), FROM_45_TO_54(45), FROM_55(55);

    /** The age, reached in the year, from which the band starts. */
    private final int from;

    AgeBand(int from) {
        this.from = from;
    }

    /** The band of the age reached in {@code year} by a person born in {@code birthYear}. */
    public static AgeBand reachedIn(int year, int birthYear) {
        int age = year - birthYear;
        AgeBand band = UNDER_25;
        for (AgeBand candidate : values()) {
            if (age >= candidate.from) {
                band = candidate;
            }
        }
        return band;
    }

    public String labelKey() {
        return "pathway.age-band." + name();
    }
}
