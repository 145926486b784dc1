package it.retelavoro.person.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.retelavoro.person.RectificationRequest;
import it.retelavoro.person.RectificationRequests;
import it.retelavoro.shared.CurrentUser;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The organisation's queue of requests of rectification, and their answers (issue 17). */
@RestController
@RequestMapping("/api/v1/rectification-requests")
@Tag(name = "Persone")
class RectificationApiController {

    private final RectificationRequests requests;

    RectificationApiController(RectificationRequests requests) {
        this.requests = requests;
    }

    @GetMapping
    @Operation(summary = "Le richieste di rettifica aperte delle persone in carico all'organizzazione, "
            + "dalla più vecchia",
            description = """
                    Elenca le richieste di rettifica (GDPR art. 16) ancora aperte delle persone che l'organizzazione \
                    del chiamante ha in carico ora: dato da correggere, valore proposto, nota, data; la lettura entra \
                    nel registro degli accessi di ogni persona elencata. Solo un operatore di un CPI o di un'agenzia \
                    accreditata (403 per gli altri ruoli).""")
    List<RectificationRequest> queue(CurrentUser caller) {
        return requests.queue(caller);
    }

    @PostMapping("/{id}/answer")
    @Operation(summary = "Risponde a una richiesta di rettifica: accolta o respinta, sempre con il motivo",
            description = """
                    Accoglie (accepted true) o respinge la richiesta di rettifica, con un motivo obbligatorio; la \
                    risposta non cambia l'anagrafica, che l'operatore corregge a parte. Solo un operatore \
                    dell'organizzazione che ha in carico la persona (403 per gli altri); 400 se manca il motivo o la \
                    richiesta ha già una risposta, 409 se un altro operatore ha risposto nel frattempo, 404 se la \
                    richiesta non esiste.""")
    RectificationRequest answer(@PathVariable UUID id, @RequestBody Answer answer, CurrentUser caller) {
        return requests.answer(id, Boolean.TRUE.equals(answer.accepted()), answer.reason(), caller);
    }

    record Answer(Boolean accepted, String reason) {
    }
}
