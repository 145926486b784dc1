package it.retelavoro.matching;

import it.retelavoro.person.PersonId;
import it.retelavoro.shared.OrganisationId;
import java.util.Optional;

/**
 * A person ranked for a vacancy. A person of the caller's organisation comes with their id and name; a
 * person of another organisation only with a pseudonym, stable for the vacancy, and the organisation to
 * contact: their identity is that organisation's to share.
 *
 * @param personId         the person, empty for another organisation's person
 * @param pseudonym        a short code that tells the candidates of the list apart
 * @param fullName         the name, empty for another organisation's person
 * @param organisationId   the organisation that has the person in charge
 * @param organisationName its name
 * @param match            score and reasons
 * @param preselection     the pre-selection for this vacancy, if any
 */
public record Candidate(Optional<PersonId> personId, String pseudonym, Optional<String> fullName,
        OrganisationId organisationId, String organisationName, Match match, Optional<Preselection> preselection) {

    /** Whether the caller's organisation has the person in charge (and may act on them). */
    public boolean own() {
        return personId.isPresent();
    }
}
