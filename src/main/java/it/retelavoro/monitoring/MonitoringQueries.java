package it.retelavoro.monitoring;

import it.retelavoro.audit.AuditLog;
import it.retelavoro.catalogue.Catalogue;
import it.retelavoro.catalogue.CatalogueVersion;
import it.retelavoro.catalogue.Indicator;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.InvalidInputException;
import it.retelavoro.shared.NotFoundException;
import it.retelavoro.shared.OrganisationId;
import it.retelavoro.shared.Role;
import java.sql.Array;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The indicators of the repertorio over a period (from and to included, on the day of each event), for
 * an organisation or the region, with the records behind each value and the coherence of 6.2 and 10.1.
 *
 * <p>Who sees what: an operator sees their own organisation and is refused another one; administrators and
 * analysts see the region, or one organisation when they name it.
 */
@Service
@Transactional(readOnly = true)
public class MonitoringQueries {

    private static final String INDICATOR = "INDICATOR";

    private final JdbcClient jdbc;
    private final Catalogue catalogue;
    private final FactStore facts;
    private final AuditLog audit;

    MonitoringQueries(JdbcClient jdbc, Catalogue catalogue, FactStore facts, AuditLog audit) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.facts = facts;
        this.audit = audit;
    }

    /**
     * Every indicator of the catalogue version in force at the end of the period, in its order, with its
     * value; an indicator the read model does not define counts zero.
     *
     * @throws InvalidInputException a date missing or from after to
     */
    public List<IndicatorValue> values(LocalDate from, LocalDate to, Optional<OrganisationId> organisation,
            CurrentUser caller) {
        requirePeriod(from, to);
        Optional<OrganisationId> scope = scope(organisation, caller);
        Map<String, Long> counted = count(IndicatorDefinition.ALL, from, to, scope);
        return codes(to).stream().map(code -> new IndicatorValue(code, counted.getOrDefault(code, 0L))).toList();
    }

    /** The codes of the indicators, in the catalogue's order (the version in force on the day). */
    public List<String> codes(LocalDate day) {
        Optional<CatalogueVersion> version = catalogue.inForceOn(day).or(catalogue::current);
        return version.map(found -> found.indicators().stream().map(Indicator::code).toList())
                .orElseGet(() -> IndicatorDefinition.ALL.stream().map(IndicatorDefinition::code).toList());
    }

    /** Whether an indicator's records name the Comunicazioni Obbligatorie behind them: the hires (6.4, 10.3). */
    public static boolean recordsNameCos(String code) {
        IndicatorDefinition definition = IndicatorDefinition.BY_CODE.get(code);
        return definition != null && definition.kind() == FactKind.CONTRACT_STARTED;
    }

    /**
     * The records behind one indicator's value: one per counted subject and organisation. The read is
     * audited, as the records name persons by id.
     *
     * @throws NotFoundException     unknown indicator code
     * @throws InvalidInputException a date missing or from after to
     */
    @Transactional
    public List<IndicatorRecord> records(String code, LocalDate from, LocalDate to,
            Optional<OrganisationId> organisation, CurrentUser caller) {
        return records(code, from, to, organisation, List.of(), caller);
    }

    /**
     * The records behind one value of a breakdown. The records behind a breakdown by complex target are never
     * listed: a value and its records together would tell who has a special category (GDPR art. 9).
     *
     * @throws SpecialCategoryRecordsRefused when the breakdown includes the complex target
     */
    @Transactional
    public List<IndicatorRecord> records(String code, LocalDate from, LocalDate to,
            Optional<OrganisationId> organisation, List<Dimension> breakdown, CurrentUser caller) {
        if (breakdown.contains(Dimension.COMPLEX_TARGET)) {
            audit.denied("MONITORING_RECORDS_READ", INDICATOR, null);
            throw new SpecialCategoryRecordsRefused();
        }
        IndicatorDefinition definition = Optional.ofNullable(IndicatorDefinition.BY_CODE.get(code))
                .orElseThrow(() -> new NotFoundException("indicator", code));
        requirePeriod(from, to);
        Optional<OrganisationId> scope = scope(organisation, caller);
        BoundSql sql = IndicatorDefinition.union(List.of(definition), period("f"),
                found -> ", f.programme, f.co_code").within("select f.organisation_id, f.subject,"
                        + " array_agg(distinct f.fact_date order by f.fact_date) as days,"
                        + " array_remove(array_agg(distinct f.programme order by f.programme), null) as programmes,"
                        + " array_remove(array_agg(distinct f.co_code order by f.co_code), null) as co_codes,"
                        + " bool_or(f.subject like 'anon:%') as anonymous from (",
                ") f" + scope.map(org -> " where f.organisation_id = :org").orElse("")
                        + " group by f.organisation_id, f.subject order by min(f.fact_date), f.subject");
        var statement = sql.on(jdbc).param("from", from).param("to", to);
        if (scope.isPresent()) {
            statement = statement.param("org", scope.get().value());
        }
        List<IndicatorRecord> records = statement.query((rs, row) -> {
            String subject = rs.getString("subject");
            boolean anonymous = rs.getBoolean("anonymous");
            return new IndicatorRecord(code, anonymous ? "ANONYMOUS_VISITOR" : definition.subject().name(),
                    UUID.fromString(anonymous ? subject.substring("anon:".length()) : subject),
                    rs.getObject("organisation_id", UUID.class), dates(rs.getArray("days")),
                    List.of((String[]) rs.getArray("programmes").getArray()),
                    List.of((String[]) rs.getArray("co_codes").getArray()));
        }).list();
        audit.success("MONITORING_RECORDS_READ", INDICATOR, code,
                "from=" + from + " to=" + to + scope.map(org -> " organisation=" + org.value()).orElse(""));
        return records;
    }

    /**
     * The indicators broken down by the dimensions, one value per code and combination met in the period
     * (combinations with no fact are absent). Read from the facts.
     *
     * @throws InvalidInputException a date missing, from after to, or no dimension
     */
    public List<GroupValue> groups(LocalDate from, LocalDate to, Optional<OrganisationId> organisation,
            List<Dimension> dimensions, CurrentUser caller) {
        requirePeriod(from, to);
        if (dimensions.isEmpty()) {
            throw InvalidInputException.of("groupBy", "validation.required");
        }
        if (!dimensions.stream().allMatch(dimension -> dimension.isVisibleTo(caller))) {
            audit.denied("MONITORING_GROUPS", "INDICATOR", null);
            throw new AccessDeniedException("Scomposizione riservata all'analisi regionale");
        }
        Optional<OrganisationId> scope = scope(organisation, caller);
        boolean specialCategories = dimensions.contains(Dimension.COMPLEX_TARGET);
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < dimensions.size(); i++) {
            names.append(", d").append(i);
        }
        BoundSql sql = IndicatorDefinition.union(IndicatorDefinition.ALL, period("f"), definition -> {
            StringBuilder columns = new StringBuilder();
            for (int i = 0; i < dimensions.size(); i++) {
                columns.append(", ").append(dimensions.get(i).column(definition)).append(" as d").append(i);
            }
            return columns.toString();
        }).within("select code" + names + ", count(distinct subject) as value from (", ") x"
                + scope.map(org -> " where organisation_id = :org").orElse("") + " group by code" + names);
        var statement = sql.on(jdbc).param("from", from).param("to", to);
        if (scope.isPresent()) {
            statement = statement.param("org", scope.get().value());
        }
        if (dimensions.contains(Dimension.PROVINCE)) {
            statement = statement.param(ProvinceAttribution.DELIVERY_KINDS, ProvinceAttribution.deliveryKinds());
        }
        List<String> order = codes(to);
        return statement.query((rs, row) -> {
            Map<String, String> group = new LinkedHashMap<>();
            for (int i = 0; i < dimensions.size(); i++) {
                group.put(dimensions.get(i).parameter(), rs.getString("d" + i));
            }
            return GroupValue.of(rs.getString("code"), group, rs.getLong("value"), specialCategories);
        }).list().stream()
                .sorted(java.util.Comparator.comparingInt((GroupValue value) -> order.indexOf(value.code()))
                        .thenComparing(value -> value.group().toString()))
                .toList();
    }

    /**
     * 6.2 and 10.1 per organisation and the referrals across organisations, in the period; an operator
     * sees their organisation's row and the cross referrals it is part of.
     */
    public CoherenceReport coherence(LocalDate from, LocalDate to, CurrentUser caller) {
        requirePeriod(from, to);
        Optional<OrganisationId> scope = scope(Optional.empty(), caller);
        List<IndicatorDefinition> pair = List.of(IndicatorDefinition.BY_CODE.get("6.2"),
                IndicatorDefinition.BY_CODE.get("10.1"));
        Map<UUID, long[]> rows = new LinkedHashMap<>();
        IndicatorDefinition.union(pair, period("f"))
                .within("select code, organisation_id, count(distinct subject) as value from (",
                        ") x group by code, organisation_id order by organisation_id")
                .on(jdbc).param("from", from).param("to", to)
                .query((rs, row) -> {
                    long[] values = rows.computeIfAbsent(rs.getObject("organisation_id", UUID.class),
                            key -> new long[2]);
                    values["6.2".equals(rs.getString("code")) ? 0 : 1] = rs.getLong("value");
                    return null;
                }).list();
        List<CoherenceReport.Row> organisations = new ArrayList<>();
        rows.forEach((org, values) -> {
            if (scope.isEmpty() || scope.get().value().equals(org)) {
                organisations.add(new CoherenceReport.Row(org, values[0], values[1]));
            }
        });
        List<CoherenceReport.CrossReferral> cross = jdbc.sql("""
                        select item_id, fact_date, person_id, organisation_id, employer_id, counterpart_organisation_id
                        from monitoring_fact
                        where kind = :kind and fact_date between :from and :to and reversed_at is null
                          and organisation_id <> counterpart_organisation_id
                        order by fact_date, item_id""")
                .param("kind", FactKind.REFERRAL.name()).param("from", from).param("to", to)
                .query((rs, row) -> new CoherenceReport.CrossReferral(rs.getObject(1, UUID.class),
                        rs.getObject(2, LocalDate.class), rs.getObject(3, UUID.class), rs.getObject(4, UUID.class),
                        rs.getObject(5, UUID.class), rs.getObject(6, UUID.class)))
                .list().stream()
                .filter(referral -> scope.isEmpty() || scope.get().value().equals(referral.personOrganisationId())
                        || scope.get().value().equals(referral.vacancyOrganisationId()))
                .toList();
        Long region = scope.isPresent() ? null
                : count(List.of(pair.get(0)), from, to, Optional.empty()).getOrDefault("6.2", 0L);
        return new CoherenceReport(from, to, region, organisations, cross);
    }

    /**
     * Recomputes the aggregate of the read model from its facts, from scratch. Administrators only.
     *
     * @return the rows of the rebuilt aggregate
     */
    @Transactional
    public long rebuild(CurrentUser caller) {
        if (caller.role() != Role.ADMIN) {
            audit.denied("MONITORING_REBUILD", INDICATOR, null);
            throw new AccessDeniedException("only an administrator rebuilds the read model");
        }
        long rows = facts.rebuild();
        audit.success("MONITORING_REBUILD", INDICATOR, null, "rows=" + rows);
        return rows;
    }

    /**
     * Distinct subjects per code. A calendar month or year is read from the counts kept per scope; any other
     * period from the steps of the period index (ADR 0005), exact and without reading a subject.
     */
    private Map<String, Long> count(List<IndicatorDefinition> definitions, LocalDate from, LocalDate to,
            Optional<OrganisationId> scope) {
        UUID scopeId = scope.map(OrganisationId::value).orElse(FactStore.REGION);
        List<String> codes = definitions.stream().map(IndicatorDefinition::code).toList();
        Map<String, Long> values = new HashMap<>();
        Optional<String> grain = calendarGrain(from, to);
        if (grain.isPresent()) {
            jdbc.sql("select code, value from monitoring_count where code in (:codes) and grain = :grain"
                            + " and period_start = :from and scope = :scope")
                    .param("codes", codes).param("grain", grain.get()).param("from", from).param("scope", scopeId)
                    .query((rs, row) -> values.put(rs.getString("code"), rs.getLong("value"))).list();
            return values;
        }
        return facts.count(codes, from, to, scopeId);
    }

    /** M for a period that is one calendar month, Y for one calendar year. */
    private static Optional<String> calendarGrain(LocalDate from, LocalDate to) {
        if (from.getDayOfYear() == 1 && to.equals(from.plusYears(1).minusDays(1))) {
            return Optional.of("Y");
        }
        if (from.getDayOfMonth() == 1 && to.equals(from.plusMonths(1).minusDays(1))) {
            return Optional.of("M");
        }
        return Optional.empty();
    }

    private static String period(String alias) {
        return alias + ".fact_date between :from and :to";
    }

    private Optional<OrganisationId> scope(Optional<OrganisationId> asked, CurrentUser caller) {
        return ReportScope.organisation(asked, caller, audit, "MONITORING_READ");
    }

    private static void requirePeriod(LocalDate from, LocalDate to) {
        ReportScope.requirePeriod(from, to);
    }

    private static List<LocalDate> dates(Array array) throws SQLException {
        List<LocalDate> days = new ArrayList<>();
        try (var rs = array.getResultSet()) {
            while (rs.next()) {
                days.add(rs.getObject(2, LocalDate.class));
            }
        }
        return days;
    }
}
