package it.retelavoro.person;

import it.retelavoro.shared.OrganisationId;
import java.time.LocalDate;

/**
 * A person as lists and other modules need them: identity and who has them in charge. Personal data:
 * only for callers of the organisation in charge.
 */
public record PersonSummary(PersonId id, String fiscalCode, String firstName, String lastName, LocalDate birthDate,
        OrganisationId inChargeOf) {

    public String fullName() {
        return firstName + " " + lastName;
    }
}
