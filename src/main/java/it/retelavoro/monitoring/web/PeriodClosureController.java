package it.retelavoro.monitoring.web;

import it.retelavoro.catalogue.RegistrationPeriods;
import it.retelavoro.monitoring.web.PeriodsJson.MonthJson;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.InvalidInputException;
import it.retelavoro.shared.PageForms;
import it.retelavoro.shared.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Region closes a month (issue 13, point 4): {@code POST /api/v1/monitoring/periods/{yyyy-mm}/closure}
 * (analysts and administrators), {@code .../reopening} with a reason (administrators), the list of the months,
 * and the page {@code /monitoring/periods}. The closed months live in the catalogue ({@link RegistrationPeriods}),
 * which every registering module asks; monitoring only serves them.
 */
@Controller
@Tag(name = "Monitoraggio")
class PeriodClosureController {

    /** How many months the page and the list show, the current one included. */
    static final int MONTHS_SHOWN = 24;

    private final RegistrationPeriods periods;
    private final PageForms forms;
    private final Clock clock;

    PeriodClosureController(RegistrationPeriods periods, PageForms forms, Clock clock) {
        this.periods = periods;
        this.forms = forms;
        this.clock = clock;
    }

    @PostMapping("/api/v1/monitoring/periods/{month}/closure")
    @ResponseBody
    @Operation(summary = "Chiude un mese concluso (analisti e amministratori)", description = """
            Dopo la chiusura nessuna registrazione, registrazione retroattiva o annullamento datato in quel mese \
            ne cambia i dati (422 PERIOD_CLOSED) finché un amministratore non lo riapre. 400 se il mese non è \
            concluso, 409 se è già chiuso.""")
    @ApiResponse(responseCode = "200", description = "Il mese, chiuso")
    @ApiResponse(responseCode = "403", description = "Il chiamante è un operatore")
    MonthJson close(@PathVariable String month, CurrentUser caller) {
        return MonthJson.of(periods.close(month(month), caller));
    }

    @PostMapping("/api/v1/monitoring/periods/{month}/reopening")
    @ResponseBody
    @Operation(summary = "Riapre un mese chiuso (amministratori), con il motivo, che resta nel registro di audit")
    @ApiResponse(responseCode = "200", description = "Il mese, riaperto")
    @ApiResponse(responseCode = "403", description = "Il chiamante non è un amministratore")
    MonthJson reopen(@PathVariable String month, @RequestBody ReopeningRequest request, CurrentUser caller) {
        return MonthJson.of(periods.reopen(month(month), request == null ? null : request.reason(), caller));
    }

    @GetMapping("/api/v1/monitoring/periods")
    @ResponseBody
    @Operation(summary = "Gli ultimi 24 mesi, dal più recente, ciascuno con il suo stato (chiuso o aperto)")
    List<MonthJson> months(CurrentUser caller) {
        requireRegion(caller);
        return recent().stream().map(MonthJson::of).toList();
    }

    @GetMapping("/monitoring/periods")
    String page(CurrentUser caller, Model model) {
        requireRegion(caller);
        model.addAttribute("activeNav", "monitoring");
        model.addAttribute("months", recent());
        model.addAttribute("mayReopen", caller.role() == Role.ADMIN);
        model.addAttribute("currentMonth", YearMonth.now(clock));
        return "monitoring/periods";
    }

    @PostMapping("/monitoring/periods/{month}/closure")
    String closePage(@PathVariable String month, CurrentUser caller, Model model, Locale locale,
            RedirectAttributes redirect) {
        return forms.form("period", null, model, locale).submit(() -> {
            periods.close(month(month), caller);
            redirect.addFlashAttribute("flash", "monitoring.periods.closed");
            return "redirect:/monitoring/periods";
        }, () -> page(caller, model));
    }

    @PostMapping("/monitoring/periods/{month}/reopening")
    String reopenPage(@PathVariable String month, @RequestParam(required = false) String reason, CurrentUser caller,
            Model model, Locale locale, RedirectAttributes redirect) {
        model.addAttribute("reopening", month);
        return forms.form("period", null, model, locale).submit(() -> {
            periods.reopen(month(month), reason, caller);
            redirect.addFlashAttribute("flash", "monitoring.periods.reopened");
            return "redirect:/monitoring/periods";
        }, () -> page(caller, model));
    }

    private List<RegistrationPeriods.PeriodState> recent() {
        YearMonth now = YearMonth.now(clock);
        return periods.months(now.minusMonths(MONTHS_SHOWN - 1L), now);
    }

    private static void requireRegion(CurrentUser caller) {
        if (!caller.seesWholeRegion()) {
            throw new AccessDeniedException("Solo la Regione gestisce la chiusura dei mesi");
        }
    }

    private static YearMonth month(String text) {
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of("month", "validation.format");
        }
    }

    record ReopeningRequest(String reason) {
    }
}
