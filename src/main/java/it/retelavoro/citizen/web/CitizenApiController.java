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
    @Operation(summary = "I dati del cittadino autenticato con SPID o CIE: anagrafica, percorso, consensi")
    DataExport me(Citizen citizen) {
        return exports.export(citizen);
    }

    @GetMapping("/export")
    @Operation(summary = "Tutti i dati del cittadino (GDPR artt. 15 e 20), come il file scaricabile")
    DataExport export(Citizen citizen) {
        return exports.export(citizen);
    }

    @GetMapping("/access-log")
    @Operation(summary = "Chi ha consultato o modificato i dati del cittadino: organizzazione e ruolo, quando, cosa")
    List<MyArea.Access> accessLog(Citizen citizen) {
        return area.accessLog(citizen);
    }

    @PutMapping("/consents")
    @Operation(summary = "Dà o revoca i consensi indicati, con effetto immediato; risponde con lo stato di ciascuno")
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
    @Operation(summary = "Chiede all'organizzazione che ha in carico il cittadino di correggere un dato (GDPR art. 16)")
    RectificationRequest rectification(Citizen citizen, @RequestBody RectificationAsked asked) {
        return area.requestRectification(citizen, asked.field(), asked.proposedValue(), asked.note());
    }

    @DeleteMapping("/applications/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Cancella una candidatura inviata dal portale (non una già segnalata all'azienda)")
    void eraseApplication(Citizen citizen, @PathVariable UUID id) {
        area.eraseApplication(citizen, id);
    }

    @PostMapping("/appointments/{id}/cancellation")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Annulla un proprio appuntamento individuale non ancora avvenuto")
    void cancelAppointment(Citizen citizen, @PathVariable UUID id) {
        area.cancelAppointment(citizen, new it.retelavoro.agenda.AppointmentId(id));
    }

    @DeleteMapping("/consents")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Cancella i consensi e il loro storico: ogni consenso è revocato da subito")
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
