package it.retelavoro.pathway.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.retelavoro.pathway.DidEmploymentChange;
import it.retelavoro.pathway.DidEmploymentChange.Status;
import it.retelavoro.pathway.DidEmploymentChangeId;
import it.retelavoro.pathway.DidEmploymentDecisions;
import it.retelavoro.pathway.DidEmploymentDecisions.Row;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The JSON API of the changes jobs brought to the DIDs of the caller's CPI (issue 15): the list, one change, its
 * reversal, and the confirmation or dismissal of a proposal. CPI operators only.
 */
@RestController
@RequestMapping("/api/v1/did-employment-changes")
@Tag(name = "Percorso della persona")
class DidEmploymentApiController {

    private static final int MAX_SIZE = 200;

    private final DidEmploymentDecisions decisions;

    DidEmploymentApiController(DidEmploymentDecisions decisions) {
        this.decisions = decisions;
    }

    /** A change, as the API shows it. */
    record ChangeView(UUID id, UUID personId, UUID didId, String kind, String status, String source, String coCode,
            UUID referralId, LocalDate contractStart, LocalDate contractEnd, LocalDate endedOn, String previousState,
            String reason, Instant recordedAt, Instant decidedAt) {

        static ChangeView of(DidEmploymentChange change) {
            return new ChangeView(change.id().value(), change.personId().value(), change.didId().value(),
                    change.kind().name(), change.status().name(), change.source().name(),
                    change.coCode().orElse(null), change.referralId().orElse(null), change.contractStart(),
                    change.contractEnd().orElse(null), change.endedOn().orElse(null), change.previousState().name(),
                    change.reason().orElse(null), change.createdAt(), change.decidedAt().orElse(null));
        }
    }

    record ChangesPage(List<ChangeView> content, long totalElements, int page, int size) {
    }

    record ReasonBody(String reason) {
    }

    @GetMapping
    @Operation(summary = "I cambiamenti delle DID del CPI dell'operatore dovuti a un rapporto di lavoro (da CO, o "
            + "proposti da un'assunzione su un invio), dal più recente; filtro per stato (solo CPI)", description = """
            I cambiamenti delle DID del CPI dell'operatore dovuti a un rapporto di lavoro: applicati da una \
            Comunicazione Obbligatoria (CO) o proposti da un'assunzione registrata su un invio a colloquio, dal più \
            recente, eventualmente di un solo stato (status: APPLIED, PROPOSED, REVERSED...). Paginati: page da 0, \
            size da 1 a 200 (50 se assente), con il totale in totalElements; con i nomi raccomandati dalle linee \
            guida, limit per size e offset (un multiplo di limit) per page, 400 se offset non lo è. Solo un \
            operatore di un CPI che \
            certifica le DID; la lettura è registrata nel registro di audit.""")
    ChangesPage list(@RequestParam(required = false) Status status, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @Parameter(description = "righe per pagina (il nome raccomandato per size, che resta valido)")
            @RequestParam(required = false) Integer limit,
            @Parameter(description = "righe da saltare, un multiplo di limit (il nome raccomandato per page, che resta "
                    + "valido)") @RequestParam(required = false) Integer offset, CurrentUser caller) {
        int pageSize = Math.max(1, Math.min(MAX_SIZE, size != null ? size : limit != null ? limit : 50));
        int pageNumber = page != null ? page : 0;
        if (page == null && offset != null) {
            if (offset < 0 || offset % pageSize != 0) {
                throw InvalidInputException.of("offset", "validation.offset-multiple-of-limit", pageSize);
            }
            pageNumber = offset / pageSize;
        }
        DidEmploymentDecisions.Page found = decisions.list(status, Math.max(0, pageNumber), pageSize, caller);
        return new ChangesPage(found.rows().stream().map(Row::change).map(ChangeView::of).toList(), found.total(),
                found.page(), found.size());
    }

    @GetMapping("/{id}")
    @Operation(summary = "Un cambiamento della DID dovuto a un rapporto di lavoro (solo CPI)", description = """
            Un cambiamento di una DID del CPI dell'operatore dovuto a un rapporto di lavoro: tipo (sospensione o \
            chiusura), stato, origine (CO o invio a colloquio), contratto e motivo. Solo un operatore del CPI della \
            DID, che certifica le DID (404 per il cambiamento di un altro CPI).""")
    ChangeView change(@PathVariable UUID id, CurrentUser caller) {
        return ChangeView.of(decisions.change(new DidEmploymentChangeId(id), caller).change());
    }

    @PostMapping("/{id}/reversal")
    @Operation(summary = "Annulla un cambiamento applicato, con il motivo: la DID torna allo stato precedente",
            description = """
            Annulla un cambiamento applicato (da una CO o da una proposta confermata), con il motivo (reason): la \
            DID sospesa torna in vigore, quella chiusa torna allo stato precedente; il cambiamento resta nell'elenco \
            come annullato. Solo un operatore del CPI della DID, che certifica le DID (404 per il cambiamento di un \
            altro CPI); 409 se il cambiamento non è applicato o se la DID è cambiata poi in un modo che \
            l'annullamento non può disfare.""")
    ChangeView reverse(@PathVariable UUID id, @RequestBody ReasonBody body, CurrentUser caller) {
        return ChangeView.of(decisions.reverse(new DidEmploymentChangeId(id), body.reason(), caller));
    }

    @PostMapping("/{id}/confirmation")
    @Operation(summary = "Conferma un cambiamento proposto da un'assunzione su un invio: la DID viene sospesa o chiusa",
            description = """
            Conferma un cambiamento proposto da un'assunzione registrata su un invio a colloquio: la DID viene \
            sospesa (contratto breve) o chiusa per occupazione dal giorno di inizio del contratto. Solo un operatore \
            del CPI della DID, che certifica le DID (404 per il cambiamento di un altro CPI); 409 se non è una \
            proposta in attesa o se la DID non può più ricevere il cambiamento.""")
    ChangeView confirm(@PathVariable UUID id, CurrentUser caller) {
        return ChangeView.of(decisions.confirm(new DidEmploymentChangeId(id), caller));
    }

    @PostMapping("/{id}/dismissal")
    @Operation(summary = "Respinge un cambiamento proposto, con il motivo: la DID resta com'è", description = """
            Respinge un cambiamento proposto, con il motivo (reason): la DID resta com'è e la proposta resta \
            nell'elenco come respinta. Solo un operatore del CPI della DID, che certifica le DID (404 per il \
            cambiamento di un altro CPI); 409 se non è una proposta in attesa.""")
    ChangeView dismiss(@PathVariable UUID id, @RequestBody ReasonBody body, CurrentUser caller) {
        return ChangeView.of(decisions.dismiss(new DidEmploymentChangeId(id), body.reason(), caller));
    }
}
