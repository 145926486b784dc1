package it.retelavoro.monitoring.web;

import it.retelavoro.catalogue.RegistrationPeriods;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.InvalidInputException;
import it.retelavoro.shared.PageForms;
import it.retelavoro.shared.Role;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Region closes a month (issue 13, point 4): the page {@code /monitoring/periods} (the API:
 * {@link PeriodClosureApiController}). The closed months live in the catalogue ({@link RegistrationPeriods}),
 * which every registering module asks; monitoring only serves them.
 */
@Controller
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

    List<RegistrationPeriods.PeriodState> recent() {
        YearMonth now = YearMonth.now(clock);
        return periods.months(now.minusMonths(MONTHS_SHOWN - 1L), now);
    }

    static void requireRegion(CurrentUser caller) {
        if (!caller.seesWholeRegion()) {
            throw new AccessDeniedException("Solo la Regione gestisce la chiusura dei mesi");
        }
    }

    static YearMonth month(String text) {
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of("month", "validation.format");
        }
    }

}
