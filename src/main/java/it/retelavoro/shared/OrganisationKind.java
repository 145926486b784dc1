package it.retelavoro.shared;

/**
 * The two kinds of member of the regional network. Only a {@link #CPI} may exercise the functions the
 * repertorio reserves to the public service (DID certification, collocamento mirato, ...).
 */
public enum OrganisationKind {
    /** Centro per l'Impiego: the public employment service. */
    CPI,
    /** Operatore privato accreditato ai servizi per il lavoro. */
    ACCREDITED_AGENCY;

    public String labelKey() {
        return "vocabulary.organisation-kind." + name();
    }
}
