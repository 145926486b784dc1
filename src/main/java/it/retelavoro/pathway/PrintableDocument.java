package it.retelavoro.pathway;

import it.retelavoro.person.PersonSummary;

/**
 * What a Patto or a PAI printed for signature carries besides its contents: the organisation and site
 * that put it to the person, the operator, and the person's name and codice fiscale.
 *
 * @param person           the person
 * @param organisationName the organisation that put it to the person
 * @param siteName         the site
 * @param siteAddress      the site's address, may be null
 * @param operatorName     the operator
 */
public record PrintableDocument(PersonSummary person, String organisationName, String siteName, String siteAddress,
        String operatorName) {
}
