package it.retelavoro.monitoring;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The indicators of the whole region aggregated by province and calendar month, and the employment outcomes by
 * province and year, for publication as open data. Public: no person or company is named, and small counts are
 * suppressed.
 *
 * <p>Each cell of the indicators counts distinct persons, companies or items within its province and month, read from
 * the facts (a person served in two months counts in both, once in each). The province is attributed as the
 * dashboard attributes it ({@link ProvinceAttribution}), ND when there is none.
 */
@Service
public class OpenData {

    /** Counts from 1 to this value are suppressed. */
    public static final int SMALLEST_PUBLISHED = 5;

    /** The province of a fact without a site. */
    public static final String UNKNOWN_PROVINCE = "ND";

    private final JdbcClient jdbc;
    private final MonitoringQueries monitoring;
    private final Outcomes outcomes;
    private final Clock clock;
    /**
     * The last cells computed per table and year, with the newest change they saw. The endpoints are public: one
     * computation per table and year at a time (the others wait and take its result), and none again while nothing
     * was added or reversed, keep a burst of requests from scanning the facts over and over. Facts are
     * append-only (a reversal marks one, and the number of reversed facts is part of the key); the copy of the
     * employments, which the outcomes read too, numbers each write. But a row may commit after one with a higher
     * number, and the outcomes change with the day, so the cells are also recomputed once they are older than a
     * few seconds.
     */
    private final Map<String, Computed> computed = new ConcurrentHashMap<>();
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    private static final long REUSE_NANOS = 10_000_000_000L;

    private record Computed(String newest, long at, List<?> cells) {
    }

    OpenData(JdbcClient jdbc, MonitoringQueries monitoring, Outcomes outcomes, Clock clock) {
        this.jdbc = jdbc;
        this.monitoring = monitoring;
        this.outcomes = outcomes;
        this.clock = clock;
    }

    /** The cells of the year with at least one subject, by month, province and the catalogue's order of codes. */
    public List<OpenDataCell> indicators(int year) {
        return cached("indicators:" + year, this::newestFact, () -> compute(year));
    }

    /**
     * The employment outcomes of the cohorts of the year (by the day of their event, or of the internship's end) per
     * province, read today: one row per province, cohort and horizon with at least one member, by province and the
     * cohorts' order. The province is attributed to the cohort's fact as the indicators attribute it, ND when there
     * is none; a person is counted once per province, at their first event in it.
     */
    public List<OpenOutcomeCell> outcomes(int year) {
        return cached("outcomes:" + year, () -> newestFact() + ":" + jdbc.sql(
                "select coalesce(max(revision), 0) || ':' || count(*) from monitoring_employment")
                .query(String.class).single(), () -> computeOutcomes(year));
    }

    @SuppressWarnings("unchecked")
    private <T> List<T> cached(String key, Supplier<String> newest, Supplier<List<T>> compute) {
        synchronized (locks.computeIfAbsent(key, found -> new Object())) {
            String seen = newest.get();
            Computed last = computed.get(key);
            if (last != null && last.newest().equals(seen) && System.nanoTime() - last.at() < REUSE_NANOS) {
                return (List<T>) last.cells();
            }
            long at = System.nanoTime();
            List<T> cells = compute.get();
            computed.put(key, new Computed(seen, at, cells));
            return cells;
        }
    }

    /** The newest fact and how many were reversed: a reversal changes no id, the count (an index of the few) does. */
    private String newestFact() {
        return jdbc.sql("select coalesce(max(id), 0) || ':' || (select count(*) from monitoring_fact"
                + " where reversed_at is not null) from monitoring_fact").query(String.class).single();
    }

    private List<OpenOutcomeCell> computeOutcomes(int year) {
        OutcomeReport report = outcomes.compute(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
                Optional.empty(), List.of(Dimension.PROVINCE), LocalDate.now(clock));
        List<OpenOutcomeCell> cells = new ArrayList<>();
        for (OutcomeReport.Cohort cohort : report.cohorts()) {
            for (OutcomeReport.Group group : cohort.groups()) {
                String province = Optional.ofNullable(group.group().get(Dimension.PROVINCE.parameter()))
                        .orElse(UNKNOWN_PROVINCE);
                group.horizons().forEach(horizon -> cells.add(OpenOutcomeCell.of(year, province, cohort.cohort(),
                        group.size(), horizon)));
            }
        }
        return cells.stream().sorted(Comparator.comparing(OpenOutcomeCell::province)
                .thenComparing(OpenOutcomeCell::cohort).thenComparingInt(OpenOutcomeCell::months)).toList();
    }

    private List<OpenDataCell> compute(int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        BoundSql union = IndicatorDefinition.union(IndicatorDefinition.ALL, "f.fact_date between :from and :to",
                definition -> ", extract(month from f.fact_date)::int as month, coalesce("
                        + ProvinceAttribution.sql(definition) + ", cast(:unknownProvince as text)) as province");
        List<String> order = monitoring.codes(to);
        return union.within("select month, province, code, count(distinct subject) as value from (",
                        ") x group by month, province, code")
                .on(jdbc).param("from", from).param("to", to).param("unknownProvince", UNKNOWN_PROVINCE)
                .param(ProvinceAttribution.DELIVERY_KINDS, ProvinceAttribution.deliveryKinds())
                .query((rs, row) -> {
                    long value = rs.getLong("value");
                    boolean suppressed = value < SMALLEST_PUBLISHED;
                    return new OpenDataCell(year, rs.getInt("month"), rs.getString("province"), rs.getString("code"),
                            suppressed ? null : value, suppressed);
                })
                .list().stream()
                .sorted(Comparator.comparingInt(OpenDataCell::month).thenComparing(OpenDataCell::province)
                        .thenComparingInt(cell -> order.indexOf(cell.code())))
                .toList();
    }
}
