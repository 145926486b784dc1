package it.retelavoro.monitoring.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.retelavoro.monitoring.AgendaIndicators;
import it.retelavoro.monitoring.AgendaMeasure;
import it.retelavoro.monitoring.AgendaRecord;
import it.retelavoro.monitoring.AgendaReport;
import it.retelavoro.monitoring.web.AgendaIndicatorTables.ReportJson;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.NotFoundException;
import it.retelavoro.shared.OrganisationId;
import it.retelavoro.shared.ReportReads;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The agenda's indicators (issue 16, point 3) as JSON, CSV or XLSX, with their records: under /api/v1 for programs,
 * under /monitoring for the download links of the page (the session).
 */
@ReportReads
@RestController
@Tag(name = "Monitoraggio", description = "Indicatori fisici del repertorio (1.1-10.3)")
@SecurityRequirement(name = "basicAuth")
class AgendaIndicatorApiController {

    private final AgendaIndicators indicators;
    private final AgendaIndicatorTables tables;

    AgendaIndicatorApiController(AgendaIndicators indicators, AgendaIndicatorTables tables) {
        this.indicators = indicators;
        this.tables = tables;
    }

    @GetMapping("/api/v1/agenda-indicators")
    @Operation(summary = "Indicatori dell'agenda per organizzazione e mese", description = """
            Oltre il repertorio: convocazioni inviate (per giorno di invio), presenze registrate, presenti, tasso di \
            presenza (presenti su presenze registrate, tra 0 e 1), assenze giustificate e ingiustificate (per giorno \
            dell'appuntamento; convokedNoShows: le ingiustificate di persone convocate), DID rilasciate nel periodo \
            (per giorno della DID, attribuite al CPI che le ha convalidate o all'organizzazione che le ha ricevute) \
            con i giorni dalla DID al primo appuntamento non annullato e al primo Patto firmato: mediana e 90° \
            percentile sulle DID che li hanno raggiunti (null se nessuna). Una riga per organizzazione e mese, e il \
            totale. Un operatore vede la propria organizzazione (403 se ne indica un'altra); amministratori e \
            analisti la regione o l'organizzazione indicata. Definizioni in docs/agenda.md.""")
    @ApiResponse(responseCode = "200", description = "Le righe per organizzazione e mese, e il totale")
    @ApiResponse(responseCode = "400", description = "Periodo mancante o non valido")
    @ApiResponse(responseCode = "403", description = "Organizzazione non visibile al chiamante")
    ReportJson report(
            @Parameter(description = "primo giorno (AAAA-MM-GG)") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "ultimo giorno (AAAA-MM-GG)") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(description = "solo questa organizzazione (amministratori e analisti)")
            @RequestParam(required = false) UUID organisationId,
            CurrentUser caller) {
        return tables.json(indicators(from, to, organisationId, caller));
    }

    @GetMapping({"/api/v1/agenda-indicators.{format:csv|xlsx}", "/monitoring/agenda.{format:csv|xlsx}"})
    @Operation(summary = "Indicatori dell'agenda in CSV o XLSX", description = """
            Le righe di /api/v1/agenda-indicators per organizzazione (per nome) e mese, poi il totale; il tasso in \
            percentuale; un valore non disponibile è una cella vuota. Il formato segue l'estensione (.csv o .xlsx); \
            /monitoring/agenda.* serve i collegamenti della pagina, con la sessione. Un operatore scarica la propria \
            organizzazione (403 se ne indica un'altra); amministratori e analisti la regione o l'organizzazione \
            indicata.""")
    @ApiResponse(responseCode = "200", description = "Il file")
    @ApiResponse(responseCode = "400", description = "Periodo mancante o non valido")
    @ApiResponse(responseCode = "403", description = "Organizzazione non visibile al chiamante")
    ResponseEntity<byte[]> file(@PathVariable String format,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) UUID organisationId, CurrentUser caller, Locale locale) {
        return tables.table(indicators(from, to, organisationId, caller), locale).response(format);
    }

    @GetMapping("/api/v1/agenda-indicators/{measure}/records")
    @Operation(summary = "I dati elementari di un indicatore dell'agenda", description = """
            measure: convocations (una riga per convocazione: id, appuntamento, persona, organizzazione, giorno di \
            invio, canale), attendance (una per persona e appuntamento: esito, se convocata), dids (una per DID: \
            giorno, primo appuntamento e Patto con i giorni trascorsi). Solo identificativi, mai dati anagrafici; \
            al più 10.000 righe (400 oltre: restringere il periodo o l'organizzazione). La lettura è registrata. \
            Un operatore legge la propria organizzazione (403 se ne indica un'altra); amministratori e analisti la \
            regione o l'organizzazione indicata.""")
    @ApiResponse(responseCode = "200", description = "I dati elementari, in ordine di giorno")
    @ApiResponse(responseCode = "400", description = "Periodo mancante o non valido, troppe righe")
    @ApiResponse(responseCode = "403", description = "Organizzazione non visibile al chiamante")
    @ApiResponse(responseCode = "404", description = "Misura sconosciuta")
    List<AgendaRecord> records(@PathVariable String measure,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) UUID organisationId, CurrentUser caller) {
        return indicators.records(measure(measure), from, to, organisation(organisationId), caller);
    }

    @GetMapping({"/api/v1/agenda-indicators/{measure}/records.{format:csv|xlsx}",
            "/monitoring/agenda/{measure}/records.{format:csv|xlsx}"})
    @Operation(summary = "I dati elementari di un indicatore dell'agenda, in CSV o XLSX", description = """
            Gli stessi dati elementari di /api/v1/agenda-indicators/{measure}/records (convocations, attendance, \
            dids), solo identificativi e al più 10.000 righe, in un file .csv o .xlsx; la lettura è registrata. \
            Un operatore scarica la propria organizzazione (403 se ne indica un'altra); amministratori e analisti \
            la regione o l'organizzazione indicata.""")
    @ApiResponse(responseCode = "200", description = "Il file")
    @ApiResponse(responseCode = "400", description = "Periodo mancante o non valido, troppe righe")
    @ApiResponse(responseCode = "403", description = "Organizzazione non visibile al chiamante")
    @ApiResponse(responseCode = "404", description = "Misura sconosciuta")
    ResponseEntity<byte[]> recordsFile(@PathVariable String measure, @PathVariable String format,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) UUID organisationId, CurrentUser caller, Locale locale) {
        AgendaMeasure chosen = measure(measure);
        List<AgendaRecord> records = indicators.records(chosen, from, to, organisation(organisationId), caller);
        return tables.records(chosen.parameter(), records, from, to, locale).response(format);
    }

    private AgendaReport indicators(LocalDate from, LocalDate to, UUID organisationId, CurrentUser caller) {
        return indicators.report(from, to, organisation(organisationId), caller);
    }

    private static Optional<OrganisationId> organisation(UUID organisationId) {
        return Optional.ofNullable(organisationId).map(OrganisationId::new);
    }

    static AgendaMeasure measure(String measure) {
        return AgendaMeasure.fromParameter(measure).orElseThrow(() -> new NotFoundException("AGENDA_MEASURE", measure));
    }
}
