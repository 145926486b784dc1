package it.retelavoro.agenda.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.retelavoro.agenda.AgendaHours;
import it.retelavoro.agenda.Appointment;
import it.retelavoro.agenda.AppointmentEvent;
import it.retelavoro.agenda.AppointmentId;
import it.retelavoro.agenda.AppointmentTypes;
import it.retelavoro.agenda.Appointments;
import it.retelavoro.agenda.Availability;
import it.retelavoro.agenda.AvailabilityId;
import it.retelavoro.agenda.Closure;
import it.retelavoro.agenda.Slot;
import it.retelavoro.agenda.Slots;
import it.retelavoro.catalogue.ServiceCode;
import it.retelavoro.employer.EmployerId;
import it.retelavoro.person.PersonId;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.NotFoundException;
import it.retelavoro.shared.SiteId;
import it.retelavoro.shared.UserId;
import java.net.URI;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The JSON API of the agenda: free slots of a site, appointments booked, listed, moved and cancelled, and the
 * operators' weekly hours and absences. Instants are answered with the offset of Italy; a start may be sent with
 * an offset or as the local time of Italy.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Agenda")
class AgendaApiController {

    private final Appointments appointments;
    private final Slots slots;
    private final AgendaHours hours;
    private final AppointmentTypes types;
    private final ZoneId zone;

    AgendaApiController(Appointments appointments, Slots slots, AgendaHours hours, AppointmentTypes types,
            Clock clock) {
        this.appointments = appointments;
        this.slots = slots;
        this.hours = hours;
        this.types = types;
        this.zone = clock.getZone();
    }

    record SlotView(OffsetDateTime start, OffsetDateTime end, UUID operatorId) {
    }

    @GetMapping("/sites/{id}/slots")
    @Operation(summary = "Gli intervalli liberi della sede per un tipo di appuntamento (A2, A2_GROUP, B3...), dal "
            + "giorno al giorno; di un operatore se indicato", description = """
            Gli intervalli liberi da ora in poi negli orari settimanali degli operatori della sede, tolti i loro \
            appuntamenti (in qualunque sede), le assenze e le chiusure; per un incontro di gruppo anche l'aula \
            (nessun intervallo se la sede non ne ha). from, to e type obbligatori, al più 62 giorni (400 \
            altrimenti). Solo gli operatori dell'organizzazione della sede e gli amministratori (403 altrimenti).""")
    List<SlotView> slots(@PathVariable UUID id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String type, @RequestParam(required = false) UUID operatorId,
            CurrentUser caller) {
        List<Slot> free = slots.free(new SiteId(id), from, to, type, Optional.ofNullable(operatorId).map(UserId::new),
                caller);
        return free.stream().map(slot -> new SlotView(offset(slot.start()), offset(slot.end()),
                slot.operatorId().value())).toList();
    }

    record SiteSlotView(UUID siteId, OffsetDateTime start, OffsetDateTime end, UUID operatorId) {
    }

    @GetMapping("/slots/first-free")
    @Operation(summary = "Il primo intervallo libero nella provincia per un tipo di appuntamento", description = """
            Il primo intervallo libero per il tipo (A2, A2_GROUP, B3...) dal giorno indicato (oggi se assente) nei \
            62 giorni seguenti, tra le sedi della provincia (sigla: TO, CN...) dell'organizzazione dell'operatore, \
            o di tutte le organizzazioni per un amministratore; con la sede e l'operatore. 404 se nessuno. Solo \
            operatori e amministratori (403 per gli altri ruoli).""")
    @ApiResponse(responseCode = "200", description = "Il primo intervallo libero, con la sede e l'operatore")
    @ApiResponse(responseCode = "400", description = "Provincia o tipo mancanti, tipo sconosciuto")
    @ApiResponse(responseCode = "403", description = "Chiamante né operatore né amministratore")
    @ApiResponse(responseCode = "404", description = "Nessun intervallo libero nei 62 giorni")
    SiteSlotView firstFree(@RequestParam(required = false) String province,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            CurrentUser caller) {
        Slots.SiteSlot found = slots.firstFree(province, type, from, caller)
                .orElseThrow(() -> new NotFoundException("slot", province + " " + type));
        return new SiteSlotView(found.siteId().value(), offset(found.slot().start()), offset(found.slot().end()),
                found.slot().operatorId().value());
    }

    record TypeView(String code, String service, String mode, int minutes) {
    }

    @GetMapping("/appointment-types")
    @Operation(summary = "I tipi di appuntamento che il catalogo in vigore consente, con la durata prenotata",
            description = """
            I servizi del repertorio (A1-A6, B1-B4) che il catalogo in vigore nel giorno on (oggi se assente) \
            consente in presenza, individuali (codice del servizio, es. A2) o di gruppo (es. A2_GROUP), con i \
            minuti prenotati: la durata minima della scheda, 30 se non ne fissa una. Qualsiasi utente autenticato \
            (operatori, amministratori, analisti).""")
    List<TypeView> types(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate on, CurrentUser caller) {
        return types.on(on != null ? on : LocalDate.now(zone)).stream().map(type -> new TypeView(type.code(),
                type.service().name(), type.mode().name(), type.minutes())).toList();
    }

    record AppointmentBody(UUID siteId, UUID operatorId, String start, ServiceCode service, String type,
            UUID personId, UUID employerId, Integer capacity) {
    }

    record EventView(AppointmentEvent.Kind kind, Instant occurredAt, UUID userId, OffsetDateTime fromStart,
            OffsetDateTime toStart, String reason) {
    }

    record AppointmentView(UUID id, UUID siteId, UUID organisationId, UUID operatorId, String type, String service,
            String mode, OffsetDateTime start, OffsetDateTime end, String status, UUID personId, UUID employerId,
            Integer capacity, String room, List<UUID> participants, String cancellationReason,
            List<EventView> events, Integer version) {
    }

    @PostMapping("/appointments")
    @Operation(summary = "Prenota un appuntamento in un intervallo libero (409 se l'operatore o l'aula sono già "
            + "occupati)", description = """
            Prenota nella sede, con un operatore che vi lavora, entro i suoi orari, fuori da chiusure e assenze, \
            da ora in poi (start con offset o nell'ora locale italiana; 400 altrimenti): per una persona in \
            carico, per un'azienda servita (servizi B) o, con un type di gruppo (es. A2_GROUP), un incontro \
            nell'aula con capacity posti (20 se assente). Solo un operatore dell'organizzazione della sede, per \
            persone che essa ha in carico e aziende che serve (403 altrimenti); risponde 201 con Location, e con \
            Idempotency-Key una ripetizione non prenota due volte.""")
    ResponseEntity<AppointmentView> book(@RequestBody AppointmentBody body, CurrentUser caller) {
        Appointment booked = appointments.book(new Appointments.NewAppointment(
                body.siteId() == null ? null : new SiteId(body.siteId()),
                body.operatorId() == null ? null : new UserId(body.operatorId()), AgendaTimes.instant(body.start(),
                        "start", zone), body.service(), body.type(),
                body.personId() == null ? null : new PersonId(body.personId()),
                body.employerId() == null ? null : new EmployerId(body.employerId()), body.capacity()), caller);
        return ResponseEntity.created(URI.create("/api/v1/appointments/" + booked.id())).body(view(booked));
    }

    @GetMapping("/appointments")
    @Operation(summary = "Gli appuntamenti dell'organizzazione di una sede, di un operatore o di una persona, dal "
            + "giorno al giorno (di norma i prossimi 7)", description = """
            Gli appuntamenti, prenotati e annullati, in ordine di inizio: della sede (siteId), dell'operatore \
            (operatorId) o della persona (personId), almeno uno obbligatorio; da from (oggi se assente) a to (6 \
            giorni dopo se assente), al più 92 giorni. Solo gli operatori, e solo gli appuntamenti della propria \
            organizzazione; la sede deve essere della loro organizzazione e la persona leggibile (403 altrimenti).""")
    List<AppointmentView> appointments(@RequestParam(required = false) UUID siteId,
            @RequestParam(required = false) UUID operatorId, @RequestParam(required = false) UUID personId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            CurrentUser caller) {
        return appointments.appointments(new Appointments.Filter(siteId == null ? null : new SiteId(siteId),
                operatorId == null ? null : new UserId(operatorId), personId == null ? null : new PersonId(personId),
                from, to), caller).stream().map(this::view).toList();
    }

    @GetMapping("/appointments/{id}")
    @Operation(summary = "Un appuntamento, con la sua storia", description = """
            L'appuntamento con lo stato, i partecipanti di un incontro di gruppo, il motivo dell'annullamento, la \
            versione e la storia (prenotazione, spostamenti, annullamento); la lettura è registrata. Solo un \
            operatore dell'organizzazione dell'appuntamento (403 altrimenti).""")
    AppointmentView appointment(@PathVariable UUID id, CurrentUser caller) {
        return view(appointments.appointment(new AppointmentId(id), caller));
    }

    record RescheduleBody(String start, UUID operatorId, String reason) {
    }

    @PostMapping("/appointments/{id}/reschedule")
    @Operation(summary = "Sposta l'appuntamento a un altro inizio (e operatore), con il motivo", description = """
            Sposta l'appuntamento a start (con offset o nell'ora locale italiana), con lo stesso operatore o con un \
            altro della sede (operatorId), mantenendone la durata; reason obbligatorio, al più 500 caratteri. 400 \
            se il nuovo inizio è passato, fuori orario o in una chiusura, 409 se l'appuntamento è annullato o \
            l'operatore o l'aula sono occupati. Solo un operatore dell'organizzazione dell'appuntamento.""")
    AppointmentView reschedule(@PathVariable UUID id, @RequestBody RescheduleBody body, CurrentUser caller) {
        return view(appointments.reschedule(new AppointmentId(id), AgendaTimes.instant(body.start(), "start", zone),
                body.operatorId() == null ? null : new UserId(body.operatorId()), body.reason(), caller));
    }

    record CancellationBody(String reason) {
    }

    @PostMapping("/appointments/{id}/cancellation")
    @Operation(summary = "Annulla l'appuntamento, con il motivo: l'intervallo torna libero", description = """
            Annulla l'appuntamento con il motivo (reason, obbligatorio, al più 500 caratteri): il suo intervallo \
            torna libero e l'annullamento resta nella storia; 409 se era già annullato. Solo un operatore \
            dell'organizzazione dell'appuntamento.""")
    AppointmentView cancel(@PathVariable UUID id, @RequestBody CancellationBody body, CurrentUser caller) {
        return view(appointments.cancel(new AppointmentId(id), body.reason(), caller));
    }

    record ParticipantBody(UUID personId) {
    }

    @PostMapping("/appointments/{id}/participants")
    @Operation(summary = "Aggiunge una persona in carico a un incontro di gruppo (409 se al completo)",
            description = """
            Prenota un posto dell'incontro di gruppo per la persona (personId), che l'organizzazione deve avere in \
            carico; una seconda volta non cambia nulla. 400 se l'appuntamento non è un incontro di gruppo, 409 se \
            è al completo, annullato o cambiato nel frattempo. Solo un operatore dell'organizzazione \
            dell'appuntamento.""")
    AppointmentView addParticipant(@PathVariable UUID id, @RequestBody ParticipantBody body, CurrentUser caller) {
        return view(appointments.addParticipant(new AppointmentId(id),
                body.personId() == null ? null : new PersonId(body.personId()), caller));
    }

    record HoursBody(UUID operatorId, DayOfWeek weekday, LocalTime starts, LocalTime ends, LocalDate validFrom,
            LocalDate validTo) {
    }

    record HoursView(UUID id, UUID siteId, UUID operatorId, DayOfWeek weekday, LocalTime starts, LocalTime ends,
            LocalDate validFrom, LocalDate validTo) {

        static HoursView of(Availability hours) {
            return new HoursView(hours.id().value(), hours.siteId().value(), hours.operatorId().value(),
                    hours.weekday(), hours.starts(), hours.ends(), hours.validFrom(), hours.validTo());
        }
    }

    @GetMapping("/sites/{id}/availability")
    @Operation(summary = "Gli orari settimanali di ricevimento degli operatori della sede", description = """
            Le fasce settimanali di ciascun operatore nella sede (giorno, ora di inizio e di fine, validità), per \
            giorno e inizio. Gli operatori dell'organizzazione della sede e gli amministratori (403 altrimenti).""")
    List<HoursView> hours(@PathVariable UUID id, CurrentUser caller) {
        return hours.hours(new SiteId(id), caller).stream().map(HoursView::of).toList();
    }

    @PostMapping("/sites/{id}/availability")
    @Operation(summary = "Aggiunge un orario settimanale di ricevimento di un operatore della sede", description = """
            Una fascia settimanale (weekday, starts, ends) dell'operatore nella sede, valida da validFrom (oggi se \
            assente) a validTo (senza termine se assente); l'operatore deve lavorare nella sede e la fascia non deve \
            sovrapporsi alle sue altre (400). Solo l'operatore stesso, un supervisore dell'organizzazione della \
            sede o un amministratore; risponde 201.""")
    ResponseEntity<HoursView> addHours(@PathVariable UUID id, @RequestBody HoursBody body, CurrentUser caller) {
        Availability added = hours.addHours(new SiteId(id), new AgendaHours.NewHours(
                body.operatorId() == null ? null : new UserId(body.operatorId()), body.weekday(), body.starts(),
                body.ends(), body.validFrom(), body.validTo()), caller);
        return ResponseEntity.created(URI.create("/api/v1/sites/" + id + "/availability")).body(HoursView.of(added));
    }

    @DeleteMapping("/availability/{id}")
    @Operation(summary = "Toglie un orario settimanale (gli appuntamenti già presi restano)", description = """
            Toglie la fascia settimanale; gli appuntamenti già presi in essa restano. Solo l'operatore stesso, un \
            supervisore dell'organizzazione della sede o un amministratore; risponde 204, 404 se la fascia non \
            esiste.""")
    ResponseEntity<Void> removeHours(@PathVariable UUID id, CurrentUser caller) {
        hours.removeHours(new AvailabilityId(id), caller);
        return ResponseEntity.noContent().build();
    }

    record ClosureBody(UUID operatorId, String from, String to, String reason) {
    }

    record ClosureView(UUID id, UUID siteId, UUID operatorId, OffsetDateTime from, OffsetDateTime to,
            String reason) {
    }

    @PostMapping("/sites/{id}/closures")
    @Operation(summary = "Chiude la sede (supervisore o amministratore) o registra l'assenza di un operatore",
            description = """
            Senza operatorId chiude l'intera sede (solo un supervisore dell'organizzazione o un amministratore); \
            con operatorId registra l'assenza di un operatore della sede (l'operatore stesso, un supervisore o un \
            amministratore). from e to (con offset o nell'ora locale italiana) e reason (al più 300 caratteri) \
            obbligatori; gli appuntamenti già presi non sono annullati. Risponde 201.""")
    ResponseEntity<ClosureView> close(@PathVariable UUID id, @RequestBody ClosureBody body, CurrentUser caller) {
        Closure closure = hours.close(new SiteId(id), body.operatorId() == null ? null : new UserId(body.operatorId()),
                AgendaTimes.instant(body.from(), "from", zone), AgendaTimes.instant(body.to(), "to", zone),
                body.reason(), caller);
        return ResponseEntity.created(URI.create("/api/v1/sites/" + id + "/closures")).body(view(closure));
    }

    @GetMapping("/sites/{id}/closures")
    @Operation(summary = "Le chiusure della sede e le assenze dei suoi operatori da oggi in poi", description = """
            Le chiusure della sede e le assenze dei suoi operatori che finiscono da oggi in poi, con il motivo. \
            Gli operatori dell'organizzazione della sede e gli amministratori (403 altrimenti).""")
    List<ClosureView> closures(@PathVariable UUID id, CurrentUser caller) {
        return hours.closures(new SiteId(id), LocalDate.now(zone).atStartOfDay(zone).toInstant(), caller).stream()
                .map(this::view).toList();
    }

    private ClosureView view(Closure closure) {
        return new ClosureView(closure.id().value(), closure.siteId() == null ? null : closure.siteId().value(),
                closure.operatorId() == null ? null : closure.operatorId().value(), offset(closure.startsAt()),
                offset(closure.endsAt()), closure.reason());
    }

    private AppointmentView view(Appointment appointment) {
        return new AppointmentView(appointment.id().value(), appointment.siteId().value(),
                appointment.organisationId().value(), appointment.operatorId().value(), appointment.type(),
                appointment.service().name(), appointment.mode().name(), offset(appointment.startsAt()),
                offset(appointment.endsAt()), appointment.status().name(),
                appointment.personId().map(PersonId::value).orElse(null),
                appointment.employerId().map(EmployerId::value).orElse(null), appointment.capacity().orElse(null),
                appointment.room().orElse(null),
                appointment.participants().stream().map(participant -> participant.personId().value()).toList(),
                appointment.cancellationReason().orElse(null),
                appointment.events().stream().map(event -> new EventView(event.kind(), event.occurredAt(),
                        event.userId().value(), event.fromStart() == null ? null : offset(event.fromStart()),
                        event.toStart() == null ? null : offset(event.toStart()), event.reason())).toList(),
                appointment.version());
    }

    private OffsetDateTime offset(Instant instant) {
        return instant.atZone(zone).toOffsetDateTime();
    }
}
