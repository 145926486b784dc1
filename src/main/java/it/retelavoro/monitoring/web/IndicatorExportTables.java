package it.retelavoro.monitoring.web;

import it.retelavoro.audit.AuditLog;
import it.retelavoro.monitoring.Dimension;
import it.retelavoro.monitoring.IndicatorRecord;
import it.retelavoro.monitoring.MonitoringQueries;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.OrganisationId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The indicators' downloads (CSV and XLSX, {@link IndicatorExportController}): the values, with or without a
 * breakdown, the monthly trend and the drill-down records, as the pages show them ({@link MonitoringViews}).
 */
@Component
class IndicatorExportTables {

    private final MonitoringViews views;
    private final MonitoringQueries monitoring;
    private final MessageSource messages;
    private final AuditLog audit;

    IndicatorExportTables(MonitoringViews views, MonitoringQueries monitoring, MessageSource messages,
            AuditLog audit) {
        this.views = views;
        this.monitoring = monitoring;
        this.messages = messages;
        this.audit = audit;
    }

    /** The period as the file names say it. */
    private static String period(LocalDate from, LocalDate to) {
        return from + "_" + to;
    }

    ExportTable indicatorTable(LocalDate from, LocalDate to, Optional<OrganisationId> organisation,
            Optional<Dimension> dimension, CurrentUser caller, Locale locale) {
        String scope = views.organisationName(organisation, caller, locale);
        if (dimension.isEmpty()) {
            List<List<Object>> rows = views.lines(from, to, organisation, caller).stream()
                    .map(line -> List.<Object>of(from, to, scope, line.code(), line.label(), line.value()))
                    .toList();
            return new ExportTable("indicatori_" + period(from, to), headers(locale, "monitoring.export.from",
                    "monitoring.export.to", "monitoring.export.scope", "monitoring.code", "monitoring.indicator",
                    "monitoring.value"), rows);
        }
        // A special-category breakdown says which values are suppressed, as the open data does.
        boolean protectedCells = dimension.get() == Dimension.COMPLEX_TARGET;
        List<List<Object>> rows = views.groupLines(from, to, organisation, dimension.get(), caller, locale).stream()
                .map(line -> {
                    List<Object> row = new ArrayList<>(Arrays.asList(from, to, scope, line.code(), line.label(),
                            line.group(), line.value()));
                    if (protectedCells) {
                        row.add(line.suppressed());
                    }
                    return row;
                })
                .toList();
        List<String> headers = new ArrayList<>(headers(locale, "monitoring.export.from", "monitoring.export.to",
                "monitoring.export.scope", "monitoring.code", "monitoring.indicator"));
        headers.add(messages.getMessage("monitoring.dimension." + dimension.get().parameter(), null, locale));
        headers.add(messages.getMessage("monitoring.value", null, locale));
        if (protectedCells) {
            headers.add(messages.getMessage("monitoring.export.suppressed", null, locale));
        }
        return new ExportTable("indicatori_" + dimension.get().parameter() + "_" + period(from, to), headers, rows);
    }

    ExportTable trendTable(LocalDate from, LocalDate to, Optional<OrganisationId> organisation, CurrentUser caller,
            Locale locale) {
        MonitoringViews.Trend trend = views.trend(from, to, organisation, caller);
        List<String> headers = new ArrayList<>(headers(locale, "monitoring.code", "monitoring.indicator"));
        trend.months().forEach(month -> headers.add(month.toString()));
        List<List<Object>> rows = trend.lines().stream().map(line -> {
            List<Object> row = new ArrayList<>();
            row.add(line.code());
            row.add(line.label());
            row.addAll(line.values());
            return row;
        }).toList();
        return new ExportTable("andamento_mensile_" + period(from, to), headers, rows);
    }

    /** The drill-down records, with what the records API shows and nothing more. */
    ExportTable recordsTable(String code, LocalDate from, LocalDate to, Optional<OrganisationId> organisation,
            List<Dimension> breakdown, CurrentUser caller, Locale locale) {
        List<IndicatorRecord> records = monitoring.records(code, from, to, organisation, breakdown, caller);
        Map<UUID, String> names = new LinkedHashMap<>();
        boolean namesCos = MonitoringQueries.recordsNameCos(code);
        List<List<Object>> rows = records.stream().map(record -> {
            List<Object> row = new ArrayList<>(List.of(record.code(),
                    messages.getMessage("monitoring.subject." + record.subjectType(), null, locale),
                    record.subjectId().toString(),
                    names.computeIfAbsent(record.organisationId(), views::organisationName),
                    record.dates().stream().map(LocalDate::toString).collect(Collectors.joining(" ")),
                    String.join(" ", record.programmes())));
            if (namesCos) {
                row.add(String.join(" ", record.coCodes()));
            }
            return row;
        }).toList();
        List<String> headers = new ArrayList<>(headers(locale, "monitoring.code", "monitoring.records.subject-type",
                "monitoring.records.subject", "monitoring.records.organisation"));
        headers.add(views.recordDateHeading(code, to, locale));
        headers.add(messages.getMessage("monitoring.records.programmes", null, locale));
        if (namesCos) {
            headers.add(messages.getMessage("monitoring.records.co-codes", null, locale));
        }
        return new ExportTable("indicatore_" + code.replace('.', '_') + "_record_" + period(from, to), headers, rows);
    }

    /** Records the download of drill-down records, which name persons and companies by id. */
    void auditRecordsExport(String code, String format, ExportTable table, LocalDate from, LocalDate to,
            Optional<OrganisationId> organisation) {
        audit.success("MONITORING_RECORDS_EXPORTED", "INDICATOR", code, "format=" + format + " rows="
                + table.rows().size() + " from=" + from + " to=" + to
                + organisation.map(id -> " organisation=" + id.value()).orElse(""));
    }

    private List<String> headers(Locale locale, String... keys) {
        return Arrays.stream(keys).map(key -> messages.getMessage(key, null, locale)).toList();
    }
}
