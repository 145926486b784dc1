package it.retelavoro.monitoring.web;

import it.retelavoro.catalogue.Catalogue;
import it.retelavoro.catalogue.Indicator;
import it.retelavoro.monitoring.IndicatorValue;
import it.retelavoro.monitoring.MonitoringQueries;
import it.retelavoro.shared.CurrentUser;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The table of the indicators over a period: the operator's organisation, or the region for administrators
 * and analysts. From the first day of the year to today when no period is given.
 */
@Controller
class IndicatorPageController {

    private final MonitoringQueries monitoring;
    private final Catalogue catalogue;
    private final MessageSource messages;

    IndicatorPageController(MonitoringQueries monitoring, Catalogue catalogue, MessageSource messages) {
        this.monitoring = monitoring;
        this.catalogue = catalogue;
        this.messages = messages;
    }

    @GetMapping("/monitoring")
    String indicators(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            CurrentUser caller, Locale locale, Model model) {
        LocalDate today = catalogue.today();
        LocalDate start = from == null ? today.withDayOfYear(1) : from;
        LocalDate end = to == null ? today : to;
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        model.addAttribute("region", caller.seesWholeRegion());
        model.addAttribute("activeNav", "monitoring");
        if (start.isAfter(end)) {
            model.addAttribute("errors", Map.of("to", List.of(messages.getMessage("monitoring.period.to-before-from",
                    null, locale))));
            model.addAttribute("rows", List.of());
            return "monitoring/indicators";
        }
        Map<String, Indicator> indicators = catalogue.inForceOn(end).or(catalogue::current)
                .map(version -> version.indicators().stream()
                        .collect(Collectors.toMap(Indicator::code, Function.identity())))
                .orElse(Map.of());
        List<Row> rows = monitoring.values(start, end, Optional.empty(), caller).stream()
                .map(value -> new Row(value, Optional.ofNullable(indicators.get(value.code()))
                        .map(Indicator::label).orElse(value.code())))
                .toList();
        model.addAttribute("rows", rows);
        return "monitoring/indicators";
    }

    /** One line of the table: the value and the indicator's label as the repertorio writes it. */
    record Row(IndicatorValue value, String label) {
    }
}
