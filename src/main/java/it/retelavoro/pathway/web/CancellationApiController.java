package it.retelavoro.pathway.web;

import it.retelavoro.pathway.ActionPlanId;
import it.retelavoro.pathway.DeliveryId;
import it.retelavoro.pathway.InternshipId;
import it.retelavoro.pathway.PactId;
import it.retelavoro.pathway.PathwayCancellations;
import it.retelavoro.pathway.TrainingEventId;
import it.retelavoro.pathway.web.PathwayViews.ActionPlanView;
import it.retelavoro.pathway.web.PathwayViews.DeliveryView;
import it.retelavoro.pathway.web.PathwayViews.InternshipView;
import it.retelavoro.pathway.web.PathwayViews.PactView;
import it.retelavoro.pathway.web.PathwayViews.TrainingView;
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
 * Cancellations ("annullamento") of the pathway's acts registered by mistake, each at the act's own path:
 * {@code {reason}} in, the act marked cancelled out. 403 for another organisation, 409 when already
 * cancelled, 422 (the rule-violation format) when the window passed for a non-supervisor or a later act
 * depends on it.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Annullamenti", description = "Annullamento degli atti registrati per errore")
class CancellationApiController {

    private final PathwayCancellations cancellations;

    CancellationApiController(PathwayCancellations cancellations) {
        this.cancellations = cancellations;
    }

    /** The reason of a cancellation. */
    record CancellationRequest(String reason) {
    }

    @PostMapping("/deliveries/{id}/cancellation")
    @Operation(summary = "Annulla una prestazione registrata per errore (e l'esito del Patto o del PAI registrato con "
            + "essa)", description = """
            Annulla una prestazione (servizio A1-A6) registrata per errore, con il motivo (reason): l'atto resta, \
            segnato come annullato, e con esso l'esito del Patto di servizio (A2) o del PAI (A3) registrato con la \
            prestazione. Solo un operatore dell'organizzazione che l'ha registrata: entro 30 giorni dalla \
            registrazione chiunque di essi, dopo solo un supervisore. 409 se è già annullata; 422 (violazioni del \
            repertorio) se la finestra è scaduta, se un atto successivo ne dipende (indicato, da annullare prima) o \
            se il mese è chiuso.""")
    DeliveryView cancelDelivery(@PathVariable UUID id, @RequestBody CancellationRequest request, CurrentUser caller,
            Locale locale) {
        return DeliveryView.of(cancellations.cancelDelivery(new DeliveryId(id), request.reason(), caller, locale));
    }

    @PostMapping("/pacts/{id}/cancellation")
    @Operation(summary = "Annulla l'esito di un Patto di Servizio registrato per errore", description = """
            Annulla l'esito (sottoscritto o rifiutato) di un Patto di servizio registrato per errore, con il motivo \
            (reason): l'atto resta, segnato come annullato, e torna in vigore il Patto che aveva sostituito. Solo un \
            operatore dell'organizzazione che l'ha registrato: entro 30 giorni dalla registrazione chiunque di essi, \
            dopo solo un supervisore. 409 se è già annullato; 422 se la finestra è scaduta, se un atto successivo ne \
            dipende (indicato, da annullare prima) o se il mese è chiuso.""")
    PactView cancelPact(@PathVariable UUID id, @RequestBody CancellationRequest request, CurrentUser caller,
            Locale locale) {
        return PactView.of(cancellations.cancelPact(new PactId(id), request.reason(), caller, locale));
    }

    @PostMapping("/action-plans/{id}/cancellation")
    @Operation(summary = "Annulla l'esito di un PAI registrato per errore", description = """
            Annulla l'esito (sottoscritto o rifiutato) di un PAI registrato per errore, con il motivo (reason): \
            l'atto resta, segnato come annullato, e torna in vigore il PAI che aveva sostituito. Solo un operatore \
            dell'organizzazione che l'ha registrato: entro 30 giorni dalla registrazione chiunque di essi, dopo solo \
            un supervisore. 409 se è già annullato; 422 se la finestra è scaduta, se un atto successivo o registrato \
            nel PAI ne dipende (indicato, da annullare prima) o se il mese è chiuso.""")
    ActionPlanView cancelActionPlan(@PathVariable UUID id, @RequestBody CancellationRequest request,
            CurrentUser caller, Locale locale) {
        return ActionPlanView.of(cancellations.cancelActionPlan(new ActionPlanId(id), request.reason(), caller,
                locale));
    }

    @PostMapping("/training-events/{id}/cancellation")
    @Operation(summary = "Annulla un evento formativo registrato per errore", description = """
            Annulla un passo della formazione (invio a un corso, iscrizione, conclusione) registrato per errore, con \
            il motivo (reason); il registro del PAI conserva quanto aveva annotato. Solo un operatore \
            dell'organizzazione che l'ha registrato: entro 30 giorni dalla registrazione chiunque di essi, dopo solo \
            un supervisore. 409 se è già annullato; 422 se la finestra è scaduta o se il mese è chiuso.""")
    TrainingView cancelTrainingEvent(@PathVariable UUID id, @RequestBody CancellationRequest request,
            CurrentUser caller, Locale locale) {
        return TrainingView.of(cancellations.cancelTrainingEvent(new TrainingEventId(id), request.reason(), caller,
                locale));
    }

    @PostMapping("/internships/{id}/cancellation")
    @Operation(summary = "Annulla un tirocinio registrato per errore", description = """
            Annulla un tirocinio, concordato o attivato, registrato per errore, con il motivo (reason); il registro \
            del PAI conserva quanto aveva annotato. Solo un operatore dell'organizzazione che l'ha registrato: entro \
            30 giorni dalla registrazione chiunque di essi, dopo solo un supervisore. 409 se è già annullato; 422 se \
            la finestra è scaduta o se il mese è chiuso.""")
    InternshipView cancelInternship(@PathVariable UUID id, @RequestBody CancellationRequest request,
            CurrentUser caller, Locale locale) {
        return InternshipView.of(cancellations.cancelInternship(new InternshipId(id), request.reason(), caller,
                locale));
    }
}
