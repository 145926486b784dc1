package it.retelavoro.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.retelavoro.audit.AuditEntry;
import it.retelavoro.audit.AuditTrail;
import it.retelavoro.shared.CurrentUser;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit trail as JSON, for the administrators: a controller of the API, so that its errors are problem documents
 * like every other operation's (it used to be a method of the page's controller, whose errors were pages).
 */
@RestController
@Tag(name = "Registro delle operazioni", description = "Chi ha fatto che cosa, su quale oggetto, quando")
class AuditApiController {

    private final AuditTrail trail;

    AuditApiController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping(path = "/api/v1/audit", produces = "application/json")
    @Operation(summary = "Il registro delle operazioni, dal più recente", description = """
            Le voci del registro delle operazioni (chi, con quale ruolo e organizzazione, che cosa, su quale oggetto, \
            quando, con quale esito), dalla più recente, filtrate per utente, tipo e identificativo dell'oggetto e \
            periodo. Una pagina alla volta: la successiva con before (o cursor) uguale all'id dell'ultima voce \
            ricevuta. Solo un amministratore; la consultazione stessa è registrata.""")
    List<AuditEntry> api(@RequestParam(required = false) String username,
            @RequestParam(required = false) String objectType, @RequestParam(required = false) String objectId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(description = "le voci con id minore di questo (la pagina dopo)")
            @RequestParam(required = false) Long before,
            @Parameter(description = "il nome raccomandato dalle linee guida per before, che resta valido; se ci "
                    + "sono entrambi vale before") @RequestParam(required = false) Long cursor,
            CurrentUser caller) {
        return trail.search(new AuditTrail.Filter(username, objectType, objectId, from, to,
                before != null ? before : cursor), caller);
    }
}
