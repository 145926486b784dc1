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
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
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

    private final Slots slots;
    private final AgendaAccess access;
    private final NetworkManagement network;
    private final PersonDirectory persons;
    private final EmployerDirectory employers;
    private final PortalBookings portal;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    AgendaViews(Slots slots, AgendaAccess access, NetworkManagement network, PersonDirectory persons,
            EmployerDirectory employers, PortalBookings portal, AuditLog audit, JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.slots = slots;
        this.access = access;
        this.network = network;
        this.persons = persons;
        this.employers = employers;
        this.portal = portal;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * An appointment as a day of the agenda shows it, read in one query without its history: its kind, and for a
     * group session its seats taken and its capacity.
     */
    public record Booked(AppointmentId id, String type, boolean isGroup, int seats, int capacity) {
    }

    /** One line of a day: an appointment, or a free slot (appointment null). */
    public record Entry(LocalDate day, LocalTime start, LocalTime end, UserId operatorId, String operatorName,
            Booked appointment, String who) {

        private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

        public boolean free() {
            return appointment == null;
        }

        // formatted here rather than by the template: a week of a large site has more than a thousand rows

        public String startText() {
            return HOUR.format(start);
        }

        public String span() {
            return HOUR.format(start) + "–" + HOUR.format(end);
        }

        public String startParameter() {
            return day + "T" + HOUR.format(start);
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
        List<Row> booked = booked(siteId, start, end, operator);
        Set<PersonId> personIds = new HashSet<>();
        Set<EmployerId> employerIds = new HashSet<>();
        booked.forEach(row -> {
            Optional.ofNullable(row.personId()).ifPresent(personIds::add);
            Optional.ofNullable(row.employerId()).ifPresent(employerIds::add);
            names.computeIfAbsent(row.operatorId(), id -> network.findUser(id).map(UserAccount::fullName)
                    .orElse(""));
        });
        Map<PersonId, PersonSummary> who = persons.summaries(personIds);
        Map<EmployerId, String> companies = employers.names(employerIds);
        Map<LocalDate, List<Entry>> byDay = new LinkedHashMap<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            byDay.put(day, new ArrayList<>());
        }
        for (Row row : booked) {
            LocalDate day = row.startsAt().atZone(clock.getZone()).toLocalDate();
            String label = label(row.personId(), row.employerId(), row.portalFiscalCode(), who, companies);
            Optional.ofNullable(byDay.get(day)).ifPresent(entries -> entries.add(new Entry(day, time(row.startsAt()),
                    time(row.endsAt()), row.operatorId(), names.get(row.operatorId()), row.booked(), label)));
        }
        for (Slot slot : slots.compute(site, from, to, type, operator)) {
            LocalDate day = slot.start().atZone(clock.getZone()).toLocalDate();
            Optional.ofNullable(byDay.get(day)).ifPresent(entries -> entries.add(new Entry(day, time(slot.start()),
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

    /** A booked appointment of the site's days, with who it is for (a portal booking's codice fiscale read with it). */
    private record Row(Booked booked, UserId operatorId, Instant startsAt, Instant endsAt, PersonId personId,
            EmployerId employerId, String portalFiscalCode) {
    }

    /**
     * The site's appointments booked from {@code from} until {@code to}, of one operator or of all, by their start: one
     * query on the site's index, the seats of a group counted in it and a portal booking's codice fiscale joined (the
     * week of a site of 40 operators holds more than a thousand: loading each as an aggregate with its history, and
     * asking each portal booking apart, was most of the page's time).
     */
    private List<Row> booked(SiteId siteId, Instant from, Instant to, Optional<UserId> operator) {
        return jdbc.sql("""
                select a.id, a.type, a.mode, a.capacity, a.operator_id, a.starts_at, a.ends_at, a.person_id,
                       a.employer_id, b.fiscal_code as portal_fiscal_code,
                       (select count(*) from agenda_participant p where p.appointment_id = a.id) as seats
                  from agenda_appointment a left join agenda_portal_booking b on b.id = a.portal_booking_id
                 where a.site_id = :site and a.status = 'BOOKED' and a.starts_at < :to and a.ends_at > :from
                   and (cast(:operator as uuid) is null or a.operator_id = :operator)
                 order by a.starts_at, a.created_at, a.id""")
                .param("site", siteId.value()).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .param("operator", operator.map(UserId::value).orElse(null), java.sql.Types.OTHER)
                .query((rs, n) -> new Row(new Booked(new AppointmentId(rs.getObject("id", UUID.class)),
                        rs.getString("type"), "GROUP".equals(rs.getString("mode")), rs.getInt("seats"),
                        rs.getInt("capacity")), new UserId(rs.getObject("operator_id", UUID.class)),
                        rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(),
                        Optional.ofNullable(rs.getObject("person_id", UUID.class)).map(PersonId::new).orElse(null),
                        Optional.ofNullable(rs.getObject("employer_id", UUID.class)).map(EmployerId::new)
                                .orElse(null),
                        rs.getString("portal_fiscal_code")))
                .list();
    }

    /** The operators who work at the site, by name (for the booking and moving forms). */
    public List<UserAccount> operatorsAt(SiteId siteId, CurrentUser caller) {
        access.requireSite(siteId, caller, "AGENDA_READ", false);
        return network.operatorsAt(siteId);
    }

    /** The name of a person or company of one of the caller's appointments, for its page. */
    public String whoOf(Appointment appointment) {
        PersonId person = appointment.personId().orElse(null);
        EmployerId employer = appointment.employerId().orElse(null);
        return label(person, employer, person == null && employer == null
                ? appointment.portalBookingId().flatMap(portal::fiscalCodeOf).orElse(null) : null,
                person == null ? Map.of() : persons.summaries(Set.of(person)),
                employer == null ? Map.of() : employers.names(Set.of(employer)));
    }

    /**
     * Who an appointment is for, as the pages name them: the person's name, the company's, or for a booking from the
     * public portal the codice fiscale given (the person may not be registered yet); empty when unknown.
     */
    private static String label(PersonId person, EmployerId employer, String portalFiscalCode,
            Map<PersonId, PersonSummary> persons, Map<EmployerId, String> companies) {
        if (person != null) {
            return Optional.ofNullable(persons.get(person)).map(PersonSummary::fullName).orElse("");
        }
        if (employer != null) {
            return companies.getOrDefault(employer, "");
        }
        return portalFiscalCode == null ? "" : portalFiscalCode;
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
