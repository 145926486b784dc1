package it.retelavoro.interop.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.retelavoro.interop.co.CoIntake;
import it.retelavoro.interop.co.CoIntakeResult;
import it.retelavoro.interop.co.CoIntakeResult.Status;
import it.retelavoro.shared.CurrentUser;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/co/communications}: the Comunicazioni Obbligatorie the regional CO node pushes (role
 * {@code INTEGRATION}, with its API token), or an administrator sends: one UniLav or UniSomm document, or a zip of
 * many. A body that cannot be opened or goes over the limits answers 400 ({@link CoProblems}).
 */
@RestController
@RequestMapping("/api/v1/co")
@Tag(name = "Flussi nazionali")
class CoIntakeApiController {

    static final String ZIP = "application/zip";
    static final String ZIP_WINDOWS = "application/x-zip-compressed";

    private final CoIntake intake;

    CoIntakeApiController(CoIntake intake) {
        this.intake = intake;
    }

    /**
     * The outcome of a request: how many documents it held, were applied (new, rectifications, cancellations),
     * had been received before and were refused, and one result per document in the body's order.
     */
    record Received(int received, long applied, long alreadyReceived, long refused, List<CoIntakeResult> results)
            implements java.io.Serializable {

        static Received of(List<CoIntakeResult> results) {
            return new Received(results.size(), results.stream().filter(result -> result.status().applied()).count(),
                    count(results, Status.ALREADY_RECEIVED), count(results, Status.REFUSED), results);
        }

        private static long count(List<CoIntakeResult> results, Status status) {
            return results.stream().filter(result -> result.status() == status).count();
        }
    }

    @PostMapping(path = "/communications", consumes = {MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE,
        ZIP, ZIP_WINDOWS})
    @Operation(summary = "Le Comunicazioni Obbligatorie (UniLav, UniSomm) del nodo regionale", description = """
            Riceve le Comunicazioni Obbligatorie (UniLav, UniSomm) inoltrate dal nodo regionale: un documento XML o \
            un archivio zip di documenti; un corpo che non si apre o supera i limiti (numero di file, dimensione) \
            risponde 400 e nulla è applicato. Solo il sistema dei flussi (ruolo INTEGRATION, con il suo token) o un \
            amministratore (403 per gli altri). Ogni documento è applicato da solo: una comunicazione già ricevuta \
            (codiceComunicazione) non cambia nulla e risponde ALREADY_RECEIVED con l'esito della prima; una \
            rettifica sostituisce gli effetti della comunicazione che indica (REPLACED_PREVIOUS), un annullamento li \
            annulla (CANCELLED_PREVIOUS). Un documento illeggibile è rifiutato (REFUSED) con il messaggio e la riga, \
            conservato fra i rifiutati, e non ne è applicato nulla.""")
    Received receive(@RequestBody byte[] body,
            @Parameter(hidden = true) @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType, CurrentUser caller) {
        return Received.of(intake.receive(body, contentType, caller));
    }
}
