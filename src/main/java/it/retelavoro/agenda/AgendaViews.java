package it.retelavoro.agenda;

import it.retelavoro.audit.AuditLog;
import it.retelavoro.employer.EmployerDirectory;
import it.retelavoro.employer.EmployerId;
import it.retelavoro.network.NetworkManagement;
import it.retelavoro.network.Site;
import it.retelavoro.network.UserAccount;
import it.retelavoro.person.PersonDirectory;
import it.retelavoro.person.PersonId;
import it.retelavoro.person.PersonSummary;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.SiteId;
import it.retelavoro.shared.UserId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the agenda's pages show: a site's days, each with its appointments and its free slots in the order of their
 * start, with the names of the operators, of the persons and of the companies; for the operators of the site's
 * organisation (the appointments are that organisation's only).
 */
@Service
@Transactional(readOnly = true)
public class AgendaViews {

    private final AppointmentRepository appointments;
    private final Slots slots;
    private final AgendaAccess access;
    private final NetworkManagement network;
    private final PersonDirectory persons;
    private final EmployerDirectory employers;
    private final PortalBookings portal;
    private final AuditLog audit;
    private final Clock clock;

    AgendaViews(AppointmentRepository appointments, Slots slots, AgendaAccess access, NetworkManagement network,
            PersonDirectory persons, EmployerDirectory employers, PortalBookings portal, AuditLog audit, Clock clock) {
        this.appointments = appointments;
        this.slots = slots;
        this.access = access;
        this.network = network;
        this.persons = persons;
        this.employers = employers;
        this.portal = portal;
        this.audit = audit;
        this.clock = clock;
    }

    /** One line of a day: an appointment, or a free slot (appointment null). */
    public record Entry(LocalTime start, LocalTime end, UserId operatorId, String operatorName,
            Appointment appointment, String who) {

        public boolean free() {
            return appointment == null;
        }
    }

    public record Day(LocalDate date, List<Entry> entries) {
    }

    /** A site's days from and to, with the free slots of the kind of appointment, of one operator or of all. */
    public record Agenda(Site site, List<Site> sites, List<UserAccount> operators, LocalDate from, LocalDate to,
            AppointmentType type, List<AppointmentType> types, Optional<UserId> operator, List<Day> days) {
    }

    public Agenda agenda(SiteId siteId, LocalDate from, LocalDate to, String typeCode, Optional<UserId> operator,
            CurrentUser caller) {
        Site site = access.requireSite(siteId, caller, "AGENDA_READ", false);
        AppointmentType type = slots.requireRange(from, to, typeCode);
        List<UserAccount> operators = network.operatorsAt(siteId);
        Map<UserId, String> names = new LinkedHashMap<>();
        operators.forEach(user -> names.put(user.id(), user.fullName()));
        Instant start = from.atStartOfDay(clock.getZone()).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        List<Appointment> booked = appointments.findAtSite(siteId, start, end).stream()
                .filter(appointment -> appointment.status() == AppointmentStatus.BOOKED)
                .filter(appointment -> operator.isEmpty() || operator.get().equals(appointment.operatorId()))
                .toList();
        Set<PersonId> personIds = new HashSet<>();
        Set<EmployerId> employerIds = new HashSet<>();
        booked.forEach(appointment -> {
            appointment.personId().ifPresent(personIds::add);
            appointment.employerId().ifPresent(employerIds::add);
            names.computeIfAbsent(appointment.operatorId(), id -> network.findUser(id).map(UserAccount::fullName)
                    .orElse(""));
        });
        Map<PersonId, PersonSummary> who = persons.summaries(personIds);
        Map<EmployerId, String> companies = employers.names(employerIds);
        Map<LocalDate, List<Entry>> byDay = new LinkedHashMap<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            byDay.put(day, new ArrayList<>());
        }
        for (Appointment appointment : booked) {
            LocalDate day = appointment.startsAt().atZone(clock.getZone()).toLocalDate();
            String label = appointment.personId().map(id -> Optional.ofNullable(who.get(id))
                    .map(PersonSummary::fullName).orElse("")).orElseGet(() -> appointment.employerId()
                    .map(id -> companies.getOrDefault(id, "")).orElseGet(() -> portalLabel(appointment)));
            Optional.ofNullable(byDay.get(day)).ifPresent(entries -> entries.add(new Entry(time(appointment
                    .startsAt()), time(appointment.endsAt()), appointment.operatorId(),
                    names.get(appointment.operatorId()), appointment, label)));
        }
        for (Slot slot : slots.compute(site, from, to, type, operator)) {
            LocalDate day = slot.start().atZone(clock.getZone()).toLocalDate();
            Optional.ofNullable(byDay.get(day)).ifPresent(entries -> entries.add(new Entry(time(slot.start()),
                    time(slot.end()), slot.operatorId(), names.getOrDefault(slot.operatorId(), ""), null, null)));
        }
        List<Day> days = new ArrayList<>();
        byDay.forEach((day, entries) -> {
            entries.sort(Comparator.comparing(Entry::start).thenComparing(Entry::operatorName,
                    Comparator.nullsLast(Comparator.naturalOrder())));
            days.add(new Day(day, List.copyOf(entries)));
        });
        audit.success("AGENDA_READ", AgendaAccess.OBJECT, siteId, "from=" + from + " to=" + to);
        return new Agenda(site, network.sitesOf(site.organisationId()), operators, from, to, type,
                slots.types(from), operator, days);
    }

    /** The operators who work at the site, by name (for the booking and moving forms). */
    public List<UserAccount> operatorsAt(SiteId siteId, CurrentUser caller) {
        access.requireSite(siteId, caller, "AGENDA_READ", false);
        return network.operatorsAt(siteId);
    }

    /** The name of a person or company of one of the caller's appointments, for its page. */
    public String whoOf(Appointment appointment) {
        return appointment.personId().map(id -> Optional.ofNullable(persons.summaries(Set.of(id)).get(id))
                .map(PersonSummary::fullName).orElse("")).orElseGet(() -> appointment.employerId()
                .map(id -> employers.names(Set.of(id)).getOrDefault(id, "")).orElseGet(() -> portalLabel(appointment)));
    }

    /** Who booked on the public portal: the codice fiscale they gave (they may not be registered yet). */
    private String portalLabel(Appointment appointment) {
        return appointment.portalBookingId().flatMap(portal::fiscalCodeOf).orElse("");
    }

    /** The names of the participants of a group session of the caller's, in the order they were booked. */
    public List<String> participantNames(Appointment appointment) {
        Map<PersonId, PersonSummary> found = persons.summaries(appointment.participants().stream()
                .map(Participant::personId).toList());
        return appointment.participants().stream().map(participant -> Optional.ofNullable(found.get(participant
                .personId())).map(PersonSummary::fullName).orElse("")).toList();
    }

    private LocalTime time(Instant instant) {
        return instant.atZone(clock.getZone()).toLocalTime();
    }
}
