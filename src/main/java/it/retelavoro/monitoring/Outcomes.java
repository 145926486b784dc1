package it.retelavoro.monitoring;

import it.retelavoro.audit.AuditLog;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.InvalidInputException;
import it.retelavoro.shared.OrganisationId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
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
 * What people actually got (issue 15, point 4): the employment outcomes of the persons who signed a Patto, of the
 * persons referred to a selection interview and of the internships, as the Comunicazioni Obbligatorie tell them.
 * Read from monitoring's own facts and its own copy of the CO employments ({@code monitoring_employment}), in one
 * query per cohort; the definitions are in {@link OutcomeCohort} and {@code docs/outcomes.md}.
 *
 * <p>Who sees what is as for the indicators: an operator their own organisation (another one is refused and
 * audited), analysts and administrators the region or the organisation they name.
 */
@Service
@Transactional(readOnly = true)
public class Outcomes {

    /** The dimensions the outcomes can be broken down by, in the order the pages offer them. */
    public static final List<Dimension> DIMENSIONS = List.of(Dimension.ORGANISATION, Dimension.PROGRAMME,
            Dimension.PROVINCE, Dimension.SEX, Dimension.AGE_BAND, Dimension.CITIZENSHIP_GROUP);

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    Outcomes(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The outcomes of the cohorts of the period (from and to included), for the organisation or the region, broken
     * down by the dimensions when some are given, read today.
     *
     * @throws InvalidInputException  a date missing, from after to, or a dimension the outcomes are not broken down by
     * @throws AccessDeniedException  an operator naming another organisation
     */
    public OutcomeReport report(LocalDate from, LocalDate to, Optional<OrganisationId> organisation,
            List<Dimension> groupBy, CurrentUser caller) {
        ReportScope.requirePeriod(from, to);
        var problems = new InvalidInputException.Collector();
        groupBy.stream().filter(dimension -> !DIMENSIONS.contains(dimension)).forEach(dimension ->
                problems.add("groupBy", "monitoring.outcomes.group-by.unsupported", dimension.parameter()));
        problems.throwIfAny();
        Optional<OrganisationId> scope = ReportScope.organisation(organisation, caller, audit, "MONITORING_OUTCOMES");
        return compute(from, to, scope.map(OrganisationId::value), groupBy, LocalDate.now(clock));
    }

    /**
     * The outcomes of a calendar year for the whole region, without breakdown, read today: no caller, for the
     * benchmark that times the report over a region of a million persons and for the open data.
     */
    public OutcomeReport regionYear(int year) {
        return compute(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Optional.empty(), List.of(),
                LocalDate.now(clock));
    }

    OutcomeReport compute(LocalDate from, LocalDate to, Optional<UUID> organisation, List<Dimension> groupBy,
            LocalDate today) {
        List<OutcomeReport.Cohort> cohorts = new ArrayList<>();
        for (OutcomeCohort cohort : OutcomeCohort.values()) {
            OutcomeReport.Group total = groups(cohort, from, to, organisation, List.of(), today).get(0);
            List<OutcomeReport.Group> groups = groupBy.isEmpty() ? List.of()
                    : groups(cohort, from, to, organisation, groupBy, today);
            cohorts.add(new OutcomeReport.Cohort(cohort, total, groups));
        }
        return new OutcomeReport(from, to, organisation, groupBy, today, cohorts);
    }

    /**
     * The cohort's groups over the period: one query. {@code events}: the cohort's facts dated in the period (by the
     * event, or by the internship's end), not reversed, with the dimensions. {@code members}: a person once per group
     * at their first event (a Patto, a referral), each internship once, with the days of the horizons. {@code sizes}:
     * the members and those who reached each horizon by today, per group. {@code outcomes}: only the members with an
     * employment around those days (most have none), found by joining the employments to the members, each member
     * once; {@code employed}: their counts per group, a horizon counted only for the members who reached it. Then
     * the sizes with their employed counts. Without dimensions, one row (zeros for an empty cohort).
     */
    List<OutcomeReport.Group> groups(OutcomeCohort cohort, LocalDate from, LocalDate to, Optional<UUID> organisation,
            List<Dimension> dimensions, LocalDate today) {
        IndicatorDefinition definition = cohort.definition();
        String dated = cohort.afterEnd() ? "f.end_date" : "f.fact_date";
        Map<String, Object> params = new HashMap<>();
        params.put("kind", definition.kind().name());
        params.put("from", from);
        params.put("to", to);
        params.put("today", today);
        StringBuilder dimensionColumns = new StringBuilder();
        StringBuilder names = new StringBuilder();
        StringBuilder memberNames = new StringBuilder();
        StringBuilder sameGroup = new StringBuilder();
        for (int i = 0; i < dimensions.size(); i++) {
            dimensionColumns.append(", ").append(dimensions.get(i).column(definition)).append(" as d").append(i);
            names.append(", d").append(i);
            memberNames.append(", m.d").append(i);
            sameGroup.append(" and e.d").append(i).append(" is not distinct from s.d").append(i);
        }
        if (dimensions.contains(Dimension.PROVINCE)) {
            params.put(ProvinceAttribution.DELIVERY_KINDS, ProvinceAttribution.deliveryKinds());
        }
        List<Integer> horizons = cohort.horizons();
        StringBuilder horizonDays = new StringBuilder();
        StringBuilder horizonNames = new StringBuilder();
        StringBuilder outcomes = new StringBuilder();
        StringBuilder observed = new StringBuilder();
        StringBuilder employed = new StringBuilder();
        StringBuilder counts = new StringBuilder();
        for (int h = 0; h < horizons.size(); h++) {
            params.put("months" + h, horizons.get(h));
            horizonDays.append(", (m.day + make_interval(months => :months").append(h).append("))::date as h")
                    .append(h);
            horizonNames.append(", m.h").append(h);
            // at the horizon: an employment going on that day; after an internship: a hire starting by then
            String employedThen = cohort.afterEnd() ? "e.start_date <= m.h" + h
                    : "e.start_date <= m.h" + h + " and (e.end_date is null or e.end_date >= m.h" + h + ")";
            outcomes.append(", bool_or(").append(employedThen).append(") as any").append(h)
                    .append(", bool_or(e.six_months_or_more and ").append(employedThen).append(") as long")
                    .append(h);
            observed.append(", count(*) filter (where h").append(h).append(" <= :today) as observed").append(h);
            employed.append(", count(*) filter (where h").append(h).append(" <= :today and any").append(h)
                    .append(") as employed").append(h)
                    .append(", count(*) filter (where h").append(h).append(" <= :today and long").append(h)
                    .append(") as employed_long").append(h);
            counts.append(", s.observed").append(h).append(", coalesce(e.employed").append(h)
                    .append(", 0) as employed").append(h).append(", coalesce(e.employed_long").append(h)
                    .append(", 0) as employed_long").append(h);
        }
        int last = horizons.size() - 1;
        String around = cohort.afterEnd()
                ? "e.start_date > m.started and e.start_date <= m.h" + last
                : "e.start_date <= m.h" + last + " and (e.end_date is null or e.end_date >= m.h0)";
        String firstOnly = cohort.afterEnd() ? "" : "distinct on (subject" + names + ") ";
        String firstOrder = cohort.afterEnd() ? "" : " order by subject" + names + ", day, member";
        String groupBy = dimensions.isEmpty() ? "" : " group by " + names.substring(2);
        StringBuilder groupColumns = new StringBuilder();
        for (int i = 0; i < dimensions.size(); i++) {
            groupColumns.append(", s.d").append(i);
        }
        String sql = "with events as (select f.id as member, f.person_id as subject, f.fact_date as started, "
                + dated + " as day" + dimensionColumns
                + " from monitoring_fact f where f.kind = :kind and f.reversed_at is null and f.person_id is not null"
                + " and " + dated + " between :from and :to"
                + organisation.map(org -> " and " + definition.organisationColumn() + " = :org").orElse("") + "), "
                + "members as (select " + firstOnly + "member, subject, started, day" + names + horizonDays
                + " from events m" + firstOrder + "), "
                + "sizes as (select count(*) as size" + observed + names + " from members" + groupBy + "), "
                + "outcomes as (select m.member" + horizonNames + memberNames + outcomes
                + " from members m join monitoring_employment e on e.person_id = m.subject and " + around
                + " group by m.member" + horizonNames + memberNames + "), "
                + "employed as (select 1 as one" + employed + names + " from outcomes" + groupBy + ") "
                + "select s.size" + counts + groupColumns + " from sizes s left join employed e on true" + sameGroup;
        organisation.ifPresent(org -> params.put("org", org));
        return jdbc.sql(sql).params(params).query((rs, row) -> {
            Map<String, String> group = new LinkedHashMap<>();
            for (int i = 0; i < dimensions.size(); i++) {
                group.put(dimensions.get(i).parameter(), rs.getString("d" + i));
            }
            List<OutcomeReport.Horizon> values = new ArrayList<>();
            for (int h = 0; h < horizons.size(); h++) {
                values.add(new OutcomeReport.Horizon(horizons.get(h), rs.getLong("observed" + h),
                        rs.getLong("employed" + h), rs.getLong("employed_long" + h)));
            }
            return new OutcomeReport.Group(group, rs.getLong("size"), values);
        }).list().stream().sorted(BY_GROUP).toList();
    }

    /** Groups in the order of their values, a value not recorded last. */
    private static final Comparator<OutcomeReport.Group> BY_GROUP = (a, b) -> {
        List<String> left = new ArrayList<>(a.group().values());
        List<String> right = new ArrayList<>(b.group().values());
        Comparator<String> values = Comparator.nullsLast(Comparator.naturalOrder());
        for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
            int compared = values.compare(left.get(i), right.get(i));
            if (compared != 0) {
                return compared;
            }
        }
        return Integer.compare(left.size(), right.size());
    };
}
