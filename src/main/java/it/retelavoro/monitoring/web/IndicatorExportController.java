package it.retelavoro.monitoring.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.retelavoro.monitoring.Dimension;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.InvalidInputException;
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
 * The tables of the monitoring pages as CSV or XLSX downloads: under /api/v1 for programs (HTTP Basic),
 * under /monitoring for the download links of the pages (the session). Same parameters and same values as
 * the JSON API; an operator who names another organisation is refused.
 */
@ReportReads
@RestController
@Tag(name = "Monitoraggio", description = "Indicatori fisici del repertorio (1.1-10.3)")
@SecurityRequirement(name = "basicAuth")
class IndicatorExportController {

    private final MonitoringViews views;
    private final IndicatorExportTables tables;

    IndicatorExportController(MonitoringViews views, IndicatorExportTables tables) {
        this.views = views;
        this.tables = tables;
    }

    @GetMapping({"/api/v1/indicators.{format:csv|xlsx}", "/monitoring/indicators.{format:csv|xlsx}"})
    @Operation(summary = "Valori degli indicatori nel periodo, in CSV o XLSX", description = """
            La tabella degli indicatori come in /api/v1/indicators: una riga per indicatore, oppure, con groupBy \
            (una dimensione), una riga per indicatore e valore della dimensione; il formato segue l'estensione \
            (.csv o .xlsx), /monitoring/... serve i collegamenti delle pagine, con la sessione. Un operatore \
            scarica la propria organizzazione e riceve 403 se ne indica un'altra; amministratori e analisti la \
            regione o l'organizzazione indicata, e solo loro la scomposizione per target complesso.""")
    @ApiResponse(responseCode = "200", description = "Il file")
    @ApiResponse(responseCode = "400", description = "Periodo mancante o non valido, dimensione sconosciuta")
    @ApiResponse(responseCode = "403", description = "Organizzazione non visibile al chiamante")
    ResponseEntity<byte[]> indicators(@PathVariable String format,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) UUID organisationId,
            @Parameter(description = "una dimensione: organisation, site, operator, province, sex, ageBand, "
                    + "citizenshipGroup, educationLevel, month")
            @RequestParam(required = false) String groupBy,
            CurrentUser caller, Locale locale) {
        Optional<OrganisationId> organisation = views.requireVisible(organisationId, caller);
        Optional<Dimension> dimension = MonitoringViews.dimension().apply(groupBy);
        if (groupBy != null && !groupBy.isBlank() && dimension.isEmpty()) {
            throw InvalidInputException.of("groupBy", "monitoring.group-by.unknown", groupBy);
        }
        return tables.indicatorTable(from, to, organisation, dimension, caller, locale).response(format);
    }

    @GetMapping({"/api/v1/indicators/trend.{format:csv|xlsx}", "/monitoring/trend.{format:csv|xlsx}"})
    @Operation(summary = "Andamento mensile degli indicatori, in CSV o XLSX", description = """
            Una riga per indicatore e una colonna per mese del periodo (al massimo 36, 400 oltre); ogni mese è \
            contato entro il periodo; from e to obbligatori, file .csv o .xlsx. Un operatore scarica la propria \
            organizzazione (403 se ne indica un'altra); amministratori e analisti la regione o l'organizzazione \
            indicata.""")
    @ApiResponse(responseCode = "200", description = "Il file")
    @ApiResponse(responseCode = "403", description = "Organizzazione non visibile al chiamante")
    ResponseEntity<byte[]> trend(@PathVariable String format,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) UUID organisationId, CurrentUser caller, Locale locale) {
        Optional<OrganisationId> organisation = views.requireVisible(organisationId, caller);
        requirePeriod(from, to);
        return tables.trendTable(from, to, organisation, caller, locale).response(format);
    }

    @GetMapping({"/api/v1/indicators/{code}/records.{format:csv|xlsx}",
        "/monitoring/indicators/{code}/records.{format:csv|xlsx}"})
    @Operation(summary = "Record alla base di un indicatore, in CSV o XLSX", description = """
            Gli stessi record di /api/v1/indicators/{code}/records (solo identificativi), in un file .csv o \
            .xlsx; l'esportazione è registrata nel registro di audit. Un operatore esporta la propria \
            organizzazione (403 se ne indica un'altra), amministratori e analisti la regione o l'organizzazione \
            indicata; i record di una scomposizione per target complesso non sono esportati a nessuno (403).""")
    @ApiResponse(responseCode = "200", description = "Il file")
    @ApiResponse(responseCode = "403", description = "Organizzazione non visibile al chiamante")
    @ApiResponse(responseCode = "404", description = "Indicatore sconosciuto")
    ResponseEntity<byte[]> records(@PathVariable String code, @PathVariable String format,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) UUID organisationId, @RequestParam(required = false) List<String> groupBy,
            @RequestParam(required = false) String complexTarget, CurrentUser caller, Locale locale) {
        Optional<OrganisationId> organisation = views.requireVisible(organisationId, caller);
        ExportTable table = tables.recordsTable(code, from, to, organisation,
                MonitoringViews.breakdown(groupBy, complexTarget), caller, locale);
        tables.auditRecordsExport(code, format, table, from, to, organisation);
        return table.response(format);
    }

    private static void requirePeriod(LocalDate from, LocalDate to) {
        var problems = new InvalidInputException.Collector();
        problems.require(from != null, "from", "validation.required");
        problems.require(to != null, "to", "validation.required");
        if (from != null && to != null) {
            problems.require(!from.isAfter(to), "to", "monitoring.period.to-before-from");
        }
        problems.throwIfAny();
    }
}
