package it.retelavoro.shared;

/**
 * The two kinds of member of the regional network. Only a {@link #CPI} may exercise the functions the
 * repertorio reserves to the public service (DID certification, collocamento mirato, ...).
 */
public enum OrganisationKind {
    /** Centro per l'Impiego: the public employment service. */
    CPI,
    /** Operatore privato accreditato ai servizi per il lavoro. */
    ACCREDITED_AGENCY,
    /** The regional administration: governs and monitors the network, delivers no service. */
    REGION;

    /** Whether organisations of this kind deliver the standard services to persons and companies. */
    public boolean deliversServices() {
        return this != REGION;
    }

    public String labelKey() {
        return "vocabulary.organisation-kind." + name();
    }
}
