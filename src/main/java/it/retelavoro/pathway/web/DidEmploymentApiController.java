package it.retelavoro.pathway.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.retelavoro.pathway.DidEmploymentChange;
import it.retelavoro.pathway.DidEmploymentChange.Status;
import it.retelavoro.pathway.DidEmploymentChangeId;
import it.retelavoro.pathway.DidEmploymentDecisions;
import it.retelavoro.pathway.DidEmploymentDecisions.Row;
import it.retelavoro.shared.CurrentUser;
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
            + "proposti da un'assunzione su un invio), dal più recente; filtro per stato (solo CPI)")
    ChangesPage list(@RequestParam(required = false) Status status, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size, CurrentUser caller) {
        int pageSize = Math.max(1, Math.min(MAX_SIZE, size));
        DidEmploymentDecisions.Page found = decisions.list(status, Math.max(0, page), pageSize, caller);
        return new ChangesPage(found.rows().stream().map(Row::change).map(ChangeView::of).toList(), found.total(),
                found.page(), found.size());
    }

    @GetMapping("/{id}")
    @Operation(summary = "Un cambiamento della DID dovuto a un rapporto di lavoro (solo CPI)")
    ChangeView change(@PathVariable UUID id, CurrentUser caller) {
        return ChangeView.of(decisions.change(new DidEmploymentChangeId(id), caller).change());
    }

    @PostMapping("/{id}/reversal")
    @Operation(summary = "Annulla un cambiamento applicato, con il motivo: la DID torna allo stato precedente")
    ChangeView reverse(@PathVariable UUID id, @RequestBody ReasonBody body, CurrentUser caller) {
        return ChangeView.of(decisions.reverse(new DidEmploymentChangeId(id), body.reason(), caller));
    }

    @PostMapping("/{id}/confirmation")
    @Operation(summary = "Conferma un cambiamento proposto da un'assunzione su un invio: la DID viene sospesa o chiusa")
    ChangeView confirm(@PathVariable UUID id, CurrentUser caller) {
        return ChangeView.of(decisions.confirm(new DidEmploymentChangeId(id), caller));
    }

    @PostMapping("/{id}/dismissal")
    @Operation(summary = "Respinge un cambiamento proposto, con il motivo: la DID resta com'è")
    ChangeView dismiss(@PathVariable UUID id, @RequestBody ReasonBody body, CurrentUser caller) {
        return ChangeView.of(decisions.dismiss(new DidEmploymentChangeId(id), body.reason(), caller));
    }
}
