package it.retelavoro.monitoring.web;

import it.retelavoro.monitoring.ProgrammeReport;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The programme report as JSON and as the table of its page and downloads, organisations by name. */
@Component
class ProgrammeReportTables {

    private final MonitoringViews views;
    private final MessageSource messages;

    ProgrammeReportTables(MonitoringViews views, MessageSource messages) {
        this.views = views;
        this.messages = messages;
    }

    /** The JSON of {@code GET /api/v1/programmes/{code}/report}: months as {@code yyyy-MM}, amounts in euro. */
    record ReportJson(String programme, String name, BigDecimal hourlyRate, String from, String to,
            UUID organisationId, List<RowJson> rows, BigDecimal hours, BigDecimal amount) {
    }

    record RowJson(UUID organisationId, String organisationName, String month, String service, long deliveries,
            long persons, long minutes, BigDecimal hours, BigDecimal amount) {
    }

    ReportJson json(ProgrammeReport report) {
        Map<UUID, String> names = new LinkedHashMap<>();
        return new ReportJson(report.programme(), report.name(), report.hourlyRate(), report.from().toString(),
                report.to().toString(), report.organisation().orElse(null), report.rows().stream()
                        .map(row -> new RowJson(row.organisationId(),
                                names.computeIfAbsent(row.organisationId(), views::organisationName),
                                row.month().toString(), row.service(), row.deliveries(), row.persons(), row.minutes(),
                                row.hours(), row.amount()))
                        .toList(), report.hours(), report.amount());
    }

    /** One row per organisation, month and service, then the total; hours and amounts as numbers. */
    ExportTable table(ProgrammeReport report, Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        for (RowJson row : json(report).rows()) {
            rows.add(java.util.Arrays.asList(row.month(), row.organisationName(), row.service(), row.deliveries(),
                    row.persons(), row.hours(), row.amount()));
        }
        rows.add(java.util.Arrays.asList(messages.getMessage("monitoring.programme.total", null, locale), null, null,
                null, null, report.hours(), report.amount()));
        List<String> headers = java.util.stream.Stream.of("monitoring.programme.month", "monitoring.records.organisation",
                "monitoring.programme.service", "monitoring.programme.deliveries", "monitoring.programme.persons",
                "monitoring.programme.hours", "monitoring.programme.amount")
                .map(key -> messages.getMessage(key, null, locale)).toList();
        return new ExportTable("programma_" + report.programme() + "_" + report.from() + "_" + report.to(), headers,
                rows);
    }
}
