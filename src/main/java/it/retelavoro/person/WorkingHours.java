package it.retelavoro.person;

/** The working time a person is available for. */
public enum WorkingHours {
    FULL_TIME, PART_TIME, ANY;

    public String labelKey() {
        return "person.hours." + name();
    }
}
