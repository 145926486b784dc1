package it.retelavoro.monitoring.web;

import it.retelavoro.catalogue.Catalogue;
import it.retelavoro.catalogue.Programme;
import it.retelavoro.monitoring.ProgrammeReports;
import it.retelavoro.network.NetworkManagement;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.OrganisationId;
import it.retelavoro.shared.ReportReads;
import java.time.Clock;
import java.time.LocalDate;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The page of the programme report ({@code /monitoring/programmes}): a programme, a period and, for analysts and
 * administrators, an organisation; the report's table with its downloads. An operator sees their own
 * organisation: the filter is not offered and an organisation in the query is ignored.
 */
@ReportReads
@Controller
class ProgrammeReportPageController {

    private final ProgrammeReports reports;
    private final ProgrammeReportTables tables;
    private final MonitoringViews views;
    private final Catalogue catalogue;
    private final NetworkManagement network;
    private final MessageSource messages;
    private final Clock clock;

    ProgrammeReportPageController(ProgrammeReports reports, ProgrammeReportTables tables, MonitoringViews views,
            Catalogue catalogue, NetworkManagement network, MessageSource messages, Clock clock) {
        this.reports = reports;
        this.tables = tables;
        this.views = views;
        this.catalogue = catalogue;
        this.network = network;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/monitoring/programmes")
    String page(@RequestParam(required = false) String programme,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) UUID organisationId, CurrentUser caller, Locale locale, Model model) {
        LocalDate today = LocalDate.now(clock);
        LocalDate start = from == null ? today.withDayOfYear(1) : from;
        LocalDate end = to == null ? today : to;
        Optional<OrganisationId> organisation = caller.seesWholeRegion()
                ? Optional.ofNullable(organisationId).map(OrganisationId::new) : Optional.empty();
        List<Programme> programmes = catalogue.programmes().all();
        Map<String, String> choices = new LinkedHashMap<>();
        programmes.forEach(found -> choices.put(found.code(), found.code() + " - " + found.name()));
        String chosen = programme != null && choices.containsKey(programme) ? programme
                : programmes.isEmpty() ? null : programmes.get(0).code();
        model.addAttribute("activeNav", "monitoring");
        model.addAttribute("programmes", choices);
        model.addAttribute("programme", chosen);
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        model.addAttribute("region", caller.seesWholeRegion());
        model.addAttribute("organisationId", organisation.map(OrganisationId::value).orElse(null));
        model.addAttribute("scopeName", views.organisationName(organisation, caller, locale));
        if (caller.seesWholeRegion()) {
            model.addAttribute("organisations", network.serviceOrganisations());
        }
        if (start.isAfter(end)) {
            model.addAttribute("errors", Map.of("to", List.of(messages.getMessage("monitoring.period.to-before-from",
                    null, locale))));
            return "monitoring/programmes";
        }
        if (chosen != null) {
            model.addAttribute("report", tables.json(reports.report(chosen, start, end, organisation, caller)));
            var query = UriComponentsBuilder.newInstance().queryParam("from", start).queryParam("to", end);
            organisation.ifPresent(id -> query.queryParam("organisationId", id.value()));
            model.addAttribute("query", query.build().getQuery());
        }
        return "monitoring/programmes";
    }
}
