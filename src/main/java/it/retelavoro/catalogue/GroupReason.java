package it.retelavoro.catalogue;

/**
 * Why a service is delivered to a group: A.2 "Incontri di gruppo (in caso di prese in carico collettive da
 * aziende o convocazioni relative a progetti)".
 */
public enum GroupReason {
    /** "presa in carico collettiva da aziende": the company is named. */
    COMPANY_INTAKE,
    /** "convocazione relativa a progetti": the project is named. */
    PROJECT_CALL;

    public String labelKey() {
        return "vocabulary.group-reason." + name();
    }
}
