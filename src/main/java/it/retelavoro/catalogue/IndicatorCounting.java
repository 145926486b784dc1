package it.retelavoro.catalogue;

/** What a monitoring indicator counts in a period. */
public enum IndicatorCounting {
    /** Distinct persons ("N° utenti"), not deliveries. */
    DISTINCT_PERSONS,
    /** Distinct companies ("N° aziende"), not deliveries. */
    DISTINCT_COMPANIES,
    /** Items, each counted once (tirocini, vacancies). */
    ITEMS,
    /** A date recorded per person or company (e.g. "Data di apertura del PAI"), not a count. */
    DATES
}
