package it.retelavoro.pathway;

/** The outcome of a Patto di Servizio or of a PAI put to the person: signed, or refused (mancata firma). */
public enum Outcome {
    SIGNED, REFUSED;

    public String labelKey() {
        return "pathway.outcome." + name();
    }
}
