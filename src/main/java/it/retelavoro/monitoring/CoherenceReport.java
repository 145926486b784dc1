package it.retelavoro.monitoring;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Indicators 6.2 (persons sent to a selection interview, by the organisation that has them in charge) and
 * 10.1 (candidates signalled, by the organisation that owns the vacancy), per organisation, with the
 * referrals between two different organisations that explain why they differ.
 *
 * @param regionPersonsReferred 6.2 for the region, equal to 10.1 for the region by construction; null for
 *                              an operator, who sees their organisation only
 */
public record CoherenceReport(LocalDate from, LocalDate to, Long regionPersonsReferred, List<Row> organisations,
        List<CrossReferral> crossReferrals) {

    /** 6.2 and 10.1 of one organisation. */
    public record Row(UUID organisationId, long personsReferred, long candidatesSignalled) {

        public boolean coherent() {
            return personsReferred == candidatesSignalled;
        }
    }

    /** A referral of a person in charge of one organisation to a vacancy of another. */
    public record CrossReferral(UUID referralId, LocalDate date, UUID personId, UUID personOrganisationId,
            UUID employerId, UUID vacancyOrganisationId) {
    }
}
