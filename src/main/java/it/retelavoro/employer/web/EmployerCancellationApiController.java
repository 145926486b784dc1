package it.retelavoro.employer.web;

import it.retelavoro.employer.EmployerCancellations;
import it.retelavoro.employer.EmployerDeliveryId;
import it.retelavoro.employer.web.EmployerApiController.DeliveryResponse;
import it.retelavoro.shared.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import java.util.UUID;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The cancellation of a B.1-B.4 registered by mistake: {@code {reason}} in, the delivery marked cancelled
 * out; 403 for another organisation, 409 when already cancelled, 422 (rule-violation format) when the window
 * passed for a non-supervisor or a later delivery depends on it.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Annullamenti")
class EmployerCancellationApiController {

    private final EmployerCancellations cancellations;

    EmployerCancellationApiController(EmployerCancellations cancellations) {
        this.cancellations = cancellations;
    }

    record CancellationRequest(String reason) {
    }

    @PostMapping("/employer-deliveries/{id}/cancellation")
    @Operation(summary = "Annulla una prestazione all'impresa registrata per errore (e il Patto registrato con essa)",
            description = """
            Annulla un servizio B.1-B.4 registrato per errore, con il motivo (reason): resta registrato, marcato \
            annullato, e con esso il Patto dell'impresa che aveva registrato (torna in vigore quello che \
            sostituiva). Solo un operatore dell'organizzazione che lo ha registrato (403 per gli altri): entro 30 \
            giorni dalla registrazione qualsiasi suo operatore, dopo solo un supervisore. 422 se il termine è \
            passato o se un servizio successivo ne dipende (indicato), o nel mese chiuso dalla Regione; 409 se è già \
            annullato.""")
    DeliveryResponse cancel(@PathVariable UUID id, @RequestBody CancellationRequest request, CurrentUser caller,
            Locale locale) {
        return DeliveryResponse.of(cancellations.cancel(new EmployerDeliveryId(id), request.reason(), caller, locale));
    }
}
