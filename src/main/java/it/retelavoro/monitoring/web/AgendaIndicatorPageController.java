package it.retelavoro.monitoring.web;

import it.retelavoro.monitoring.AgendaIndicators;
import it.retelavoro.monitoring.AgendaMeasure;
import it.retelavoro.monitoring.AgendaRecord;
import it.retelavoro.monitoring.AgendaReport;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.InvalidInputException;
import it.retelavoro.shared.ReportReads;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The page of the agenda's indicators ({@code /monitoring/agenda}): convocations and attendance, then the days from
 * the DID to the first appointment and to the Patto, by organisation and month with the total, the downloads, and
 * the records behind each measure ({@code /monitoring/agenda/{measure}/records}). The current year when no period is
 * given; an operator sees their organisation.
 */
@ReportReads
@Controller
class AgendaIndicatorPageController {

    /** The records a page shows; the downloads hold all of them. */
    static final int MAX_RECORDS_SHOWN = 500;

    private final AgendaIndicators indicators;
    private final AgendaIndicatorTables tables;
    private final MonitoringViews views;
    private final MessageSource messages;

    AgendaIndicatorPageController(AgendaIndicators indicators, AgendaIndicatorTables tables, MonitoringViews views,
            MessageSource messages) {
        this.indicators = indicators;
        this.tables = tables;
        this.views = views;
        this.messages = messages;
    }

    @GetMapping("/monitoring/agenda")
    String page(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) UUID organisationId, CurrentUser caller, Locale locale, Model model) {
        MonitoringViews.PageFilter filter = views.yearToDate(from, to, organisationId, caller, locale, model);
        model.addAttribute("lines", null);
        if (!filter.valid()) {
            return "monitoring/agenda";
        }
        AgendaReport report = indicators.report(filter.from(), filter.to(), filter.organisation(), caller);
        model.addAttribute("asOf", report.asOf());
        model.addAttribute("lines", tables.lines(report, locale));
        model.addAttribute("total", tables.total(report, locale));
        return "monitoring/agenda";
    }

    @GetMapping("/monitoring/agenda/{measure}/records")
    String records(@PathVariable String measure,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) UUID organisationId, CurrentUser caller, Locale locale, Model model) {
        AgendaMeasure chosen = AgendaIndicatorApiController.measure(measure);
        MonitoringViews.PageFilter filter = views.yearToDate(from, to, organisationId, caller, locale, model);
        model.addAttribute("measure", chosen.parameter());
        model.addAttribute("records", List.of());
        model.addAttribute("count", 0);
        if (!filter.valid()) {
            return "monitoring/agenda-records";
        }
        List<AgendaRecord> records;
        try {
            records = indicators.records(chosen, filter.from(), filter.to(), filter.organisation(), caller);
        } catch (InvalidInputException tooMany) {
            model.addAttribute("errors", Map.of("to", List.of(messages.getMessage("monitoring.agenda.records.too-many",
                    new Object[] {AgendaIndicators.RECORDS_MAX}, locale))));
            return "monitoring/agenda-records";
        }
        Map<UUID, String> names = new LinkedHashMap<>();
        List<AgendaRecord> shown = records.size() > MAX_RECORDS_SHOWN ? records.subList(0, MAX_RECORDS_SHOWN)
                : records;
        shown.forEach(record -> names.computeIfAbsent(record.organisationId(), views::organisationName));
        model.addAttribute("records", shown);
        model.addAttribute("count", records.size());
        model.addAttribute("organisationNames", names);
        return "monitoring/agenda-records";
    }

}
