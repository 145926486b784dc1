package it.retelavoro.monitoring.web;

import it.retelavoro.catalogue.Catalogue;
import it.retelavoro.monitoring.Dimension;
import it.retelavoro.monitoring.OutcomeReport;
import it.retelavoro.monitoring.Outcomes;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.ReportReads;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The page of the employment outcomes ({@code /monitoring/outcomes}): per cohort a chart of the shares employed and
 * its table, which stays as the chart's text alternative, with the downloads. The previous calendar year when no
 * period is given, so that most horizons are already observed. An operator sees their organisation: the filter is not
 * offered and an organisation in the query is ignored, as on the indicators' page.
 */
@ReportReads
@Controller
class OutcomePageController {

    private final Outcomes outcomes;
    private final OutcomeTables tables;
    private final MonitoringViews views;
    private final Catalogue catalogue;

    OutcomePageController(Outcomes outcomes, OutcomeTables tables, MonitoringViews views, Catalogue catalogue) {
        this.outcomes = outcomes;
        this.tables = tables;
        this.views = views;
        this.catalogue = catalogue;
    }

    @GetMapping("/monitoring/outcomes")
    String page(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) UUID organisationId, @RequestParam(required = false) String groupBy,
            CurrentUser caller, Locale locale, Model model) {
        LocalDate lastYear = catalogue.today().minusYears(1);
        MonitoringViews.PageFilter filter = views.pageFilter(from == null ? lastYear.withDayOfYear(1) : from,
                to == null ? lastYear.withMonth(12).withDayOfMonth(31) : to, organisationId, caller, locale, model);
        Optional<Dimension> dimension = MonitoringViews.dimension().apply(groupBy)
                .filter(Outcomes.DIMENSIONS::contains);
        model.addAttribute("groupBy", dimension.map(Dimension::parameter).orElse(""));
        model.addAttribute("dimensions", Outcomes.DIMENSIONS.stream().map(Dimension::parameter).toList());
        model.addAttribute("cohorts", null);
        if (!filter.valid()) {
            return "monitoring/outcomes";
        }
        OutcomeReport report = outcomes.report(filter.from(), filter.to(), filter.organisation(),
                dimension.map(List::of).orElse(List.of()), caller);
        model.addAttribute("asOf", report.asOf());
        model.addAttribute("cohorts", tables.view(report, locale));
        model.addAttribute("exportQuery", filter.query() + dimension.map(found -> "&groupBy=" + found.parameter())
                .orElse(""));
        model.addAttribute("openDataYear", String.valueOf(filter.to().getYear()));
        return "monitoring/outcomes";
    }
}
