package it.retelavoro.person;

import it.retelavoro.shared.OrganisationId;

/**
 * Who has a person in charge: all an operator of another organisation may learn about a person.
 *
 * @param personId         the person
 * @param organisationId   the organisation in charge
 * @param organisationName its name
 */
public record InCharge(PersonId personId, OrganisationId organisationId, String organisationName) {
}
