package it.retelavoro.agenda;

import it.retelavoro.agenda.AgendaEvents.AppointmentBooked;
import it.retelavoro.agenda.AgendaEvents.AppointmentCancelled;
import it.retelavoro.agenda.AgendaEvents.AppointmentMoved;
import it.retelavoro.agenda.AgendaEvents.ParticipantAdded;
import it.retelavoro.audit.AuditLog;
import it.retelavoro.catalogue.ServiceCode;
import it.retelavoro.catalogue.SiteFeature;
import it.retelavoro.employer.EmployerDirectory;
import it.retelavoro.employer.EmployerId;
import it.retelavoro.network.Site;
import it.retelavoro.person.PersonDirectory;
import it.retelavoro.person.PersonId;
import it.retelavoro.shared.ConflictException;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.InvalidInputException;
import it.retelavoro.shared.NotFoundException;
import it.retelavoro.shared.Role;
import it.retelavoro.shared.SiteId;
import it.retelavoro.shared.UserId;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.postgresql.util.PSQLException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Booking, moving and cancelling appointments. An appointment is booked by an operator of the site's organisation,
 * with an operator who works at the site, within that operator's hours there, outside closures and absences, from
 * now on; for a person the organisation has in charge, for a company it serves, or as a group session in the
 * site's classroom. Two appointments of an operator, or two sessions of the classroom, never overlap: the
 * database refuses the second (a 409 for the caller), whichever page, API call or instance books it.
 */
@Service
@Transactional
public class Appointments {

    /** The seats of a group session when the booking names none. */
    public static final int DEFAULT_CAPACITY = 20;
    public static final int MAX_CAPACITY = 200;
    /** The longest span of days listed at once. */
    public static final int MAX_LIST_DAYS = 92;

    private final AppointmentRepository appointments;
    private final AvailabilityRepository hours;
    private final ClosureRepository closures;
    private final AppointmentTypes types;
    private final AgendaAccess access;
    private final PersonDirectory persons;
    private final EmployerDirectory employers;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;

    Appointments(AppointmentRepository appointments, AvailabilityRepository hours, ClosureRepository closures,
            AppointmentTypes types, AgendaAccess access, PersonDirectory persons, EmployerDirectory employers,
            ApplicationEventPublisher events, AuditLog audit, Clock clock) {
        this.appointments = appointments;
        this.hours = hours;
        this.closures = closures;
        this.types = types;
        this.access = access;
        this.persons = persons;
        this.employers = employers;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * What to book: the site, the operator, the start, the service (or the kind of appointment, {@code A2_GROUP}
     * for a group session), and who it is for: a person, a company, or nobody yet (a group session, with its
     * seats).
     */
    public record NewAppointment(SiteId siteId, UserId operatorId, Instant start, ServiceCode service, String type,
            PersonId personId, EmployerId employerId, Integer capacity) {
    }

    /**
     * Books an appointment.
     *
     * @throws InvalidInputException a value missing or out of place (see the class)
     * @throws ConflictException     the operator, or the classroom, is taken at that time
     * @throws AccessDeniedException a caller who is not an operator of the site's organisation, a person it does not
     *                               have in charge, a company it does not serve
     */
    public Appointment book(NewAppointment command, CurrentUser caller) {
        var problems = new InvalidInputException.Collector();
        problems.require(command.siteId() != null, "siteId", "validation.required");
        problems.require(command.start() != null, "start", "validation.required");
        problems.require(command.service() != null || command.type() != null, "service", "validation.required");
        problems.throwIfAny();
        Site site = access.requireSite(command.siteId(), caller, "APPOINTMENT_BOOK", false);
        access.requireOperatorAt(site, command.operatorId());
        LocalDate day = command.start().atZone(clock.getZone()).toLocalDate();
        AppointmentType type = typeOf(command, day);
        if (type.isGroup()) {
            problems.require(command.personId() == null && command.employerId() == null, "personId",
                    "agenda.group.no-single-person");
            problems.require(site.has(SiteFeature.GROUP_CLASSROOM), "type", "agenda.group.needs-classroom");
            problems.require(command.capacity() == null
                    || (command.capacity() > 0 && command.capacity() <= MAX_CAPACITY), "capacity",
                    "agenda.group.capacity", MAX_CAPACITY);
        } else if (type.forCompanies()) {
            problems.require(command.employerId() != null, "employerId", "validation.required");
            problems.require(command.personId() == null, "personId", "agenda.company.no-person");
        } else {
            problems.require(command.personId() != null, "personId", "validation.required");
            problems.require(command.employerId() == null, "employerId", "agenda.person.no-company");
        }
        problems.throwIfAny();
        if (command.personId() != null) {
            persons.requireInCharge(command.personId(), caller);
        }
        if (command.employerId() != null) {
            employers.requireServed(command.employerId(), caller);
        }
        Instant end = command.start().plus(Duration.ofMinutes(type.minutes()));
        requireOpen(site, command.operatorId(), command.start(), end, "start");
        Appointment appointment = Appointment.book(type, site.id(), site.organisationId(), command.operatorId(),
                command.start(), command.personId(), command.employerId(),
                type.isGroup() ? Optional.ofNullable(command.capacity()).orElse(DEFAULT_CAPACITY) : null,
                caller.id(), clock.instant());
        Appointment saved = save(appointment);
        events.publishEvent(new AppointmentBooked(saved.id(), saved.siteId(), saved.organisationId(),
                saved.service().name(), saved.mode().name(), saved.startsAt(), saved.personId().orElse(null)));
        audit.success("APPOINTMENT_BOOK", "APPOINTMENT", saved.id(), "type=" + saved.type());
        return saved;
    }

    /**
     * Moves the appointment to another start, with the same operator or another one of the site, with the reason.
     *
     * @throws ConflictException     the operator, or the classroom, is taken at the new time; or the appointment
     *                               was cancelled
     */
    public Appointment reschedule(AppointmentId id, Instant start, UserId operatorId, String reason,
            CurrentUser caller) {
        Appointment appointment = ownAppointment(id, caller, "APPOINTMENT_MOVE");
        var problems = new InvalidInputException.Collector();
        problems.require(start != null, "start", "validation.required");
        requireReason(problems, reason);
        problems.throwIfAny();
        requireBooked(appointment);
        Site site = access.requireSite(appointment.siteId(), caller, "APPOINTMENT_MOVE", false);
        UserId operator = operatorId != null ? operatorId : appointment.operatorId();
        access.requireOperatorAt(site, operator);
        Instant end = start.plus(Duration.between(appointment.startsAt(), appointment.endsAt()));
        requireOpen(site, operator, start, end, "start");
        Instant from = appointment.startsAt();
        Instant now = clock.instant();
        appointment.moveTo(operator, start, reason, caller.id(), now);
        Appointment saved = save(appointment);
        events.publishEvent(new AppointmentMoved(saved.id(), saved.siteId(), saved.organisationId(), from,
                saved.startsAt(), now));
        audit.success("APPOINTMENT_MOVE", "APPOINTMENT", saved.id());
        return saved;
    }

    /**
     * Cancels the appointment with the reason: its time is free again.
     *
     * @throws ConflictException when it was cancelled already
     */
    public Appointment cancel(AppointmentId id, String reason, CurrentUser caller) {
        Appointment appointment = ownAppointment(id, caller, "APPOINTMENT_CANCEL");
        var problems = new InvalidInputException.Collector();
        requireReason(problems, reason);
        problems.throwIfAny();
        requireBooked(appointment);
        appointment.cancel(reason, caller.id(), clock.instant());
        Appointment saved = appointments.save(appointment);
        events.publishEvent(new AppointmentCancelled(saved.id(), saved.siteId(), saved.organisationId()));
        audit.success("APPOINTMENT_CANCEL", "APPOINTMENT", saved.id());
        return saved;
    }

    /**
     * Books a person the organisation has in charge in a group session (once: a second time changes nothing).
     *
     * @throws ConflictException the session is full or cancelled, or another booking changed it meanwhile
     */
    public Appointment addParticipant(AppointmentId id, PersonId person, CurrentUser caller) {
        Appointment appointment = ownAppointment(id, caller, "APPOINTMENT_PARTICIPANT_ADD");
        if (person == null) {
            throw InvalidInputException.of("personId", "validation.required");
        }
        requireBooked(appointment);
        if (!appointment.isGroup()) {
            throw InvalidInputException.of("personId", "agenda.group.not-a-session");
        }
        persons.requireInCharge(person, caller);
        if (appointment.participants().stream().anyMatch(participant -> participant.personId().equals(person))) {
            return appointment;
        }
        if (appointment.isFull()) {
            throw new ConflictException("agenda.group.full", List.of(appointment.capacity().orElse(0)), null);
        }
        appointment.add(person, caller.id(), clock.instant());
        // the version of the session: two bookings of its last seat at once, the second is refused
        Appointment saved = appointments.save(appointment);
        events.publishEvent(new ParticipantAdded(saved.id(), saved.siteId(), saved.organisationId(),
                person));
        audit.success("APPOINTMENT_PARTICIPANT_ADD", "APPOINTMENT", saved.id());
        return saved;
    }

    /** Which appointments to list: of a site, of an operator or of a person, over the days from and to. */
    public record Filter(SiteId siteId, UserId operatorId, PersonId personId, LocalDate from, LocalDate to) {
    }

    /**
     * The appointments of the caller's organisation that match the filter (booked and cancelled), by start.
     *
     * @throws InvalidInputException no site, operator or person named; to before from; more than
     *                               {@value #MAX_LIST_DAYS} days
     */
    @Transactional(readOnly = true)
    public List<Appointment> appointments(Filter filter, CurrentUser caller) {
        var problems = new InvalidInputException.Collector();
        problems.require(filter.siteId() != null || filter.operatorId() != null || filter.personId() != null,
                "siteId", "agenda.filter.required");
        LocalDate from = filter.from() != null ? filter.from() : LocalDate.now(clock);
        LocalDate to = filter.to() != null ? filter.to() : from.plusDays(6);
        problems.require(!to.isBefore(from), "to", "agenda.range.to-before-from");
        problems.require(ChronoUnit.DAYS.between(from, to) < MAX_LIST_DAYS, "to",
                "agenda.range.too-long", MAX_LIST_DAYS);
        problems.throwIfAny();
        if (caller.role() != Role.OPERATOR) {
            audit.denied("APPOINTMENT_LIST", "APPOINTMENT", null);
            throw new AccessDeniedException("L'agenda è degli operatori");
        }
        Instant start = from.atStartOfDay(clock.getZone()).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        List<Appointment> found;
        if (filter.siteId() != null) {
            access.requireSite(filter.siteId(), caller, "APPOINTMENT_LIST", false);
            found = appointments.findAtSite(filter.siteId(), start, end);
        } else if (filter.operatorId() != null) {
            found = appointments.findOfOperator(filter.operatorId(), start, end);
        } else {
            persons.requireReadable(filter.personId(), caller);
            found = appointments.findOfPerson(filter.personId(), start, end);
        }
        List<Appointment> listed = found.stream()
                .filter(appointment -> caller.belongsTo(appointment.organisationId()))
                .filter(appointment -> filter.operatorId() == null
                        || appointment.operatorId().equals(filter.operatorId()))
                .filter(appointment -> filter.personId() == null || concerns(appointment, filter.personId()))
                .toList();
        audit.success("APPOINTMENT_LIST", "APPOINTMENT", null, "rows=" + listed.size());
        return listed;
    }

    /** One appointment of the caller's organisation. */
    @Transactional(readOnly = true)
    public Appointment appointment(AppointmentId id, CurrentUser caller) {
        Appointment appointment = ownAppointment(id, caller, "APPOINTMENT_READ");
        audit.success("APPOINTMENT_READ", "APPOINTMENT", id);
        return appointment;
    }

    private static boolean concerns(Appointment appointment, PersonId person) {
        return appointment.personId().filter(person::equals).isPresent()
                || appointment.participants().stream().anyMatch(participant -> participant.personId().equals(person));
    }

    private AppointmentType typeOf(NewAppointment command, LocalDate day) {
        if (command.type() != null && !command.type().isBlank()) {
            AppointmentType type = types.byCode(command.type(), day)
                    .orElseThrow(() -> InvalidInputException.of("type", "agenda.type.unknown", command.type()));
            if (command.service() != null && command.service() != type.service()) {
                throw InvalidInputException.of("service", "agenda.type.other-service", command.type());
            }
            return type;
        }
        // the service alone: individual when the catalogue allows it, else its group session
        return types.byCode(command.service().name(), day)
                .or(() -> types.byCode(command.service().name() + "_GROUP", day))
                .orElseThrow(() -> InvalidInputException.of("service", "agenda.type.unknown",
                        command.service().name()));
    }

    /** Refuses a start in the past, outside the operator's hours at the site, or in a closure or absence. */
    private void requireOpen(Site site, UserId operator, Instant start, Instant end, String field) {
        if (start.isBefore(clock.instant())) {
            throw InvalidInputException.of(field, "agenda.slot.past");
        }
        SlotCalculator calculator = new SlotCalculator(clock.getZone());
        // the operator's windows of that weekday only: a site of 40 operators has hundreds
        int weekday = start.atZone(clock.getZone()).getDayOfWeek().getValue();
        if (!calculator.withinHours(operator, hours.findOfOperatorAt(operator, site.id(), weekday), start, end)) {
            throw InvalidInputException.of(field, "agenda.slot.outside-hours");
        }
        SlotCalculator.closedDuring(site.id(), operator, closures.findOverlapping(site.id(), start, end), start, end)
                .ifPresent(closure -> {
                    throw InvalidInputException.of(field, "agenda.slot.closed", closure.reason());
                });
    }

    private Appointment ownAppointment(AppointmentId id, CurrentUser caller, String action) {
        Appointment appointment = appointments.findById(id)
                .orElseThrow(() -> new NotFoundException("appointment", id.value()));
        if (caller.role() != Role.OPERATOR || !caller.belongsTo(appointment.organisationId())) {
            audit.denied(action, "APPOINTMENT", id);
            throw new AccessDeniedException("L'appuntamento è di un'altra organizzazione");
        }
        return appointment;
    }

    private static void requireBooked(Appointment appointment) {
        if (appointment.status() != AppointmentStatus.BOOKED) {
            throw new ConflictException("agenda.appointment.cancelled", List.of(), null);
        }
    }

    private static void requireReason(InvalidInputException.Collector problems, String reason) {
        problems.require(reason != null && !reason.isBlank(), "reason", "validation.required");
        problems.maxLength(reason, Appointment.REASON_MAX, "reason");
    }

    /** Saves it; the database's exclusion constraints refuse an operator or a classroom taken twice. */
    private Appointment save(Appointment appointment) {
        try {
            return appointments.save(appointment);
        } catch (DataIntegrityViolationException e) {
            String constraint = constraintOf(e);
            if ("agenda_operator_free".equals(constraint)) {
                throw new ConflictException("agenda.slot.operator-taken", List.of(), null);
            }
            if ("agenda_room_free".equals(constraint)) {
                throw new ConflictException("agenda.slot.room-taken", List.of(), null);
            }
            throw e;
        } catch (PessimisticLockingFailureException e) {
            // two bookings of one time inserted at once each wait for the other's commit on the exclusion
            // constraint: PostgreSQL ends the deadlock by aborting one, whose time the other one holds
            throw new ConflictException("agenda.slot.taken-meanwhile", List.of(), null);
        }
    }

    /** The name of the constraint PostgreSQL reported, when the cause says it. */
    private static String constraintOf(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PSQLException psql && psql.getServerErrorMessage() != null) {
                return psql.getServerErrorMessage().getConstraint();
            }
            if (cause instanceof SQLException sql && "23P01".equals(sql.getSQLState())
                    && sql.getMessage() != null) {
                return sql.getMessage().contains("agenda_room_free") ? "agenda_room_free" : "agenda_operator_free";
            }
        }
        return null;
    }
}
