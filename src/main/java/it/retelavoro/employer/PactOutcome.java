package it.retelavoro.employer;

/** The outcome of the company Patto di Servizio registered in B.2: signed or refused. */
public enum PactOutcome {
    SIGNED, REFUSED;

    public String labelKey() {
        return "employer.pact-outcome." + name();
    }
}
