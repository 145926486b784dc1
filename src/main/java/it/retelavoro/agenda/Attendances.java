package it.retelavoro.agenda;

import it.retelavoro.agenda.AgendaEvents.AttendanceRecorded;
import it.retelavoro.audit.AuditLog;
import it.retelavoro.catalogue.Catalogue;
import it.retelavoro.catalogue.CatalogueVersion;
import it.retelavoro.catalogue.ConditionalityRules;
import it.retelavoro.pathway.ConditionalityMeasure;
import it.retelavoro.pathway.ConditionalityMeasures;
import it.retelavoro.person.PersonId;
import it.retelavoro.shared.ConflictException;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.InvalidInputException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attendance (issue 16, point 3): from an appointment's start its operators record whether each person came:
 * present, absent with a justified reason (one of the catalogue's, with the reference of its document, within the
 * working days its rules allow after the appointment), or absent without one. A convoked benefit recipient's
 * unjustified absence proposes the measure of condizionalità to the CPI (the pathway's); justified in time, the
 * proposal is withdrawn.
 */
@Service
@Transactional
public class Attendances {

    private final Appointments appointments;
    private final AttendanceRepository attendances;
    private final ConvocationRepository convocations;
    private final ConditionalityMeasures conditionality;
    private final Catalogue catalogue;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;

    Attendances(Appointments appointments, AttendanceRepository attendances, ConvocationRepository convocations,
            ConditionalityMeasures conditionality, Catalogue catalogue, ApplicationEventPublisher events,
            AuditLog audit, Clock clock) {
        this.appointments = appointments;
        this.attendances = attendances;
        this.convocations = convocations;
        this.conditionality = conditionality;
        this.catalogue = catalogue;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** What to record: the person (a group session's participant; the appointment's own when null), the outcome. */
    public record Record(PersonId personId, AttendanceOutcome outcome, String reasonCode, String documentReference) {
    }

    /** The attendance recorded, and the measure of condizionalità it proposed, if any. */
    public record Recorded(Attendance attendance, Optional<ConditionalityMeasure> measure) {
    }

    /**
     * Records whether the person came.
     *
     * @throws InvalidInputException before the start; a person not of the appointment; a justified absence without
     *                               a reason of the catalogue or its document, or after the days allowed
     * @throws ConflictException     the appointment was cancelled, or the measure of the absence is confirmed already
     */
    public Recorded record(AppointmentId id, Record command, CurrentUser caller) {
        Appointment appointment = appointments.appointment(id, caller);
        if (appointment.status() != AppointmentStatus.BOOKED) {
            throw new ConflictException("agenda.appointment.cancelled", List.of(), null);
        }
        var problems = new InvalidInputException.Collector();
        problems.require(command.outcome() != null, "outcome", "validation.required");
        problems.throwIfAny();
        if (appointment.startsAt().isAfter(clock.instant())) {
            throw InvalidInputException.of("outcome", "agenda.attendance.not-yet");
        }
        PersonId person = personOf(appointment, command.personId());
        LocalDate day = appointment.startsAt().atZone(clock.getZone()).toLocalDate();
        ConditionalityRules rules = catalogue.inForceOn(day).map(CatalogueVersion::conditionality)
                .orElse(ConditionalityRules.DEFAULT);
        String reason = blankToNull(command.reasonCode());
        String document = blankToNull(command.documentReference());
        if (command.outcome() == AttendanceOutcome.ABSENT_JUSTIFIED) {
            problems.require(reason != null && rules.reason(reason).isPresent(), "reasonCode",
                    "agenda.attendance.reason-required");
            problems.require(document != null, "documentReference", "agenda.attendance.document-required");
            problems.maxLength(document, Attendance.DOCUMENT_REFERENCE_MAX, "documentReference");
            LocalDate last = addWorkingDays(day, rules.justificationWorkingDays());
            problems.require(!LocalDate.now(clock).isAfter(last), "outcome", "agenda.attendance.justification-late",
                    rules.justificationWorkingDays());
        }
        problems.throwIfAny();
        Attendance attendance = attendances.findByAppointmentAndPerson(id, person)
                .orElseGet(() -> Attendance.of(id, person));
        boolean wasUnjustified = attendance.outcome().filter(AttendanceOutcome.ABSENT_UNJUSTIFIED::equals)
                .isPresent();
        attendance.record(command.outcome(), reason, document, caller.id(), clock.instant());
        Attendance saved = attendances.save(attendance);
        Optional<Convocation> convocation = convocations.findByAppointmentAndPerson(id, person);
        Optional<ConditionalityMeasure> measure = Optional.empty();
        if (command.outcome() == AttendanceOutcome.ABSENT_UNJUSTIFIED
                && convocation.filter(Convocation::benefitRecipient).isPresent()) {
            measure = Optional.of(conditionality.propose(person, id.value(), day, caller));
        } else if (wasUnjustified) {
            conditionality.withdraw(person, id.value(), command.outcome() == AttendanceOutcome.ABSENT_JUSTIFIED
                    ? "Assenza giustificata: " + rules.reason(reason).map(ConditionalityRules.JustifiedReason::label)
                            .orElse(reason)
                    : "Presenza registrata", caller);
        }
        events.publishEvent(new AttendanceRecorded(id, appointment.siteId(), appointment.organisationId(), person,
                command.outcome().name(), convocation.isPresent(), day, saved.recordedAt()));
        audit.success("ATTENDANCE_RECORD", "APPOINTMENT", id, "outcome=" + command.outcome());
        return new Recorded(saved, measure);
    }

    /** The attendance recorded for an appointment of the caller's organisation. */
    @Transactional(readOnly = true)
    public List<Attendance> attendanceOf(AppointmentId id, CurrentUser caller) {
        appointments.appointment(id, caller);
        return attendances.findByAppointment(id);
    }

    /** The justified reasons the catalogue in force on the day admits. */
    @Transactional(readOnly = true)
    public ConditionalityRules rulesOn(LocalDate day) {
        return catalogue.inForceOn(day).map(CatalogueVersion::conditionality).orElse(ConditionalityRules.DEFAULT);
    }

    private static PersonId personOf(Appointment appointment, PersonId named) {
        if (appointment.isGroup()) {
            if (named == null) {
                throw InvalidInputException.of("personId", "validation.required");
            }
            if (appointment.participants().stream().noneMatch(p -> p.personId().equals(named))) {
                throw InvalidInputException.of("personId", "agenda.attendance.not-a-participant");
            }
            return named;
        }
        PersonId own = appointment.personId().orElseThrow(() -> InvalidInputException.of("personId",
                "agenda.convocation.no-person"));
        if (named != null && !named.equals(own)) {
            throw InvalidInputException.of("personId", "agenda.convocation.other-person");
        }
        return own;
    }

    /** The day that many working days (Monday to Friday, public holidays excluded) after the given one. */
    static LocalDate addWorkingDays(LocalDate day, int workingDays) {
        LocalDate result = day;
        int added = 0;
        while (added < workingDays) {
            result = result.plusDays(1);
            if (PublicHolidays.isWorkingDay(result)) {
                added++;
            }
        }
        return result;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
