package it.retelavoro.monitoring.web;

import it.retelavoro.catalogue.RegistrationPeriods;
import it.retelavoro.monitoring.Dimension;
import it.retelavoro.monitoring.IndicatorRecord;
import it.retelavoro.monitoring.MonitoringQueries;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.InvalidInputException;
import it.retelavoro.shared.OrganisationId;
import it.retelavoro.shared.ReportReads;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The monitoring dashboard: the table of the indicators over a period (optionally by one dimension), the
 * pathway funnel, the monthly trend and the records behind each value. An operator sees their
 * organisation; administrators and analysts the region or the organisation they choose. From the first
 * day of the year to today when no period is given.
 */
@ReportReads
@Controller
class IndicatorPageController {

    /** The records listed on the drill-down page; the downloads hold them all. */
    static final int MAX_RECORDS_SHOWN = 1000;

    private final MonitoringQueries monitoring;
    private final MonitoringViews views;
    private final MessageSource messages;
    private final RegistrationPeriods periods;
    private final Clock clock;

    IndicatorPageController(MonitoringQueries monitoring, MonitoringViews views, MessageSource messages,
            RegistrationPeriods periods, Clock clock) {
        this.periods = periods;
        this.clock = clock;
        this.monitoring = monitoring;
        this.views = views;
        this.messages = messages;
    }

    @GetMapping("/monitoring")
    String indicators(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) UUID organisationId, @RequestParam(required = false) String groupBy,
            CurrentUser caller, Locale locale, Model model) {
        MonitoringViews.PageFilter filter = views.yearToDate(from, to, organisationId, caller, locale, model);
        Optional<Dimension> dimension = MonitoringViews.dimension().apply(groupBy)
                .filter(MonitoringViews.dimensions(caller)::contains);
        model.addAttribute("groupBy", dimension.map(Dimension::parameter).orElse(""));
        model.addAttribute("dimensions", MonitoringViews.dimensions(caller).stream().map(Dimension::parameter).toList());
        model.addAttribute("rows", List.of());
        if (!filter.valid()) {
            return "monitoring/indicators";
        }
        List<MonitoringViews.Line> lines = views.lines(filter.from(), filter.to(), filter.organisation(), caller);
        model.addAttribute("rows", lines);
        // the figures of a closed month no longer change without a reopening (issue 13, point 4)
        PeriodsJson.Closure closure = PeriodsJson.closure(periods, filter.from(), filter.to());
        model.addAttribute("closure", closure);
        model.addAttribute("closedMonths", closure.closedPeriods().stream()
                .map(month -> java.time.YearMonth.parse(month).format(java.time.format.DateTimeFormatter.ofPattern("MM/yyyy")))
                .collect(java.util.stream.Collectors.joining(", ")));
        dimension.ifPresent(found -> model.addAttribute("groups",
                views.groupLines(filter.from(), filter.to(), filter.organisation(), found, caller, locale)));
        List<MonitoringViews.Line> funnel = MonitoringViews.FUNNEL.stream()
                .flatMap(code -> lines.stream().filter(line -> line.code().equals(code)))
                .map(line -> new MonitoringViews.Line(line.code(),
                        messages.getMessage("monitoring.funnel." + line.code(), null, locale), line.value()))
                .toList();
        model.addAttribute("funnel", funnel);
        model.addAttribute("funnelLabels", funnel.stream().map(line -> line.label() + " (" + line.code() + ")")
                .toList());
        model.addAttribute("funnelValues", funnel.stream().map(MonitoringViews.Line::value).toList());
        model.addAttribute("exportQuery", filter.query() + dimension.map(found -> "&groupBy=" + found.parameter())
                .orElse(""));
        model.addAttribute("periodQuery", query(filter.from(), filter.to(), Optional.empty()));
        model.addAttribute("openDataYear", String.valueOf(filter.to().getYear()));
        return "monitoring/indicators";
    }

    @GetMapping("/monitoring/trend")
    String trend(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) UUID organisationId, @RequestParam(required = false) String code,
            CurrentUser caller, Locale locale, Model model) {
        MonitoringViews.PageFilter filter = views.yearToDate(from, to, organisationId, caller, locale, model);
        model.addAttribute("trend", null);
        if (!filter.valid()) {
            return "monitoring/trend";
        }
        MonitoringViews.Trend trend;
        try {
            trend = views.trend(filter.from(), filter.to(), filter.organisation(), caller);
        } catch (InvalidInputException tooLong) {
            model.addAttribute("errors", Map.of("to", List.of(messages.getMessage("monitoring.trend.too-long",
                    new Object[] {MonitoringViews.MAX_TREND_MONTHS}, locale))));
            return "monitoring/trend";
        }
        MonitoringViews.TrendLine chosen = trend.lines().stream().filter(line -> line.code().equals(code))
                .findFirst().orElse(trend.lines().get(0));
        model.addAttribute("trend", trend);
        model.addAttribute("chosen", chosen);
        model.addAttribute("monthNames", trend.months().stream().map(month -> monthName(month, locale)).toList());
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("partialMonths", trend.periods().stream().map(month -> month.partial(today)).toList());
        Optional<OrganisationId> organisation = filter.organisation();
        model.addAttribute("monthQueries", trend.periods().stream()
                .map(month -> query(month.from(), month.to(), organisation)).toList());
        return "monitoring/trend";
    }

    @GetMapping("/monitoring/indicators/{code}/records")
    String records(@PathVariable String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) UUID organisationId, @RequestParam(required = false) List<String> groupBy,
            @RequestParam(required = false) String complexTarget, CurrentUser caller, Locale locale, Model model) {
        List<Dimension> breakdown = MonitoringViews.breakdown(groupBy, complexTarget);
        MonitoringViews.PageFilter filter = views.yearToDate(from, to, organisationId, caller, locale, model);
        model.addAttribute("code", code);
        model.addAttribute("label", views.labels(filter.to()).getOrDefault(code, code));
        model.addAttribute("dateHeading", views.recordDateHeading(code, filter.to(), locale));
        model.addAttribute("recordsNameCos", MonitoringQueries.recordsNameCos(code));
        model.addAttribute("records", List.of());
        if (!filter.valid()) {
            return "monitoring/records";
        }
        List<IndicatorRecord> records = monitoring.records(code, filter.from(), filter.to(), filter.organisation(),
                breakdown, caller);
        // A region-wide year may hold many thousands: the page shows the first ones, the downloads all.
        List<IndicatorRecord> shown = records.size() > MAX_RECORDS_SHOWN ? records.subList(0, MAX_RECORDS_SHOWN)
                : records;
        Map<UUID, String> names = new LinkedHashMap<>();
        shown.forEach(record -> names.computeIfAbsent(record.organisationId(), views::organisationName));
        model.addAttribute("records", shown);
        model.addAttribute("total", records.size());
        model.addAttribute("organisationNames", names);
        return "monitoring/records";
    }


    private static String query(LocalDate from, LocalDate to, Optional<OrganisationId> organisation) {
        return MonitoringViews.query(from, to, organisation);
    }

    private static String monthName(YearMonth month, Locale locale) {
        return month.getMonth().getDisplayName(TextStyle.SHORT, locale) + " " + month.getYear();
    }
}
