package it.retelavoro.monitoring.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.retelavoro.monitoring.CoherenceReport;
import it.retelavoro.monitoring.Dimension;
import it.retelavoro.monitoring.GroupValue;
import it.retelavoro.monitoring.IndicatorRecord;
import it.retelavoro.monitoring.IndicatorValue;
import it.retelavoro.monitoring.MonitoringQueries;
import it.retelavoro.catalogue.RegistrationPeriods;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.InvalidInputException;
import it.retelavoro.shared.OrganisationId;
import it.retelavoro.shared.ReportReads;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The monitoring indicators as JSON: values over a period, the records behind them, 6.2 against 10.1. */
@ReportReads
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Monitoraggio", description = "Indicatori fisici del repertorio (1.1-10.3)")
@SecurityRequirement(name = "basicAuth")
class IndicatorApiController {

    private final MonitoringQueries monitoring;
    private final RegistrationPeriods periods;

    IndicatorApiController(MonitoringQueries monitoring, RegistrationPeriods periods) {
        this.monitoring = monitoring;
        this.periods = periods;
    }

    @GetMapping("/indicators")
    @Operation(summary = "Valori degli indicatori nel periodo", description = """
            Tutti gli indicatori del repertorio, nell'ordine del catalogo, contati nel periodo (estremi inclusi, \
            sulla data di ciascun evento). Persone e aziende sono contate una volta sola. Un operatore vede \
            sempre la propria organizzazione (403 se ne indica un'altra); amministratori e analisti la regione o \
            l'organizzazione indicata. Nella scomposizione per target complesso (solo analisti e amministratori) \
            i valori da 1 a 4 non sono dati: value assente e suppressed = true.""")
    @ApiResponse(responseCode = "200", description = "I valori")
    @ApiResponse(responseCode = "403", description = "Organizzazione di un altro operatore, o scomposizione non consentita")
    @ApiResponse(responseCode = "400", description = "Periodo mancante o non valido")
    IndicatorsJson values(
            @Parameter(description = "primo giorno (AAAA-MM-GG)") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "ultimo giorno (AAAA-MM-GG)") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(description = "solo questa organizzazione (amministratori e analisti)")
            @RequestParam(required = false) UUID organisationId,
            @Parameter(description = "dimensioni separate da virgole: organisation, site, operator, province, sex, "
                    + "ageBand, citizenshipGroup, educationLevel, month, programme, source (fonte di 6.4 e 10.3: CO o "
                    + "OPERATOR)")
            @RequestParam(required = false) List<String> groupBy,
            CurrentUser caller) {
        List<IndicatorValue> values = monitoring.values(from, to, organisation(organisationId), caller);
        List<GroupValue> groups = groupBy == null || groupBy.isEmpty() ? null
                : monitoring.groups(from, to, organisation(organisationId), MonitoringViews.breakdown(groupBy, null), caller);
        return new IndicatorsJson(from, to, values, groups, PeriodsJson.closure(periods, from, to));
    }

    @GetMapping("/indicators/coherence")
    @Operation(summary = "Coerenza tra gli indicatori 6.2 e 10.1", description = """
            Per organizzazione: persone inviate ai colloqui di selezione (6.2, organizzazione che ha in carico \
            la persona) e candidati segnalati (10.1, organizzazione titolare della vacancy), con gli invii tra \
            organizzazioni diverse che spiegano la differenza. Sulla regione i due valori coincidono; from e to \
            (AAAA-MM-GG) obbligatori. Amministratori e analisti vedono tutta la regione, un operatore solo la riga \
            della propria organizzazione e gli invii che la coinvolgono.""")
    @ApiResponse(responseCode = "200", description = "Il rapporto di coerenza")
    CoherenceReport coherence(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            CurrentUser caller) {
        return monitoring.coherence(from, to, caller);
    }

    @GetMapping("/indicators/{code}/records")
    @Operation(summary = "Record alla base di un indicatore", description = """
            Un record per soggetto contato (persona, visitatore anonimo, azienda o elemento) e organizzazione, \
            con le date nel periodo (from e to obbligatori). Solo identificativi; la lettura è registrata nel \
            registro di audit. Un operatore legge la propria organizzazione (403 se ne indica un'altra), \
            amministratori e analisti la regione o l'organizzazione indicata; i record di una scomposizione per \
            target complesso non sono elencati a nessuno (403).""")
    @ApiResponse(responseCode = "200", description = "I record")
    @ApiResponse(responseCode = "403", description = "Organizzazione non visibile al chiamante, oppure record di una "
            + "scomposizione per target complesso (mai elencati: dati di categorie particolari)")
    @ApiResponse(responseCode = "404", description = "Indicatore sconosciuto")
    List<IndicatorRecord> records(@PathVariable String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) UUID organisationId,
            @Parameter(description = "la scomposizione del valore di cui si chiedono i record; con complexTarget "
                    + "la richiesta è rifiutata (403)")
            @RequestParam(required = false) List<String> groupBy,
            @Parameter(description = "un target complesso: la richiesta è rifiutata (403)")
            @RequestParam(required = false) String complexTarget, CurrentUser caller) {
        return monitoring.records(code, from, to, organisation(organisationId),
                MonitoringViews.breakdown(groupBy, complexTarget), caller);
    }

    @PostMapping("/monitoring/rebuild")
    @Operation(summary = "Ricostruisce gli aggregati del monitoraggio dai fatti registrati (amministratori)",
            description = """
            Ricalcola da capo l'aggregato degli indicatori dai fatti del monitoraggio e risponde con il numero di \
            righe ricostruite; l'operazione è registrata nel registro di audit. Solo un amministratore (403 per \
            ogni altro ruolo).""")
    @ApiResponse(responseCode = "200", description = "Righe dell'aggregato ricostruito")
    @ApiResponse(responseCode = "403", description = "Il chiamante non è un amministratore")
    RebuildJson rebuild(CurrentUser caller) {
        return new RebuildJson(monitoring.rebuild(caller));
    }

    private static Optional<OrganisationId> organisation(UUID id) {
        return Optional.ofNullable(id).map(OrganisationId::new);
    }

    /**
     * The values, with whether the Region closed the period: {@code closed} when every month it touches is closed
     * (its figures can no longer change without a reopening), {@code closedPeriods} the closed months among them.
     */
    record IndicatorsJson(LocalDate from, LocalDate to, List<IndicatorValue> values, List<GroupValue> groups,
            boolean closed, List<String> closedPeriods) {

        IndicatorsJson(LocalDate from, LocalDate to, List<IndicatorValue> values, List<GroupValue> groups,
                PeriodsJson.Closure closure) {
            this(from, to, values, groups, closure.closed(), closure.closedPeriods());
        }
    }

    record RebuildJson(long rows) {
    }
}
