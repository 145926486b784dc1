package it.retelavoro.citizen.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.retelavoro.citizen.CitizenArea;
import it.retelavoro.citizen.DataExport;
import it.retelavoro.citizen.DataExports;
import it.retelavoro.citizen.MyArea;
import it.retelavoro.person.Consent;
import it.retelavoro.person.ConsentPurpose;
import it.retelavoro.person.RectifiableField;
import it.retelavoro.person.RectificationRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import it.retelavoro.shared.Citizen;
import it.retelavoro.shared.InvalidInputException;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The citizen's own area as JSON, for the citizen's session (issue 17): the same read model as the pages. Changes
 * carry the session's CSRF token (header {@code X-CSRF-TOKEN}).
 */
@RestController
@RequestMapping("/api/v1/citizen")
@Tag(name = "Cittadino")
class CitizenApiController {

    private final CitizenArea area;
    private final DataExports exports;

    CitizenApiController(CitizenArea area, DataExports exports) {
        this.area = area;
        this.exports = exports;
    }

    @GetMapping("/me")
    @Operation(summary = "I dati del cittadino autenticato con SPID o CIE: anagrafica, percorso, consensi",
            description = """
                    Restituisce l'identità attestata da SPID o CIE e, se la persona è in anagrafica, l'organizzazione \
                    che la ha in carico, DID, Patto di servizio, PAI, servizi ricevuti, formazione, tirocini, \
                    consensi, richieste di rettifica, candidature, appuntamenti e accessi ai suoi dati: gli stessi \
                    dati di GET /api/v1/citizen/export. Solo il cittadino autenticato con SPID o CIE, solo per sé, con \
                    la sessione del login (non con un token né con Basic); 401 senza sessione.""")
    DataExport me(Citizen citizen) {
        return exports.export(citizen);
    }

    @GetMapping("/export")
    @Operation(summary = "Tutti i dati del cittadino (GDPR artt. 15 e 20), come il file scaricabile",
            description = """
                    Restituisce in JSON tutti i dati che il sistema tiene sul cittadino, gli stessi del file \
                    scaricabile dall'area personale, con i codici del sistema (servizi A1-A6, stati, canali); la \
                    lettura è registrata. Solo il cittadino autenticato con SPID o CIE, solo per sé, con la sessione \
                    del login (non con un token né con Basic); 401 senza sessione.""")
    DataExport export(Citizen citizen) {
        return exports.export(citizen);
    }

    @GetMapping("/access-log")
    @Operation(summary = "Chi ha consultato o modificato i dati del cittadino: organizzazione e ruolo, quando, cosa",
            description = """
                    Elenca dal più recente le consultazioni e le modifiche dei dati del cittadino: quando, \
                    l'organizzazione e il ruolo di chi le ha fatte (mai il nome dell'operatore) e l'azione; vuoto se \
                    il cittadino non è in anagrafica. Solo il cittadino autenticato con SPID o CIE, solo per sé, con \
                    la sessione del login (non con un token né con Basic); 401 senza sessione.""")
    List<MyArea.Access> accessLog(Citizen citizen) {
        return area.accessLog(citizen);
    }

    @PutMapping("/consents")
    @Operation(summary = "Dà o revoca i consensi indicati, con effetto immediato; risponde con lo stato di ciascuno",
            description = """
                    Dà (given true) o revoca i consensi indicati (MATCHING, CONTACT_EMAIL, CONTACT_SMS) con effetto \
                    immediato: revocare il consenso al matching toglie la persona dai candidati di ogni offerta. Solo \
                    il cittadino autenticato con SPID o CIE, solo per sé, con la sessione del login (non con un token \
                    né con Basic) e l'intestazione X-CSRF-TOKEN. 400 se la lista è vuota o incompleta o il cittadino \
                    non è in anagrafica.""")
    List<Consent> consents(Citizen citizen, @RequestBody List<ConsentChange> changes) {
        if (changes == null || changes.isEmpty()) {
            throw InvalidInputException.of("consents", "citizen.consent.none");
        }
        java.util.Map<ConsentPurpose, Boolean> wanted = new java.util.LinkedHashMap<>();
        for (ConsentChange change : changes) {
            if (change.purpose() == null || change.given() == null) {
                throw InvalidInputException.of("consents", "citizen.consent.incomplete");
            }
            wanted.put(change.purpose(), change.given());
        }
        return area.consents(citizen, wanted);
    }

    @PostMapping("/rectification-requests")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Chiede all'organizzazione che ha in carico il cittadino di correggere un dato (GDPR art. 16)",
            description = """
                    Registra una richiesta di rettifica (field, proposedValue, una nota facoltativa), che entra nella \
                    coda del CPI o dell'agenzia accreditata che ha in carico il cittadino; al più 10 aperte alla \
                    volta. Solo il cittadino autenticato con SPID o CIE, solo per sé, con la sessione del login (non \
                    con un token né con Basic) e l'intestazione X-CSRF-TOKEN. 400 se mancano il dato o il valore, un \
                    testo è troppo lungo, ci sono già 10 richieste aperte o il cittadino non è in anagrafica.""")
    RectificationRequest rectification(Citizen citizen, @RequestBody RectificationAsked asked) {
        return area.requestRectification(citizen, asked.field(), asked.proposedValue(), asked.note());
    }

    @DeleteMapping("/applications/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Cancella una candidatura inviata dal portale (non una già segnalata all'azienda)",
            description = """
                    Cancella (GDPR art. 17) una candidatura a un'offerta inviata dal portale; non una già trasformata \
                    in invio a colloquio, che è un servizio registrato (400). Solo il cittadino autenticato con SPID o \
                    CIE, solo per sé, con la sessione del login (non con un token né con Basic) e l'intestazione \
                    X-CSRF-TOKEN; 404 per una candidatura non sua.""")
    void eraseApplication(Citizen citizen, @PathVariable UUID id) {
        area.eraseApplication(citizen, id);
    }

    @PostMapping("/appointments/{id}/cancellation")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Annulla un proprio appuntamento individuale non ancora avvenuto",
            description = """
                    Annulla un appuntamento individuale prenotato e non ancora avvenuto; non un incontro di gruppo né \
                    una convocazione del CPI (D.Lgs. 150/2015, art. 21), da spostare chiedendo al CPI (400). Solo il \
                    cittadino autenticato con SPID o CIE, solo per sé, con la sessione del login (non con un token né \
                    con Basic) e l'intestazione X-CSRF-TOKEN; 404 per un appuntamento non suo.""")
    void cancelAppointment(Citizen citizen, @PathVariable UUID id) {
        area.cancelAppointment(citizen, new it.retelavoro.agenda.AppointmentId(id));
    }

    @DeleteMapping("/consents")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Cancella i consensi e il loro storico: ogni consenso è revocato da subito",
            description = """
                    Cancella i consensi del cittadino e il loro storico (GDPR art. 17): ogni consenso, compreso quello \
                    al matching, risulta revocato da subito. Solo il cittadino autenticato con SPID o CIE, solo per \
                    sé, con la sessione del login (non con un token né con Basic) e l'intestazione X-CSRF-TOKEN. 400 \
                    se il cittadino non è in anagrafica.""")
    void eraseConsents(Citizen citizen) {
        area.eraseConsents(citizen);
    }

    /** The field to correct, the value proposed, an optional note. */
    record RectificationAsked(RectifiableField field, String proposedValue, String note) {
    }

    /** A consent to give ({@code given: true}) or withdraw. */
    record ConsentChange(ConsentPurpose purpose, Boolean given) {
    }
}
