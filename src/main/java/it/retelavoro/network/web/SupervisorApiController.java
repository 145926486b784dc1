package it.retelavoro.network.web;

import it.retelavoro.network.OperatorIdentities;
import it.retelavoro.network.Supervisors;
import it.retelavoro.network.web.NetworkApiController.UserResponse;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.UserId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An administrator grants or withdraws an operator's supervisor authority (late cancellations, issue 13), and links
 * an account to an identity of the Region's staff provider (issue 17).
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Rete")
class SupervisorApiController {

    private final Supervisors supervisors;
    private final OperatorIdentities identities;

    SupervisorApiController(Supervisors supervisors, OperatorIdentities identities) {
        this.supervisors = supervisors;
        this.identities = identities;
    }

    @PutMapping("/users/{id}/identity-link")
    @Operation(summary = "Collega l'account a un'identità del provider regionale del personale, o lo scollega con un "
            + "valore vuoto (solo amministratori)",
            description = """
                    Collega l'account al valore dell'attributo configurato del provider di identità del personale \
                    della Regione: un login tramite il provider diventa quell'account, con il suo ruolo, la sua \
                    organizzazione e le sue sedi; un valore vuoto lo scollega. Solo un amministratore (403 per gli \
                    altri); 400 per l'account di un sistema dei flussi nazionali o un valore troppo lungo, 409 se \
                    l'identità è già collegata a un altro account.""")
    UserResponse link(@PathVariable UUID id, @RequestBody IdentityLinkRequest request, CurrentUser caller) {
        return UserResponse.of(identities.link(new UserId(id), request.identityLink(), caller));
    }

    record IdentityLinkRequest(String identityLink) {
    }

    @PutMapping("/users/{id}/supervisor")
    @Operation(summary = "Nomina o revoca un operatore supervisore dell'organizzazione (solo amministratori)",
            description = """
                    Concede (supervisor true) o revoca all'operatore l'autorità di supervisore della sua \
                    organizzazione, che gli permette di annullare un atto registrato per errore dopo il termine \
                    ordinario; vale dalla sua richiesta successiva (con la sessione delle pagine, dal login \
                    successivo). Solo un amministratore (403 per gli altri); 400 se l'account non è di un operatore.""")
    UserResponse designate(@PathVariable UUID id, @RequestBody SupervisorRequest request, CurrentUser caller) {
        return UserResponse.of(supervisors.designate(new UserId(id), Boolean.TRUE.equals(request.supervisor()),
                caller));
    }

    record SupervisorRequest(Boolean supervisor) {
    }
}
