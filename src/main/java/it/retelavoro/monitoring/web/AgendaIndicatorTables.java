package it.retelavoro.monitoring.web;

import it.retelavoro.monitoring.AgendaRecord;
import it.retelavoro.monitoring.AgendaReport;
import it.retelavoro.monitoring.Dimension;
import it.retelavoro.shared.OrganisationId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The agenda's indicators as JSON, and as the lines of their page and of their downloads, built once so that a
 * download holds what the page shows; organisations by name on the page and in the files.
 */
@Component
class AgendaIndicatorTables {

    private final MonitoringViews views;
    private final MessageSource messages;

    AgendaIndicatorTables(MonitoringViews views, MessageSource messages) {
        this.views = views;
        this.messages = messages;
    }

    /** The JSON of {@code GET /api/v1/agenda-indicators}. */
    record ReportJson(String from, String to, UUID organisationId, String asOf, List<RowJson> rows, RowJson total) {
    }

    /**
     * One organisation's month, or the total (organisation and month null). {@code attendanceRate} between 0 and 1,
     * null when no attendance was recorded; days null when no DID of the row reached a first appointment (a Patto).
     */
    record RowJson(UUID organisationId, String month, long convocationsSent, long attendanceRecorded, long present,
            long absentJustified, long noShows, long convokedNoShows, BigDecimal attendanceRate, long dids,
            long withAppointment, Integer daysToAppointmentMedian, Integer daysToAppointmentP90, long withPact,
            Integer daysToPactMedian, Integer daysToPactP90) {
    }

    ReportJson json(AgendaReport report) {
        return new ReportJson(report.from().toString(), report.to().toString(), report.organisation().orElse(null),
                report.asOf().toString(), report.rows().stream().map(AgendaIndicatorTables::row).toList(),
                row(report.total()));
    }

    private static RowJson row(AgendaReport.Row row) {
        return new RowJson(row.organisationId(), row.month() == null ? null : YearMonth.from(row.month()).toString(),
                row.convocationsSent(), row.attendanceRecorded(), row.present(), row.absentJustified(), row.noShows(),
                row.convokedNoShows(), row.attendanceRate().orElse(null), row.dids(), row.withAppointment(),
                row.daysToAppointmentMedian(), row.daysToAppointmentP90(), row.withPact(), row.daysToPactMedian(),
                row.daysToPactP90());
    }

    /**
     * A row of the page: the organisation's name and the month as a reader says them, the rate in percent to one
     * decimal (null without attendance), and the query of its records: the month within the report's period.
     */
    record Line(String organisation, String month, String query, AgendaReport.Row row, BigDecimal ratePercent) {
    }

    List<Line> lines(AgendaReport report, Locale locale) {
        Map<UUID, String> names = new HashMap<>();
        List<Line> lines = new ArrayList<>();
        for (AgendaReport.Row row : report.rows()) {
            String name = names.computeIfAbsent(row.organisationId(), id ->
                    views.groupLabel(Dimension.ORGANISATION, id.toString(), locale));
            LocalDate first = row.month().isBefore(report.from()) ? report.from() : row.month();
            LocalDate end = YearMonth.from(row.month()).atEndOfMonth();
            lines.add(new Line(name, month(row.month(), locale), MonitoringViews.query(first,
                    end.isAfter(report.to()) ? report.to() : end, Optional.of(new OrganisationId(row.organisationId()))),
                    row, rate(row)));
        }
        return lines;
    }

    Line total(AgendaReport report, Locale locale) {
        return new Line(messages.getMessage("monitoring.agenda.total", null, locale), "",
                MonitoringViews.query(report.from(), report.to(), report.organisation().map(OrganisationId::new)),
                report.total(), rate(report.total()));
    }

    private static String month(LocalDate month, Locale locale) {
        String name = month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale);
        return name.substring(0, 1).toUpperCase(locale) + name.substring(1) + " " + month.getYear();
    }

    private static BigDecimal rate(AgendaReport.Row row) {
        return row.attendanceRate().map(share -> share.movePointRight(2).setScale(1, RoundingMode.HALF_UP))
                .orElse(null);
    }

    /** One row per organisation and month, then the total; what is not available is an empty cell (not 0). */
    ExportTable table(AgendaReport report, Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        List<Line> lines = new ArrayList<>(lines(report, locale));
        lines.add(total(report, locale));
        for (Line line : lines) {
            AgendaReport.Row row = line.row();
            rows.add(Arrays.asList(line.organisation(), row.month() == null ? null
                            : YearMonth.from(row.month()).toString(), row.convocationsSent(), row.attendanceRecorded(),
                    row.present(), line.ratePercent(), row.absentJustified(), row.noShows(), row.convokedNoShows(),
                    row.dids(), row.withAppointment(), number(row.daysToAppointmentMedian()),
                    number(row.daysToAppointmentP90()), row.withPact(), number(row.daysToPactMedian()),
                    number(row.daysToPactP90())));
        }
        List<String> headers = List.of("organisation", "month", "convocations", "attendance", "present", "rate",
                        "justified", "no-shows", "convoked-no-shows", "dids", "with-appointment",
                        "appointment-median", "appointment-p90", "with-pact", "pact-median", "pact-p90").stream()
                .map(key -> messages.getMessage("monitoring.agenda.column." + key, null, locale)).toList();
        return new ExportTable("indicatori_agenda_" + report.from() + "_" + report.to(), headers, rows);
    }

    private static Long number(Integer value) {
        return value == null ? null : value.longValue();
    }

    /** The records of a measure as a download: ids, days and codes, the columns the measure has. */
    ExportTable records(String measure, List<AgendaRecord> records, LocalDate from, LocalDate to, Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        for (AgendaRecord record : records) {
            rows.add(Arrays.asList(text(record.id()), text(record.appointmentId()), text(record.personId()),
                    text(record.organisationId()), record.day(), record.detail(),
                    record.convoked() == null ? null : messages.getMessage(record.convoked() ? "common.yes" : "common.no", null,
                            locale), record.firstAppointment(), number(record.daysToAppointment()),
                    record.pactSigned(), number(record.daysToPact())));
        }
        List<String> headers = List.of("id", "appointment", "person", "organisation", "day", "detail", "convoked",
                        "first-appointment", "days-to-appointment", "pact", "days-to-pact").stream()
                .map(key -> messages.getMessage("monitoring.agenda.record." + key, null, locale)).toList();
        return new ExportTable("indicatori_agenda_" + measure + "_" + from.format(DateTimeFormatter.ISO_DATE) + "_"
                + to.format(DateTimeFormatter.ISO_DATE), headers, rows);
    }

    private static String text(UUID id) {
        return id == null ? null : id.toString();
    }
}
