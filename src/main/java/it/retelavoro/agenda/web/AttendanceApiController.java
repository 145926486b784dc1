package it.retelavoro.agenda.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.retelavoro.agenda.AppointmentId;
import it.retelavoro.agenda.Attendance;
import it.retelavoro.agenda.AttendanceOutcome;
import it.retelavoro.agenda.Attendances;
import it.retelavoro.person.PersonId;
import it.retelavoro.shared.CurrentUser;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The attendance of an appointment through the API. */
@RestController
@Tag(name = "Agenda")
class AttendanceApiController {

    private final Attendances attendances;
    private final ZoneId zone;

    AttendanceApiController(Attendances attendances, Clock clock) {
        this.attendances = attendances;
        this.zone = clock.getZone();
    }

    record AttendanceBody(UUID personId, AttendanceOutcome outcome, String reasonCode, String documentReference) {
    }

    record AttendanceView(UUID personId, AttendanceOutcome outcome, String reasonCode, String documentReference,
            OffsetDateTime recordedAt, UUID conditionalityMeasureId, String conditionalityMeasure) {

        static AttendanceView of(Attendance attendance, ZoneId zone) {
            return new AttendanceView(attendance.personId().value(), attendance.outcome().orElse(null),
                    attendance.reasonCode().orElse(null), attendance.documentReference().orElse(null),
                    attendance.recordedAt().atZone(zone).toOffsetDateTime(), null, null);
        }
    }

    @PostMapping("/api/v1/appointments/{id}/attendance")
    @Operation(summary = "Registra la presenza o l'assenza (giustificata, con motivo e documento, o no) di una persona "
            + "all'appuntamento; per un percettore convocato l'assenza ingiustificata propone la misura di "
            + "condizionalità", description = """
            Da quando l'appuntamento inizia: l'esito per la persona (personId, obbligatorio per un incontro di \
            gruppo), PRESENT, ABSENT_JUSTIFIED (reasonCode tra i motivi del catalogo e documentReference, entro i \
            giorni lavorativi che le regole consentono) o ABSENT_UNJUSTIFIED; un nuovo esito sostituisce il \
            precedente. L'assenza ingiustificata di un percettore convocato propone al CPI la misura di \
            condizionalità (nella risposta), una giustificazione successiva la ritira; 409 se l'appuntamento è \
            annullato. Solo un operatore dell'organizzazione dell'appuntamento.""")
    AttendanceView record(@PathVariable UUID id, @RequestBody AttendanceBody body, CurrentUser caller) {
        Attendances.Recorded recorded = attendances.record(new AppointmentId(id), new Attendances.Record(
                body.personId() == null ? null : new PersonId(body.personId()), body.outcome(), body.reasonCode(),
                body.documentReference()), caller);
        AttendanceView view = AttendanceView.of(recorded.attendance(), zone);
        return recorded.measure().map(measure -> new AttendanceView(view.personId(), view.outcome(),
                view.reasonCode(), view.documentReference(), view.recordedAt(), measure.id().value(),
                measure.measure())).orElse(view);
    }

    @GetMapping("/api/v1/appointments/{id}/attendance")
    @Operation(summary = "Le presenze registrate di un appuntamento", description = """
            Gli esiti registrati per le persone dell'appuntamento (presenza, assenza giustificata con motivo e \
            documento, assenza ingiustificata), con il momento della registrazione. Solo un operatore \
            dell'organizzazione dell'appuntamento.""")
    List<AttendanceView> attendance(@PathVariable UUID id, CurrentUser caller) {
        return attendances.attendanceOf(new AppointmentId(id), caller).stream()
                .map(attendance -> AttendanceView.of(attendance, zone)).toList();
    }
}
