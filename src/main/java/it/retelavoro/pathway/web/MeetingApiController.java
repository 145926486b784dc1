package it.retelavoro.pathway.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.retelavoro.pathway.Delivery;
import it.retelavoro.pathway.DeliveryId;
import it.retelavoro.pathway.MeetingRegistration;
import it.retelavoro.pathway.web.MeetingsJson.MeetingBody;
import it.retelavoro.pathway.web.PathwayViews.DeliveryView;
import it.retelavoro.shared.CurrentUser;
import java.net.URI;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The JSON API of the further meetings of a delivery registered meeting by meeting (A.4). */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Percorso della persona")
class MeetingApiController {

    private final MeetingRegistration meetings;

    MeetingApiController(MeetingRegistration meetings) {
        this.meetings = meetings;
    }

    @PostMapping("/deliveries/{id}/meetings")
    @Operation(summary = "Registra un ulteriore incontro di una prestazione in corso (A4 incontro per incontro); "
            + "quella che raggiunge gli incontri richiesti la completa (422 con le violazioni)", description = """
            Aggiunge un incontro (date, minutes, mode, part) a una prestazione registrata incontro per incontro e \
            ancora in corso (A4), giudicando di nuovo con il repertorio tutti i suoi incontri; l'incontro che \
            raggiunge quelli richiesti completa la prestazione. Solo un operatore dell'organizzazione che ha in \
            carico la persona e che ha registrato la prestazione: 409 se l'ha registrata un'altra organizzazione o \
            se è già completa. 422 con le violazioni se l'incontro viola una regola del repertorio (per esempio è \
            più breve di un'ora).""")
    ResponseEntity<DeliveryView> addMeeting(@PathVariable UUID id, @RequestBody MeetingBody body, CurrentUser caller,
            Locale locale) {
        Delivery delivery = meetings.addMeeting(new DeliveryId(id), body.toEntry(), caller, locale);
        return ResponseEntity.created(URI.create("/api/v1/persons/" + delivery.personId().orElseThrow().value()
                + "/deliveries/" + delivery.id())).body(DeliveryView.of(delivery));
    }
}
