package it.retelavoro.employer;

/** A language level of the Common European Framework of Reference (QCER). */
public enum CefrLevel {
    A1, A2, B1, B2, C1, C2;

    public String labelKey() {
        return "employer.cefr." + name();
    }
}
