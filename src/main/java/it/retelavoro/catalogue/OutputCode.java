package it.retelavoro.catalogue;

/**
 * The outputs a registration of a service may carry. Each catalogue version says, per service, which
 * ones are required (always, or when another output is present). Outcome codes ({@code *_OUTCOME})
 * record that the outcome was registered whether positive or not; the {@code *_SIGNED} codes record the
 * positive outcome, so a rule can require something only when the Patto or the PAI was signed.
 */
public enum OutputCode {
    /** A.1: rinvio ad altro servizio. */
    SERVICE_REFERRAL,
    /** A.2: registrazione o aggiornamento della scheda anagrafica su SILP. */
    PERSONAL_RECORD,
    /** A.2: esito del Patto di Servizio registrato (sottoscritto o mancata firma). */
    PACT_OUTCOME,
    /** A.2: Patto di Servizio sottoscritto. */
    PACT_SIGNED,
    /**
     * A.2: DID recepita (richiesta di certificazione inviata al CPI). Not an output of the scheda in the
     * first version of the repertorio; here so that a later act may require it.
     */
    DID_RECEIVED,
    /** A.3: esito del Piano di Azione Individuale registrato (sottoscritto o mancata firma). */
    ACTION_PLAN_OUTCOME,
    /** A.3: Piano di Azione Individuale sottoscritto. */
    ACTION_PLAN_SIGNED,
    /** A.4, A.5, A.6: registrazione del servizio nel Piano di Azione Individuale. */
    ACTION_PLAN_ENTRY,
    /** A.6, B.4: invio a colloqui di lavoro / di selezione. */
    INTERVIEW_REFERRAL,
    /** A.6, B.4: inserimento al lavoro. */
    JOB_PLACEMENT,
    /** B.1: manifestazione d'interesse al servizio di incontro domanda/offerta. */
    INTEREST_EXPRESSION,
    /** B.1, B.2: rilevazione delle vacancies. */
    VACANCIES_CAPTURED,
    /** B.2: esito del Patto di Servizio dell'impresa registrato. */
    COMPANY_PACT_OUTCOME,
    /** B.2: Patto di Servizio dell'impresa sottoscritto e firma registrata su SILP. */
    COMPANY_PACT_SIGNED,
    /** B.2: apertura del Piano d'azione dell'impresa. */
    COMPANY_ACTION_PLAN_OPENED,
    /** B.3: registrazione dell'attività sul Piano d'azione dell'impresa. */
    COMPANY_ACTION_PLAN_ENTRY;

    public String labelKey() {
        return "catalogue.output." + name();
    }
}
