package it.retelavoro.monitoring;

import it.retelavoro.audit.AuditLog;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.InvalidInputException;
import it.retelavoro.shared.OrganisationId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agenda's indicators beyond the repertorio (issue 16, point 3): convocations sent, attendance and its rate,
 * no-shows, and the days from a DID to the person's first appointment and to their Patto (median and 90th
 * percentile), by organisation and month, with the records behind them. Read from monitoring's own copy
 * ({@link AgendaListeners}) and its Patto facts, one query per measure; definitions in {@code docs/agenda.md}.
 *
 * <p>Who sees what is as for the indicators: an operator their own organisation (another one is refused and audited),
 * analysts and administrators the region or the organisation they name. Reading records is audited.
 */
@Service
@Transactional(readOnly = true)
public class AgendaIndicators {

    /** The most records answered at once: a period that holds more is narrowed by organisation or month. */
    public static final int RECORDS_MAX = 10_000;

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    AgendaIndicators(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The indicators of the period (from and to included) for the organisation or the region.
     *
     * @throws InvalidInputException a date missing, or from after to
     * @throws AccessDeniedException an operator naming another organisation
     */
    public AgendaReport report(LocalDate from, LocalDate to, Optional<OrganisationId> organisation,
            CurrentUser caller) {
        ReportScope.requirePeriod(from, to);
        Optional<UUID> scope = ReportScope.organisation(organisation, caller, audit, "MONITORING_READ")
                .map(OrganisationId::value);
        return compute(from, to, scope);
    }

    AgendaReport compute(LocalDate from, LocalDate to, Optional<UUID> organisation) {
        Map<String, Object> params = new HashMap<>();
        params.put("from", from);
        params.put("to", to);
        organisation.ifPresent(org -> params.put("org", org));
        Map<List<Object>, AgendaReport.Row> rows = new HashMap<>();
        String convocations = """
                select organisation_id as org, date_trunc('month', sent_on)::date as month,
                       grouping(organisation_id) as total, count(*) as sent
                  from monitoring_convocation
                 where sent_on between :from and :to %s
                 group by grouping sets ((organisation_id, date_trunc('month', sent_on)), ())"""
                .formatted(organisation.map(org -> "and organisation_id = :org").orElse(""));
        jdbc.sql(convocations).params(params).query((rs, n) -> {
            merge(rows, rs, row -> row.convocations(rs.getLong("sent")));
            return null;
        }).list();
        String attendance = """
                select organisation_id as org, date_trunc('month', day)::date as month,
                       grouping(organisation_id) as total, count(*) as recorded,
                       count(*) filter (where outcome = 'PRESENT') as present,
                       count(*) filter (where outcome = 'ABSENT_JUSTIFIED') as justified,
                       count(*) filter (where outcome = 'ABSENT_UNJUSTIFIED') as no_shows,
                       count(*) filter (where outcome = 'ABSENT_UNJUSTIFIED' and convoked) as convoked_no_shows
                  from monitoring_attendance
                 where day between :from and :to %s
                 group by grouping sets ((organisation_id, date_trunc('month', day)), ())"""
                .formatted(organisation.map(org -> "and organisation_id = :org").orElse(""));
        jdbc.sql(attendance).params(params).query((rs, n) -> {
            merge(rows, rs, row -> row.attendance(rs.getLong("recorded"), rs.getLong("present"),
                    rs.getLong("justified"), rs.getLong("no_shows"), rs.getLong("convoked_no_shows")));
            return null;
        }).list();
        String dids = """
                with latency as (%s)
                select org, date_trunc('month', declared_on)::date as month, grouping(org) as total,
                       count(*) as dids, count(first_appointment) as with_appointment,
                       percentile_disc(0.5) within group (order by first_appointment - declared_on) as appointment_p50,
                       percentile_disc(0.9) within group (order by first_appointment - declared_on) as appointment_p90,
                       count(pact) as with_pact,
                       percentile_disc(0.5) within group (order by pact - declared_on) as pact_p50,
                       percentile_disc(0.9) within group (order by pact - declared_on) as pact_p90
                  from latency
                 group by grouping sets ((org, date_trunc('month', declared_on)), ())""".formatted(latency(organisation));
        jdbc.sql(dids).params(params).query((rs, n) -> {
            merge(rows, rs, row -> row.dids(rs.getLong("dids"), rs.getLong("with_appointment"),
                    integer(rs, "appointment_p50"), integer(rs, "appointment_p90"), rs.getLong("with_pact"),
                    integer(rs, "pact_p50"), integer(rs, "pact_p90")));
            return null;
        }).list();
        AgendaReport.Row total = rows.getOrDefault(TOTAL, AgendaReport.Row.empty(null, null));
        List<AgendaReport.Row> ordered = rows.entrySet().stream().filter(entry -> !entry.getKey().equals(TOTAL))
                .map(Map.Entry::getValue)
                .sorted(Comparator.comparing((AgendaReport.Row row) -> row.organisationId().toString())
                        .thenComparing(AgendaReport.Row::month))
                .toList();
        return new AgendaReport(from, to, organisation, LocalDate.now(clock), ordered, total);
    }

    /**
     * Per DID declared in the period, of the organisation it counts for (the certifying CPI, else the declaring one):
     * the day of the person's first appointment not cancelled on or after the DID, and of their first Patto signed on
     * or after it (a fact not reversed).
     */
    private static String latency(Optional<UUID> organisation) {
        return """
                select d.did_id, d.person_id, coalesce(d.cpi_id, d.organisation_id) as org, d.declared_on,
                       (select min(a.start_day) from monitoring_appointment_person p
                          join monitoring_appointment a on a.appointment_id = p.appointment_id
                         where p.person_id = d.person_id and not a.cancelled and a.start_day >= d.declared_on)
                           as first_appointment,
                       (select min(f.fact_date) from monitoring_fact f
                         where f.person_id = d.person_id and f.kind = 'PACT_SIGNED' and f.reversed_at is null
                           and f.fact_date >= d.declared_on) as pact
                  from monitoring_did d
                 where d.declared_on between :from and :to %s"""
                .formatted(organisation.map(org -> "and coalesce(d.cpi_id, d.organisation_id) = :org").orElse(""));
    }

    private static final List<Object> TOTAL = List.of("total");

    private interface RowChange {
        AgendaReport.Row apply(AgendaReport.Row row) throws SQLException;
    }

    private static void merge(Map<List<Object>, AgendaReport.Row> rows, ResultSet rs, RowChange change)
            throws SQLException {
        boolean total = rs.getInt("total") == 1;
        UUID org = total ? null : rs.getObject("org", UUID.class);
        LocalDate month = total ? null : rs.getObject("month", LocalDate.class);
        List<Object> key = total ? TOTAL : List.of(org, month);
        AgendaReport.Row row = rows.getOrDefault(key, AgendaReport.Row.empty(org, month));
        rows.put(key, change.apply(row));
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    /**
     * The records behind a measure over the period, for the organisation or the region, in the order of their day;
     * audited.
     *
     * @throws InvalidInputException a date missing, from after to, or more than {@link #RECORDS_MAX} records
     * @throws AccessDeniedException an operator naming another organisation
     */
    public List<AgendaRecord> records(AgendaMeasure measure, LocalDate from, LocalDate to,
            Optional<OrganisationId> organisation, CurrentUser caller) {
        ReportScope.requirePeriod(from, to);
        Optional<UUID> scope = ReportScope.organisation(organisation, caller, audit, "MONITORING_RECORDS_READ")
                .map(OrganisationId::value);
        Map<String, Object> params = new HashMap<>();
        params.put("from", from);
        params.put("to", to);
        params.put("limit", RECORDS_MAX + 1);
        scope.ifPresent(org -> params.put("org", org));
        String own = scope.map(org -> " and organisation_id = :org").orElse("");
        List<AgendaRecord> records = switch (measure) {
            case CONVOCATIONS -> jdbc.sql("""
                    select convocation_id, appointment_id, person_id, organisation_id, sent_on, channel
                      from monitoring_convocation where sent_on between :from and :to%s
                     order by sent_on, organisation_id, convocation_id limit :limit""".formatted(own))
                    .params(params).query((rs, n) -> new AgendaRecord(measure, rs.getObject(1, UUID.class),
                            rs.getObject(2, UUID.class), rs.getObject(3, UUID.class), rs.getObject(4, UUID.class),
                            rs.getObject(5, LocalDate.class), rs.getString(6), null, null, null, null, null))
                    .list();
            case ATTENDANCE -> jdbc.sql("""
                    select appointment_id, person_id, organisation_id, day, outcome, convoked
                      from monitoring_attendance where day between :from and :to%s
                     order by day, organisation_id, appointment_id, person_id limit :limit""".formatted(own))
                    .params(params).query((rs, n) -> new AgendaRecord(measure, rs.getObject(1, UUID.class),
                            rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                            rs.getObject(4, LocalDate.class), rs.getString(5), rs.getBoolean(6), null, null, null,
                            null))
                    .list();
            case DIDS -> jdbc.sql("""
                    select did_id, person_id, org, declared_on, first_appointment,
                           first_appointment - declared_on as to_appointment, pact, pact - declared_on as to_pact
                      from (%s) latency
                     order by declared_on, org, did_id limit :limit""".formatted(latency(scope)))
                    .params(params).query((rs, n) -> new AgendaRecord(measure, rs.getObject(1, UUID.class), null,
                            rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                            rs.getObject(4, LocalDate.class), null, null, rs.getObject(5, LocalDate.class),
                            integer(rs, "to_appointment"), rs.getObject(7, LocalDate.class), integer(rs, "to_pact")))
                    .list();
        };
        if (records.size() > RECORDS_MAX) {
            throw InvalidInputException.of("to", "monitoring.agenda.records.too-many", RECORDS_MAX);
        }
        audit.success("MONITORING_RECORDS_READ", "INDICATOR", null,
                "agenda=" + measure.parameter() + " records=" + records.size());
        return new ArrayList<>(records);
    }
}
