package it.retelavoro.catalogue;

/**
 * Competences of an operator that the repertorio asks for beyond the base professional preconditions:
 * the operator preconditions of the complex targets and the transversal cultural mediation.
 */
public enum Competence {
    /** Comprovata esperienza pluriennale nell'accompagnamento di persone con disabilità. */
    DISABILITY_EXPERIENCE,
    /** Comprovata esperienza pluriennale nell'accompagnamento di soggetti dipendenti da sostanze. */
    ADDICTION_EXPERIENCE,
    /** Comprovata esperienza pluriennale in misure rivolte a detenuti ed ex detenuti. */
    PRISON_EXPERIENCE,
    /** Comprovata esperienza pluriennale nell'analisi e gestione di bisogni assistenziali. */
    CARE_NEEDS_EXPERIENCE,
    /** Specializzazione in servizi socio-sanitari. */
    SOCIO_HEALTH_SPECIALISATION,
    /** Mediazione culturale. */
    CULTURAL_MEDIATION,
    /** Conoscenza di lingue straniere. */
    FOREIGN_LANGUAGES;

    public String labelKey() {
        return "vocabulary.competence." + name();
    }
}
