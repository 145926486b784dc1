package it.retelavoro.catalogue;

/**
 * The functions the repertorio leaves out of the standards because they remain exclusive to the
 * Centri per l'Impiego. Labels and legal references are data of each catalogue version.
 */
public enum CpiExclusiveFunction {
    /** Certificazione della DID e dello status professionale (scheda A.2). */
    DID_CERTIFICATION,
    /** Collocamento obbligatorio delle persone disabili, collocamento mirato (L. 68/99). */
    TARGETED_PLACEMENT,
    /** Avviamenti alla pubblica amministrazione (art. 16, L. 56/87). */
    PUBLIC_ADMINISTRATION_HIRING,
    /** Iscrizione alle liste di mobilità (L. 236/93). */
    MOBILITY_LISTS;

    public String labelKey() {
        return "catalogue.function." + name();
    }
}
