package it.retelavoro.citizen;

import it.retelavoro.agenda.AppointmentId;
import it.retelavoro.agenda.OwnAppointments;
import it.retelavoro.audit.AccessLog;
import it.retelavoro.interop.co.WorkHistory;
import it.retelavoro.matching.MatchingManagement;
import it.retelavoro.network.NetworkManagement;
import it.retelavoro.network.Organisation;
import it.retelavoro.pathway.OwnPathway;
import it.retelavoro.person.Consent;
import it.retelavoro.person.ConsentPurpose;
import it.retelavoro.person.ConsentChannel;
import it.retelavoro.person.Consents;
import it.retelavoro.person.OwnRecords;
import it.retelavoro.person.OwnRecords.OwnRecord;
import it.retelavoro.person.PersonId;
import it.retelavoro.portal.OwnApplications;
import it.retelavoro.person.RectifiableField;
import it.retelavoro.person.RectificationRequest;
import it.retelavoro.person.RectificationRequests;
import it.retelavoro.shared.Citizen;
import it.retelavoro.shared.InvalidInputException;
import it.retelavoro.shared.OrganisationId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The citizen's own area (issue 17): their record, pathway, consents and the organisation that has them in charge,
 * read through the owning modules' services for the person whose codice fiscale the identity provider vouched for;
 * the consents they give and withdraw; who accessed their data.
 */
@Service
@Transactional
public class CitizenArea {

    private final OwnRecords records;
    private final OwnPathway pathway;
    private final Consents consents;
    private final AccessLog accessLog;
    private final NetworkManagement network;
    private final RectificationRequests rectifications;
    private final OwnApplications applications;
    private final OwnAppointments appointments;
    private final MatchingManagement matching;
    private final WorkHistory workHistory;
    private final ContactRequests contactRequests;

    /** How many matching vacancies the area shows. */
    static final int MATCHES = 10;

    CitizenArea(OwnRecords records, OwnPathway pathway, Consents consents, AccessLog accessLog,
            NetworkManagement network, RectificationRequests rectifications, OwnApplications applications,
            OwnAppointments appointments, MatchingManagement matching, WorkHistory workHistory,
            ContactRequests contactRequests) {
        this.contactRequests = contactRequests;
        this.matching = matching;
        this.workHistory = workHistory;
        this.appointments = appointments;
        this.rectifications = rectifications;
        this.applications = applications;
        this.records = records;
        this.pathway = pathway;
        this.consents = consents;
        this.accessLog = accessLog;
        this.network = network;
    }

    /**
     * Everything the area shows. A citizen with no record sees only who they are. Read-write: the reads' audit rows
     * are written in this transaction, not each in one of its own on a second connection of the pool.
     */
    @Transactional
    public MyArea area(Citizen citizen) {
        Optional<OwnRecord> record = records.record(citizen);
        if (record.isEmpty()) {
            return new MyArea(citizen, record, Optional.empty(), List.of(), List.of(), List.of(), List.of(),
                    List.of(), applications.of(citizen), List.of(), List.of(), List.of(), contactRequests.of(citizen));
        }
        PersonId id = record.get().person().id();
        return new MyArea(citizen, record, Optional.of(pathway.overview(id)), pathway.dids(id),
                network.sitesOf(record.get().inCharge().organisationId()), consents.current(id), consents.history(id),
                rectifications.ofPerson(id), applications.of(citizen), appointments.of(id),
                matching.vacanciesForThemselves(id, MATCHES), workHistory.ofThemselves(id, Locale.ITALIAN),
                contactRequests.of(citizen));
    }

    /**
     * Cancels one of the citizen's own individual appointments still to come.
     *
     * @throws InvalidInputException when it cannot be cancelled from the area (past, cancelled, a group session)
     */
    public void cancelAppointment(Citizen citizen, AppointmentId id) {
        PersonId person = records.idOf(citizen)
                .orElseThrow(() -> InvalidInputException.of("appointment", "citizen.consent.no-record"));
        appointments.cancel(person, id);
    }

    /**
     * Erases one of the citizen's applications of the job board (GDPR art. 17).
     *
     * @throws InvalidInputException when it was turned into a referral, a record of the service
     */
    public void eraseApplication(Citizen citizen, java.util.UUID id) {
        applications.erase(citizen, id);
    }

    /**
     * Erases the citizen's consents and their history: every consent is withdrawn at once.
     *
     * @throws InvalidInputException when the citizen has no record
     */
    public void eraseConsents(Citizen citizen) {
        PersonId id = records.idOf(citizen)
                .orElseThrow(() -> InvalidInputException.of("purpose", "citizen.consent.no-record"));
        consents.erase(id);
    }

    /**
     * Asks the organisation in charge to correct a field of the record (GDPR art. 16).
     *
     * @throws InvalidInputException when the citizen has no record, or the request is incomplete
     */
    public RectificationRequest requestRectification(Citizen citizen, RectifiableField field, String proposedValue,
            String note) {
        PersonId id = records.idOf(citizen)
                .orElseThrow(() -> InvalidInputException.of("field", "citizen.consent.no-record"));
        return rectifications.request(id, field, proposedValue, note);
    }

    /**
     * Gives or withdraws a consent, at once: a withdrawn consent to matching takes the person out of every vacancy's
     * candidates in this transaction.
     *
     * @throws InvalidInputException when the citizen has no record yet (there is nothing to consent about)
     */
    public Consent consent(Citizen citizen, ConsentPurpose purpose, boolean given) {
        PersonId id = records.idOf(citizen)
                .orElseThrow(() -> InvalidInputException.of("purpose", "citizen.consent.no-record"));
        return consents.record(id, purpose, given, ConsentChannel.CITIZEN_AREA);
    }

    /**
     * Gives or withdraws several consents at once: all of them, or none when one is refused.
     *
     * @throws InvalidInputException when the citizen has no record
     */
    public List<Consent> consents(Citizen citizen, Map<ConsentPurpose, Boolean> changes) {
        changes.forEach((purpose, given) -> consent(citizen, purpose, given));
        return consents(citizen);
    }

    /** The state of each consent; empty without a record. */
    @Transactional(readOnly = true)
    public List<Consent> consents(Citizen citizen) {
        return records.idOf(citizen).map(consents::current).orElse(List.of());
    }

    /** Who accessed the citizen's data, newest first: organisation and role, never the operator's name. */
    @Transactional
    public List<MyArea.Access> accessLog(Citizen citizen) {
        Optional<PersonId> id = records.idOf(citizen);
        if (id.isEmpty()) {
            return List.of();
        }
        Map<OrganisationId, String> names = new HashMap<>();
        return accessLog.of(id.get().value()).stream()
                .map(access -> new MyArea.Access(access.at(), access.organisationId() == null ? null
                        : names.computeIfAbsent(access.organisationId(), organisation -> network
                                .findOrganisation(organisation).map(Organisation::name).orElse(null)),
                        access.role(), access.action()))
                .toList();
    }
}
