package it.retelavoro.person;

/** Levels of the Common European Framework of Reference for Languages. */
public enum CefrLevel {
    A1, A2, B1, B2, C1, C2;

    public String labelKey() {
        return "person.cefr." + name();
    }
}
