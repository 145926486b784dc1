package it.retelavoro.citizen;

import it.retelavoro.agenda.OwnAppointments.OwnAppointment;
import it.retelavoro.interop.co.WorkHistoryEntry;
import it.retelavoro.matching.VacancyMatch;
import it.retelavoro.network.Site;
import it.retelavoro.pathway.Did;
import it.retelavoro.pathway.PathwayOverview;
import it.retelavoro.person.Consent;
import it.retelavoro.person.ConsentPurpose;
import it.retelavoro.person.OwnRecords.OwnRecord;
import it.retelavoro.person.RectificationRequest;
import it.retelavoro.portal.OwnApplications.OwnApplication;
import it.retelavoro.shared.Citizen;
import it.retelavoro.shared.Role;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Everything the citizen's area shows, read at once.
 *
 * @param citizen    who logged in, as their identity provider vouched
 * @param record     their record in the registry; empty when they have none yet
 * @param pathway    their pathway as the operators' page reads it; empty without a record
 * @param dids       every DID they made, newest first, each with its history
 * @param inChargeAt the sites of the organisation that has them in charge, with their contacts
 * @param consents   the state of each consent
 * @param history    every consent given or withdrawn, newest first
 * @param rectifications their requests to correct the record, newest first, with the answers
 * @param applications   their applications sent on the job board, newest first
 * @param appointments   their appointments of the past year and all those to come, soonest first
 * @param matches        the published vacancies that fit them, best first; none without consent to matching
 * @param employments    their work history from the Comunicazioni Obbligatorie, most recent first
 * @param contactRequests their wishes to be contacted by a CPI, newest first
 */
public record MyArea(Citizen citizen, Optional<OwnRecord> record, Optional<PathwayOverview> pathway, List<Did> dids,
        List<Site> inChargeAt, List<Consent> consents, List<Consent> history,
        List<RectificationRequest> rectifications, List<OwnApplication> applications,
        List<OwnAppointment> appointments, List<VacancyMatch> matches, List<WorkHistoryEntry> employments,
        List<ContactRequest> contactRequests) {

    public MyArea {
        dids = List.copyOf(dids);
        inChargeAt = List.copyOf(inChargeAt);
        consents = List.copyOf(consents);
        history = List.copyOf(history);
        rectifications = List.copyOf(rectifications);
        applications = List.copyOf(applications);
        appointments = List.copyOf(appointments);
        matches = List.copyOf(matches);
        employments = List.copyOf(employments);
        contactRequests = List.copyOf(contactRequests);
    }

    public boolean registered() {
        return record.isPresent();
    }

    /** Their open wish to be contacted, if any. */
    public Optional<ContactRequest> openContactRequest() {
        return contactRequests.stream().filter(ContactRequest::open).findFirst();
    }

    /** Whether they consent now to being matched with the vacancies of the network. */
    public boolean consentsToMatching() {
        return consents.stream().anyMatch(consent -> consent.purpose() == ConsentPurpose.MATCHING && consent.given());
    }

    /**
     * One access of the log, as the person reads it: when, the organisation and the role of who acted, and what
     * they did (the audit trail's action code, {@code audit.action.<code>} its words).
     *
     * @param organisation the organisation's name
     * @param role         null when the entry predates the recording of roles
     */
    public record Access(Instant at, String organisation, Role role, String action) {

        public String labelKey() {
            return "audit.action." + action;
        }
    }
}
