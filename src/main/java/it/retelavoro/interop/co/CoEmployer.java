package it.retelavoro.interop.co;

/**
 * An employer of a CO document: UniLav's {@code DatoreLavoro}; in UniSomm the agency
 * ({@code AgenziaSomministrazione}, the employer of record) or the user company ({@code DittaUtilizzatrice}).
 *
 * @param fiscalCode           the codice fiscale, upper case: 11 digits, or 16 characters for a sole trader
 * @param name                 {@code denominazione} (or surname and name of a natural person)
 * @param registeredOffice     {@code SedeLegale}, {@code null} when absent
 * @param workplace            {@code SedeLavoro}, {@code null} when absent
 * @param sectorCode           {@code Settore}, an ATECO 2007 code such as {@code 62.01.00}; {@code null} when absent
 * @param publicAdministration {@code PubblicaAmministrazione} (SI/NO); {@code null} when absent
 */
public record CoEmployer(String fiscalCode, String name, CoAddress registeredOffice, CoAddress workplace,
        String sectorCode, Boolean publicAdministration) {
}
