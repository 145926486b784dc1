package it.retelavoro.pathway;

import it.retelavoro.shared.OrganisationId;
import java.time.LocalDate;

/**
 * A DID an agency sent to a CPI for certification, as the CPI's queue shows it: only what is needed to
 * certify it.
 *
 * @param didId         the DID
 * @param fiscalCode    the person's codice fiscale
 * @param firstName     first name(s)
 * @param lastName      surname(s)
 * @param birthDate     date of birth
 * @param declaredOn    the day of the declaration
 * @param channel       where it was declared
 * @param requestedBy   the agency that received it
 * @param requesterName its name
 */
public record DidRequest(DidId didId, String fiscalCode, String firstName, String lastName, LocalDate birthDate,
        LocalDate declaredOn, DidChannel channel, OrganisationId requestedBy, String requesterName) {
}
