package it.retelavoro.catalogue;

/**
 * The technical and structural features (precondizioni tecnico-strutturali) a site may have, as the
 * repertorio names them in the schede of the ten services.
 */
public enum SiteFeature {
    /** Accesso allo sportello con spazio per l'attesa. */
    COUNTER_WITH_WAITING_AREA,
    /** Bacheca per le opportunità lavorative. */
    JOB_OPPORTUNITY_BOARD,
    /** Spazio attrezzato per auto-consultazione di materiali informativi e delle offerte. */
    SELF_CONSULTATION_SPACE,
    /** Spazio dedicato per il colloquio individuale. */
    INDIVIDUAL_INTERVIEW_SPACE,
    /** Postazione isolata (a tutela della privacy). */
    ISOLATED_WORKSTATION,
    /** PC con accesso a internet. */
    PC_WITH_INTERNET,
    /** Spazi d'aula per gruppi. */
    GROUP_CLASSROOM,
    /** Postazione per contatto telefonico, indirizzo mail per contatti. */
    PHONE_EMAIL_CONTACT,
    /** Punto di accoglienza con personale dedicato. */
    DEDICATED_RECEPTION,
    /** Sito internet aggiornato con informazioni su servizi e misure attive. */
    UPDATED_WEBSITE,
    /** Sito internet con disponibilità di strumenti per l'incrocio domanda/offerta on line. */
    ONLINE_MATCHING_TOOLS;

    public String labelKey() {
        return "vocabulary.site-feature." + name();
    }
}
