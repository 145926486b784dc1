package it.retelavoro.catalogue;

/**
 * The stable codes of the rules a delivery can break. These names are an API contract (forms, problem
 * types, reports): add constants, never rename them.
 */
public enum ViolationCode {
    /** Durata minima (modalità e durata). */
    MIN_DURATION,
    /** Numero minimo di incontri (modalità e durata). */
    MIN_MEETINGS,
    /** Modalità di erogazione non prevista dalla scheda. */
    MODE_NOT_ALLOWED,
    /** Modalità di accesso: servizi precedenti o condizioni mancanti. */
    ACCESS_RULE,
    /** Output minimo mancante. */
    OUTPUT_MISSING,
    /** Precondizione tecnico-strutturale della sede mancante. */
    SITE_PRECONDITION,
    /** Precondizione professionale dell'operatore mancante (target complessi, mediazione, sede). */
    OPERATOR_PRECONDITION,
    /** Funzione di competenza esclusiva dei CPI esercitata da un altro soggetto. */
    CPI_EXCLUSIVE,
    /** Nessuna versione del repertorio in vigore alla data della prestazione. */
    NO_CATALOGUE_VERSION,
    /** Annullamento dopo la finestra ordinaria, chiesto da chi non è supervisore (issue 13). */
    CANCELLATION_WINDOW_PASSED,
    /** Annullamento di un atto da cui dipende un atto successivo non annullato (issue 13). */
    CANCELLATION_DEPENDENT_ACT,
    /** Un incontro di gruppo senza il motivo che la scheda ammette (aziende o progetti) o senza chi lo motiva. */
    GROUP_REASON_MISSING,
    /** Il mese dell'atto è chiuso dalla Regione: nessuna registrazione ne cambia i dati senza riapertura. */
    PERIOD_CLOSED,
    /** Registrazione retroattiva oltre il limite di giorni della versione del repertorio. */
    BACKDATED_TOO_FAR,
    /** Programma sconosciuto, non in vigore alla data o basato su un'altra versione del repertorio. */
    PROGRAMME_NOT_APPLICABLE,
    /** Destinatario non ammissibile al programma (età, DID, NASpI, target, mesi di disoccupazione). */
    PROGRAMME_ELIGIBILITY,
    /** Servizio non finanziato dal programma. */
    PROGRAMME_SERVICE,
    /** Output ulteriore richiesto dal programma mancante. */
    PROGRAMME_OUTPUT_MISSING,
    /** Durata fuori dalle ore minime o massime finanziate dal programma. */
    PROGRAMME_HOURS
}
