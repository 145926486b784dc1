package it.retelavoro.employer.web;

import it.retelavoro.employer.Employer;
import it.retelavoro.employer.EmployerId;
import it.retelavoro.employer.EmployerTakeovers;
import it.retelavoro.employer.EmployerTakeovers.CompanyChoice;
import it.retelavoro.shared.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Taking a company in charge on its choice (issue 13, point 5), as JSON. */
@RestController
@Tag(name = "Imprese")
@SecurityRequirement(name = "basicAuth")
class EmployerTakeoverApiController {

    private final EmployerTakeovers takeovers;

    EmployerTakeoverApiController(EmployerTakeovers takeovers) {
        this.takeovers = takeovers;
    }

    @PostMapping("/api/v1/employers/{id}/takeover")
    @Operation(summary = "Prende in carico l'impresa su sua scelta, da qualsiasi punto della rete", description = """
            L'impresa sceglie l'operatore: l'organizzazione del chiamante la prende in carico subito, registrando la \
            data (choiceDate) e il riferimento del documento di scelta firmato (documentReference); quella che la \
            seguiva riceve un avviso, conserva la lettura dei servizi che ha erogato e la gestione delle offerte che \
            ha registrato. Solo un operatore di un CPI o di un'agenzia accreditata, da qualsiasi punto della rete \
            (403 per gli altri). L'id si trova con GET /api/v1/employers?fiscalCode=; 400 per campo (choiceDate, \
            documentReference); 409 se l'impresa è già seguita dal chiamante.""")
    TakeoverResponse takeOver(@PathVariable UUID id, @RequestBody TakeoverRequest request, CurrentUser caller) {
        Employer employer = takeovers.takeOver(new EmployerId(id),
                new CompanyChoice(request.choiceDate(), request.documentReference()), caller);
        return new TakeoverResponse(employer.id().value(), employer.organisationId().value());
    }

    record TakeoverRequest(LocalDate choiceDate, String documentReference) {
    }

    /** The company and the organisation that now serves it. */
    record TakeoverResponse(UUID id, UUID servedBy) {
    }
}
