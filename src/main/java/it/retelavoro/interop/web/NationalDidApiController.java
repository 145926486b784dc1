package it.retelavoro.interop.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.retelavoro.interop.did.NationalDidDeclaration;
import it.retelavoro.interop.did.NationalDidImport;
import it.retelavoro.interop.did.NationalDidResult;
import it.retelavoro.interop.did.NationalDidResult.Status;
import it.retelavoro.shared.CurrentUser;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/did/national}: the DIDs made on the national portal, for the system of the national flow
 * (role {@code INTEGRATION}, with its API token) or an administrator.
 */
@RestController
@RequestMapping("/api/v1/did")
@Tag(name = "Flussi nazionali")
class NationalDidApiController {

    private final NationalDidImport imports;

    NationalDidApiController(NationalDidImport imports) {
        this.imports = imports;
    }

    /** The outcome of a request: the count of each outcome and one result per DID, in the request's order. */
    record Received(int received, long recorded, long alreadyRecorded, long didInForce, long refused,
            List<NationalDidResult> results) {

        static Received of(List<NationalDidResult> results) {
            return new Received(results.size(), count(results, Status.RECORDED),
                    count(results, Status.ALREADY_RECORDED), count(results, Status.DID_IN_FORCE),
                    count(results, Status.REFUSED), results);
        }

        private static long count(List<NationalDidResult> results, Status status) {
            return results.stream().filter(result -> result.status() == status).count();
        }
    }

    @PostMapping("/national")
    @Operation(summary = "Le DID rese sul portale nazionale (on line o con la domanda NASpI)", description = """
            Registra le DID rese sul portale nazionale: una lista da 1 a 1000 DID, ognuna registrata una volta sola \
            (nationalId) dal CPI della provincia del domicilio, che la trova tra le DID da convocare; la persona \
            assente è registrata in carico a quel CPI. Ogni DID è applicata da sola e ha il suo esito (RECORDED, \
            ALREADY_RECORDED, DID_IN_FORCE, REFUSED con i problemi): una rifiutata non ferma le altre. Solo il \
            sistema dei flussi nazionali (ruolo INTEGRATION, con il suo token) o un amministratore (403 per gli \
            altri).""")
    Received receive(@RequestBody List<NationalDidDeclaration> declarations, CurrentUser caller) {
        return Received.of(imports.receive(declarations, caller));
    }
}
