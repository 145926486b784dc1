package it.retelavoro.person.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.retelavoro.person.CaseAssignments;
import it.retelavoro.person.PersonId;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.UserId;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The operator responsible for a person in charge (issue 14): read, assign, clear. */
@RestController
@RequestMapping("/api/v1/persons/{id}/assigned-operator")
@Tag(name = "Persone", description = "Anagrafica delle persone, presa in carico e trasferimenti")
@SecurityRequirement(name = "basicAuth")
class PersonAssignmentApiController {

    private final CaseAssignments assignments;

    PersonAssignmentApiController(CaseAssignments assignments) {
        this.assignments = assignments;
    }

    @GetMapping
    @Operation(summary = "L'operatore responsabile della persona (operatorId null se nessuno)",
            description = """
                    Restituisce l'operatore responsabile della persona in carico (operatorId), null se non è \
                    assegnata. Solo un operatore dell'organizzazione che ha in carico la persona (403 per gli \
                    altri).""")
    AssignmentResponse assigned(@PathVariable UUID id, CurrentUser caller) {
        return AssignmentResponse.of(assignments.assignedOperator(new PersonId(id), caller).orElse(null));
    }

    @PutMapping
    @Operation(summary = "Assegna la persona a un operatore dell'organizzazione che la ha in carico",
            description = """
                    Assegna la persona all'operatore operatorId, che deve essere un operatore abilitato della stessa \
                    organizzazione (400 altrimenti); operatorId null toglie l'assegnazione. Solo un operatore \
                    dell'organizzazione che ha in carico la persona (403 per gli altri).""")
    AssignmentResponse assign(@PathVariable UUID id, @RequestBody AssignmentRequest request, CurrentUser caller) {
        UserId operator = request == null || request.operatorId() == null ? null : new UserId(request.operatorId());
        return AssignmentResponse.of(assignments.assign(new PersonId(id), operator, caller).orElse(null));
    }

    record AssignmentRequest(UUID operatorId) {
    }

    record AssignmentResponse(@JsonInclude(JsonInclude.Include.ALWAYS) UUID operatorId) {

        static AssignmentResponse of(UserId operator) {
            return new AssignmentResponse(operator == null ? null : operator.value());
        }
    }
}
