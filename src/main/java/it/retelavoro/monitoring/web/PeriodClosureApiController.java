package it.retelavoro.monitoring.web;

import it.retelavoro.catalogue.RegistrationPeriods;
import it.retelavoro.monitoring.web.PeriodsJson.MonthJson;
import it.retelavoro.shared.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Region closes a month (issue 13, point 4), as JSON: {@code POST /api/v1/monitoring/periods/{yyyy-mm}/closure}
 * (analysts and administrators), {@code .../reopening} with a reason (administrators), and the last 24 months.
 */
@RestController
@Tag(name = "Monitoraggio")
@SecurityRequirement(name = "basicAuth")
class PeriodClosureApiController {

    private final RegistrationPeriods periods;
    private final Clock clock;

    PeriodClosureApiController(RegistrationPeriods periods, Clock clock) {
        this.periods = periods;
        this.clock = clock;
    }

    @PostMapping("/api/v1/monitoring/periods/{month}/closure")
    @Operation(summary = "Chiude un mese concluso (analisti e amministratori)", description = """
            Chiude il mese indicato (AAAA-MM): dopo la chiusura nessuna registrazione, registrazione retroattiva \
            o annullamento datato in quel mese ne cambia i dati (422 PERIOD_CLOSED) finché un amministratore non \
            lo riapre. 400 se il mese non è concluso, 409 se è già chiuso. Solo analisti e amministratori della \
            Regione (403 per un operatore); la chiusura è registrata nel registro di audit.""")
    @ApiResponse(responseCode = "200", description = "Il mese, chiuso")
    @ApiResponse(responseCode = "403", description = "Il chiamante è un operatore")
    MonthJson close(@PathVariable String month, CurrentUser caller) {
        return MonthJson.of(periods.close(PeriodClosureController.month(month), caller));
    }

    @PostMapping("/api/v1/monitoring/periods/{month}/reopening")
    @Operation(summary = "Riapre un mese chiuso (amministratori), con il motivo, che resta nel registro di audit",
            description = """
            Riapre il mese indicato (AAAA-MM): le registrazioni datate in quel mese tornano possibili. Il corpo \
            porta reason, il motivo (obbligatorio, al più 500 caratteri; 400 altrimenti), che resta nel registro \
            di audit; 409 se il mese non è chiuso. Solo un amministratore (403 per analisti e operatori).""")
    @ApiResponse(responseCode = "200", description = "Il mese, riaperto")
    @ApiResponse(responseCode = "403", description = "Il chiamante non è un amministratore")
    MonthJson reopen(@PathVariable String month, @RequestBody ReopeningRequest request, CurrentUser caller) {
        return MonthJson.of(periods.reopen(PeriodClosureController.month(month),
                request == null ? null : request.reason(), caller));
    }

    @GetMapping("/api/v1/monitoring/periods")
    @Operation(summary = "Gli ultimi 24 mesi, dal più recente, ciascuno con il suo stato (chiuso o aperto)",
            description = """
            Per ciascuno degli ultimi 24 mesi, compreso quello in corso: se è chiuso, quando è stato chiuso o \
            riaperto l'ultima volta e il motivo dell'ultima riapertura. Solo analisti e amministratori della \
            Regione (403 per un operatore).""")
    List<MonthJson> months(CurrentUser caller) {
        PeriodClosureController.requireRegion(caller);
        YearMonth now = YearMonth.now(clock);
        return periods.months(now.minusMonths(PeriodClosureController.MONTHS_SHOWN - 1L), now).stream()
                .map(MonthJson::of).toList();
    }

    record ReopeningRequest(String reason) {
    }
}
