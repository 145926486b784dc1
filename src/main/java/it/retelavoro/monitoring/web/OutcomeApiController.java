package it.retelavoro.monitoring.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.retelavoro.monitoring.OutcomeReport;
import it.retelavoro.monitoring.Outcomes;
import it.retelavoro.monitoring.web.OutcomeTables.ReportJson;
import it.retelavoro.shared.CurrentUser;
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
 * The employment outcomes of the Patti, referrals and internships (issue 15, point 4) as JSON, and as CSV or XLSX:
 * under /api/v1 for programs, under /monitoring for the download links of the page (the session).
 */
@ReportReads
@RestController
@Tag(name = "Monitoraggio", description = "Indicatori fisici del repertorio (1.1-10.3)")
@SecurityRequirement(name = "basicAuth")
class OutcomeApiController {

    private final Outcomes outcomes;
    private final OutcomeTables tables;

    OutcomeApiController(Outcomes outcomes, OutcomeTables tables) {
        this.outcomes = outcomes;
        this.tables = tables;
    }

    @GetMapping("/api/v1/outcomes")
    @Operation(summary = "Esiti occupazionali nel periodo", description = """
            Secondo le Comunicazioni Obbligatorie: per le persone che hanno firmato un Patto di servizio nel periodo \
            (coorte PACT, indicatore 2.2) e per le persone inviate a colloqui di selezione (REFERRAL, 6.2), la quota \
            di occupati 3, 6 e 12 mesi dopo il primo Patto (o invio) del periodo, con qualsiasi contratto e con un \
            contratto a tempo indeterminato o di almeno 6 mesi; per i tirocini attivati la cui fine prevista cade nel \
            periodo (INTERNSHIP, 5.2), la quota assunta entro 6 mesi dalla fine. Ogni persona è contata una volta per \
            gruppo; un orizzonte non ancora raggiunto da nessuno ha available = false e quote nulle (non 0): le \
            quote sono sui soli membri che l'hanno raggiunto (observed). Un operatore vede la propria \
            organizzazione (403 se ne indica un'altra); amministratori e analisti la regione o l'organizzazione \
            indicata. Definizioni in docs/outcomes.md.""")
    @ApiResponse(responseCode = "200", description = "Gli esiti per coorte, con il totale e, con groupBy, i gruppi")
    @ApiResponse(responseCode = "400", description = "Periodo mancante o non valido, dimensione sconosciuta o non "
            + "prevista per gli esiti")
    @ApiResponse(responseCode = "403", description = "Organizzazione non visibile al chiamante")
    ReportJson report(
            @Parameter(description = "primo giorno (AAAA-MM-GG)") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "ultimo giorno (AAAA-MM-GG)") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(description = "solo questa organizzazione (amministratori e analisti)")
            @RequestParam(required = false) UUID organisationId,
            @Parameter(description = "dimensioni separate da virgole: organisation, programme, province, sex, "
                    + "ageBand, citizenshipGroup")
            @RequestParam(required = false) List<String> groupBy,
            CurrentUser caller) {
        return tables.json(outcomes(from, to, organisationId, groupBy, caller));
    }

    @GetMapping({"/api/v1/outcomes.{format:csv|xlsx}", "/monitoring/outcomes.{format:csv|xlsx}"})
    @Operation(summary = "Esiti occupazionali nel periodo, in CSV o XLSX", description = """
            Gli esiti di /api/v1/outcomes, una riga per coorte, gruppo (prima il totale) e orizzonte: numerosità, \
            osservati, occupati e quota in percentuale, con qualsiasi contratto e con contratti di almeno 6 mesi. \
            Per un orizzonte non ancora raggiunto occupati e quote sono vuoti. Un operatore scarica la propria \
            organizzazione (403 se ne indica un'altra); amministratori e analisti la regione o l'organizzazione \
            indicata.""")
    @ApiResponse(responseCode = "200", description = "Il file")
    @ApiResponse(responseCode = "400", description = "Periodo mancante o non valido, dimensione non prevista")
    @ApiResponse(responseCode = "403", description = "Organizzazione non visibile al chiamante")
    ResponseEntity<byte[]> file(@PathVariable String format,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) UUID organisationId, @RequestParam(required = false) List<String> groupBy,
            CurrentUser caller, Locale locale) {
        return tables.table(outcomes(from, to, organisationId, groupBy, caller), locale).response(format);
    }

    private OutcomeReport outcomes(LocalDate from, LocalDate to, UUID organisationId, List<String> groupBy,
            CurrentUser caller) {
        return outcomes.report(from, to, Optional.ofNullable(organisationId).map(OrganisationId::new),
                MonitoringViews.breakdown(groupBy, null), caller);
    }
}
