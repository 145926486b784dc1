package it.retelavoro.monitoring.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.retelavoro.monitoring.ProgrammeReports;
import it.retelavoro.monitoring.web.ProgrammeReportTables.ReportJson;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.OrganisationId;
import it.retelavoro.shared.ReportReads;
import java.time.LocalDate;
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
 * The report of a regional programme per organisation and month (hours per service and the amount at the
 * programme's unit cost), as JSON and as CSV or XLSX: under /api/v1 for programs, under /monitoring for the
 * download links of its page.
 */
@ReportReads
@RestController
@Tag(name = "Programmi", description = "Rendiconto dei programmi regionali: ore erogate e importo a costo standard")
@SecurityRequirement(name = "basicAuth")
class ProgrammeReportApiController {

    private final ProgrammeReports reports;
    private final ProgrammeReportTables tables;

    ProgrammeReportApiController(ProgrammeReports reports, ProgrammeReportTables tables) {
        this.reports = reports;
        this.tables = tables;
    }

    @GetMapping("/api/v1/programmes/{code}/report")
    @Operation(summary = "Rendiconto di un programma nel periodo, per organizzazione, mese e servizio", description = """
            Le erogazioni registrate sotto il programma, le persone servite, le ore e l'importo al costo standard \
            orario del programma (minuti x costo / 60, al centesimo). Un operatore vede la propria \
            organizzazione; analisti e amministratori la regione o l'organizzazione indicata.""")
    @ApiResponse(responseCode = "200", description = "Il rendiconto")
    @ApiResponse(responseCode = "400", description = "Periodo mancante o non valido")
    @ApiResponse(responseCode = "403", description = "Organizzazione non visibile al chiamante")
    @ApiResponse(responseCode = "404", description = "Programma sconosciuto")
    ReportJson report(@Parameter(example = "GOL-P1") @PathVariable String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) UUID organisationId, CurrentUser caller) {
        return tables.json(reports.report(code, from, to, organisation(organisationId), caller));
    }

    @GetMapping({"/api/v1/programmes/{code}/report.{format:csv|xlsx}",
        "/monitoring/programmes/{code}/report.{format:csv|xlsx}"})
    @Operation(summary = "Rendiconto di un programma, in CSV o XLSX", description = """
            Le righe del rendiconto JSON (mese, organizzazione, servizio, erogazioni, persone, ore, importo) e \
            il totale, in un file .csv o .xlsx; /monitoring/programmes/... serve i collegamenti della pagina, con \
            la sessione. Un operatore scarica la propria organizzazione (403 se ne indica un'altra); analisti e \
            amministratori la regione o l'organizzazione indicata. 404 se il programma è sconosciuto.""")
    @ApiResponse(responseCode = "200", description = "Il file")
    ResponseEntity<byte[]> file(@PathVariable String code, @PathVariable String format,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) UUID organisationId, CurrentUser caller, Locale locale) {
        return tables.table(reports.report(code, from, to, organisation(organisationId), caller), locale)
                .response(format);
    }

    private static Optional<OrganisationId> organisation(UUID id) {
        return Optional.ofNullable(id).map(OrganisationId::new);
    }
}
