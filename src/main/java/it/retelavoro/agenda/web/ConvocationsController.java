package it.retelavoro.agenda.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.retelavoro.agenda.AppointmentId;
import it.retelavoro.agenda.Convocation;
import it.retelavoro.agenda.ConvocationChannel;
import it.retelavoro.agenda.ConvocationId;
import it.retelavoro.agenda.Convocations;
import it.retelavoro.person.PersonId;
import it.retelavoro.shared.CurrentUser;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The convocations of an appointment through the API, and their documents (the letter as PDF, the calendar file)
 * for the API and the pages alike.
 */
@RestController
@Tag(name = "Agenda")
class ConvocationsController {

    private final Convocations convocations;
    private final ZoneId zone;

    ConvocationsController(Convocations convocations, Clock clock) {
        this.convocations = convocations;
        this.zone = clock.getZone();
    }

    record ConvocationBody(UUID personId, ConvocationChannel channel, String sentAt, String address,
            Boolean benefitRecipient) {
    }

    record ReminderView(long leadMinutes, OffsetDateTime dueAt, String status) {
    }

    record ConvocationView(UUID id, UUID appointmentId, UUID personId, ConvocationChannel channel,
            OffsetDateTime sentAt, String address, boolean benefitRecipient, String mailStatus,
            OffsetDateTime mailSentAt, List<ReminderView> reminders, String letter, String calendar) {
    }

    @PostMapping("/api/v1/appointments/{id}/convocations")
    @Operation(summary = "Convoca la persona dell'appuntamento (o una persona a un incontro di gruppo): il canale, "
            + "il giorno dell'invio; per e-mail o PEC la lettera e il file di calendario sono inviati",
            description = """
            Registra la convocazione con il canale (LETTER, EMAIL, PEC, SMS, IN_PERSON) e il momento dell'invio \
            (sentAt, ora se assente, mai nel futuro); per EMAIL e PEC l'applicazione invia la lettera in PDF e il \
            file di calendario all'indirizzo dato o a quello della persona; i promemoria seguono per e-mail. 409 \
            se l'appuntamento è annullato o passato o la persona è già convocata. Solo un operatore del CPI \
            dell'appuntamento, per persone che ha in carico (un'agenzia accreditata non convoca: 403); risponde \
            201 con Location la lettera.""")
    ResponseEntity<ConvocationView> convoke(@PathVariable UUID id, @RequestBody ConvocationBody body, Locale locale,
            CurrentUser caller) {
        Instant sentAt = AgendaTimes.instant(body.sentAt(), "sentAt", zone);
        Convocation convocation = convocations.convoke(new AppointmentId(id),
                body.personId() == null ? null : new PersonId(body.personId()),
                new Convocations.Convoke(body.channel(), sentAt, body.address(),
                        Boolean.TRUE.equals(body.benefitRecipient())), locale, caller);
        ConvocationView view = convocationsOf(id, caller).stream()
                .filter(found -> found.id().equals(convocation.id().value())).findFirst().orElseThrow();
        return ResponseEntity.created(URI.create(view.letter())).body(view);
    }

    @GetMapping("/api/v1/appointments/{id}/convocations")
    @Operation(summary = "Le convocazioni di un appuntamento, con lo stato di consegna della mail e dei promemoria",
            description = """
            Per ogni convocazione dell'appuntamento: persona, canale, invio, stato di consegna della mail, \
            promemoria pianificati e i collegamenti alla lettera (PDF) e al file di calendario. Solo un operatore \
            dell'organizzazione dell'appuntamento.""")
    List<ConvocationView> convocationsOf(@PathVariable UUID id, CurrentUser caller) {
        return convocations.convocationsOf(new AppointmentId(id), caller).stream().map(sent -> {
            Convocation c = sent.convocation();
            return new ConvocationView(c.id().value(), c.appointmentId().value(), c.personId().value(), c.channel(),
                    c.sentAt().atZone(zone).toOffsetDateTime(), c.address().orElse(null), c.benefitRecipient(),
                    sent.mail().map(mail -> mail.state().name()).orElse(null),
                    sent.mail().map(mail -> mail.sentAt() == null ? null
                            : mail.sentAt().atZone(zone).toOffsetDateTime()).orElse(null),
                    sent.reminders().stream().map(r -> new ReminderView(r.leadMinutes(),
                            r.dueAt().atZone(zone).toOffsetDateTime(), r.status())).toList(),
                    "/api/v1/convocations/" + c.id() + "/letter.pdf", "/api/v1/convocations/" + c.id() + "/event.ics");
        }).toList();
    }

    @GetMapping({"/api/v1/convocations/{id}/letter.pdf", "/agenda/convocations/{id}/letter.pdf"})
    @Operation(summary = "La lettera di convocazione in PDF", description = """
            La lettera della convocazione come application/pdf; /agenda/convocations/... serve le pagine, con la \
            sessione. Solo un operatore dell'organizzazione dell'appuntamento che ha in carico la persona; la \
            lettura è registrata.""")
    ResponseEntity<byte[]> letter(@PathVariable UUID id, Locale locale, CurrentUser caller) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("convocazione-" + id.toString().substring(0, 8) + ".pdf").build().toString())
                .body(convocations.letter(new ConvocationId(id), locale, caller));
    }

    @GetMapping({"/api/v1/convocations/{id}/event.ics", "/agenda/convocations/{id}/event.ics"})
    @Operation(summary = "L'appuntamento della convocazione come file di calendario (iCalendar)", description = """
            L'appuntamento convocato come file .ics (text/calendar), da aggiungere a un calendario; \
            /agenda/convocations/... serve le pagine, con la sessione. Solo un operatore dell'organizzazione \
            dell'appuntamento che ha in carico la persona.""")
    ResponseEntity<byte[]> calendar(@PathVariable UUID id, Locale locale, CurrentUser caller) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/calendar;charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("convocazione-" + id.toString().substring(0, 8) + ".ics").build().toString())
                .body(convocations.calendar(new ConvocationId(id), locale, caller));
    }
}
