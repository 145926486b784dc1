package it.retelavoro.employer;

/** The legal form of a company (forma giuridica), vocabulary {@code legal-forms}. */
public enum LegalForm {
    SRL, SRLS, SPA, SAPA, SAS, SNC, SS, DITTA_INDIVIDUALE, COOPERATIVA, CONSORZIO, ASSOCIAZIONE, FONDAZIONE, ENTE_PUBBLICO, STUDIO_PROFESSIONALE, ALTRO;

    public String labelKey() {
        return "employer.legal-form." + name();
    }
}
