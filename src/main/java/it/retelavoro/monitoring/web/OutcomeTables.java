package it.retelavoro.monitoring.web;

import it.retelavoro.monitoring.Dimension;
import it.retelavoro.monitoring.OutcomeCohort;
import it.retelavoro.monitoring.OutcomeReport;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The outcome report as JSON, and as the lines of its page and of its downloads: built once, so that a download holds
 * what the page shows. Groups by name (organisations, ages, sexes as a reader knows them) on the page and the files.
 */
@Component
class OutcomeTables {

    private final MonitoringViews views;
    private final MessageSource messages;

    OutcomeTables(MonitoringViews views, MessageSource messages) {
        this.views = views;
        this.messages = messages;
    }

    /** The JSON of {@code GET /api/v1/outcomes}; a group's dimension without a value is left out of its map. */
    record ReportJson(String from, String to, UUID organisationId, List<String> groupBy, String asOf,
            List<CohortJson> cohorts) {
    }

    /** A cohort: its indicator, its total and its groups (only with groupBy). */
    record CohortJson(OutcomeCohort cohort, String indicator, GroupJson total, List<GroupJson> groups) {
    }

    record GroupJson(Map<String, String> group, long size, List<HorizonJson> horizons) {
    }

    /**
     * One horizon: {@code available} false (and the counts of employed and the shares null, left out of the JSON)
     * while no member reached it; shares between 0 and 1, to four decimals, over the members observed.
     */
    record HorizonJson(int months, boolean available, long observed, Long employed, BigDecimal share,
            Long employedSixMonths, BigDecimal shareSixMonths) {
    }

    ReportJson json(OutcomeReport report) {
        return new ReportJson(report.from().toString(), report.to().toString(), report.organisation().orElse(null),
                report.groupBy().stream().map(Dimension::parameter).toList(), report.asOf().toString(),
                report.cohorts().stream().map(cohort -> new CohortJson(cohort.cohort(), cohort.cohort().indicator(),
                        group(cohort.total()), cohort.groups().stream().map(OutcomeTables::group).toList())).toList());
    }

    private static GroupJson group(OutcomeReport.Group group) {
        return new GroupJson(group.group(), group.size(), group.horizons().stream()
                .map(horizon -> new HorizonJson(horizon.months(), horizon.available(), horizon.observed(),
                        horizon.available() ? horizon.employed() : null, horizon.share().orElse(null),
                        horizon.available() ? horizon.employedSixMonths() : null,
                        horizon.shareSixMonths().orElse(null)))
                .toList());
    }

    /** A cohort on the page: its lines, the total's first; {@code key} names its messages and its table. */
    record CohortView(OutcomeCohort cohort, String key, List<Line> lines) {

        /** Whether some horizon is observed: otherwise there is nothing to draw. */
        public boolean observed() {
            return lines.stream().anyMatch(Line::available);
        }
    }

    /**
     * One group at one horizon, as the page and the files show it.
     *
     * @param group    the group's name, or the total's
     * @param label    the bar's name in the chart: group and horizon
     * @param percent  employed over observed in percent, to one decimal; null when not available
     */
    record Line(String group, String label, int months, long size, boolean available, long observed, long employed,
            BigDecimal percent, long employedSixMonths, BigDecimal percentSixMonths) {
    }

    List<CohortView> view(OutcomeReport report, Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        return report.cohorts().stream().map(cohort -> {
            List<Line> lines = new ArrayList<>(lines(cohort.total(),
                    messages.getMessage("monitoring.outcomes.total", null, locale), locale));
            for (OutcomeReport.Group group : cohort.groups()) {
                String name = group.group().entrySet().stream()
                        .map(entry -> names.computeIfAbsent(entry.getKey() + "=" + entry.getValue(),
                                key -> views.groupLabel(Dimension.fromParameter(entry.getKey()).orElseThrow(),
                                        entry.getValue(), locale)))
                        .collect(Collectors.joining(" - "));
                lines.addAll(lines(group, name, locale));
            }
            return new CohortView(cohort.cohort(), cohort.cohort().name().toLowerCase(Locale.ROOT), lines);
        }).toList();
    }

    private List<Line> lines(OutcomeReport.Group group, String name, Locale locale) {
        return group.horizons().stream().map(horizon -> new Line(name,
                messages.getMessage("monitoring.outcomes.chart-label", new Object[] {name, horizon.months()}, locale),
                horizon.months(), group.size(), horizon.available(), horizon.observed(), horizon.employed(),
                horizon.share().map(OutcomeTables::percent).orElse(null), horizon.employedSixMonths(),
                horizon.shareSixMonths().map(OutcomeTables::percent).orElse(null))).toList();
    }

    private static BigDecimal percent(BigDecimal share) {
        return share.movePointRight(2).setScale(1, RoundingMode.HALF_UP);
    }

    /**
     * One row per cohort, group and horizon, the totals first; a horizon not yet observed has its counts of employed
     * and its shares empty (not 0).
     */
    ExportTable table(OutcomeReport report, Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        for (CohortView cohort : view(report, locale)) {
            String name = messages.getMessage("monitoring.outcomes.cohort." + cohort.key(), null, locale);
            for (Line line : cohort.lines()) {
                rows.add(Arrays.asList(name, line.group(), line.months(), line.size(), line.observed(),
                        line.available() ? line.employed() : null, line.percent(),
                        line.available() ? line.employedSixMonths() : null, line.percentSixMonths()));
            }
        }
        List<String> headers = java.util.stream.Stream.of("monitoring.outcomes.cohort", "monitoring.outcomes.group",
                        "monitoring.outcomes.months", "monitoring.outcomes.size", "monitoring.outcomes.observed",
                        "monitoring.outcomes.employed", "monitoring.outcomes.share",
                        "monitoring.outcomes.employed-six-months", "monitoring.outcomes.share-six-months")
                .map(key -> messages.getMessage(key, null, locale)).toList();
        return new ExportTable("esiti_occupazionali_" + report.from() + "_" + report.to()
                + (report.groupBy().isEmpty() ? "" : "_" + report.groupBy().stream().map(Dimension::parameter)
                        .collect(Collectors.joining("_"))), headers, rows);
    }
}
