package it.retelavoro.monitoring;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The indicators of the whole region aggregated by province and calendar month, for publication as open
 * data. Public: no person or company is named, and small counts are suppressed.
 *
 * <p>Each cell counts distinct persons, companies or items within its province and month, read from the
 * facts (a person served in two months counts in both, once in each). The province is attributed as the
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
    /**
     * The last cells computed per year, with the newest fact they saw. The endpoint is public: one
     * computation per year at a time (the others wait and take its result), and none again while no fact
     * was added or reversed, keep a burst of requests from scanning the facts over and over. Facts are
     * append-only (a reversal marks one, and the number of reversed facts is part of the key) and the open data
     * reads nothing else that changes; but a fact may commit after one with a higher id, so the cells are also
     * recomputed once they are older than a few seconds.
     */
    private final Map<Integer, Computed> computed = new ConcurrentHashMap<>();
    private final Map<Integer, Object> locks = new ConcurrentHashMap<>();

    private static final long REUSE_NANOS = 10_000_000_000L;

    private record Computed(String newestFact, long at, List<OpenDataCell> cells) {
    }

    OpenData(JdbcClient jdbc, MonitoringQueries monitoring) {
        this.jdbc = jdbc;
        this.monitoring = monitoring;
    }

    /** The cells of the year with at least one subject, by month, province and the catalogue's order of codes. */
    public List<OpenDataCell> indicators(int year) {
        synchronized (locks.computeIfAbsent(year, key -> new Object())) {
            // a reversal changes no id: the count of reversed facts (an index of the few) tells it
            String newest = jdbc.sql("select coalesce(max(id), 0) || ':' || (select count(*) from monitoring_fact"
                    + " where reversed_at is not null) from monitoring_fact").query(String.class).single();
            Computed last = computed.get(year);
            if (last != null && last.newestFact().equals(newest) && System.nanoTime() - last.at() < REUSE_NANOS) {
                return last.cells();
            }
            long at = System.nanoTime();
            List<OpenDataCell> cells = compute(year);
            computed.put(year, new Computed(newest, at, cells));
            return cells;
        }
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
