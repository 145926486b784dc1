package it.retelavoro.synthetic;

import static it.retelavoro.synthetic.BenchmarkLauncher.out;


import it.retelavoro.monitoring.IndicatorValue;
import it.retelavoro.monitoring.MonitoringQueries;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.OrganisationId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The regional-scale benchmark of issue 6: loads a synthetic region (by default 1,000,000 persons, 100,000
 * companies, 10.5 deliveries per person aimed at, a little over 10 million in all) into its own database,
 * then times the 26-indicator report for a calendar year and for an arbitrary period, region-wide and for one organisation, beside the raw
 * SQL count of the same rows as the floor. Not a test: run it as described in docs/performance.md.
 *
 * <p>Options: {@code --persons=N --companies=N --deliveries-per-person=D --years=Y --runs=R --reload
 * --cancellations=P} (P per mille of the facts reversed, then every timing again), and
 * any Spring property (e.g. {@code --retelavoro.embedded-database.data-directory=...} or
 * SPRING_DATASOURCE_URL for an external database). An existing benchmark region is reused unless
 * {@code --reload} is given, which is refused when one is there (use a new data directory).
 */
public final class RegionBenchmark {

    private RegionBenchmark() {
    }

    public static void main(String[] args) {
        BenchmarkLauncher.launch(args, Set.of("persons", "companies", "deliveries-per-person", "years", "runs",
                "reload", "cancellations"), RegionBenchmark::run);
    }

    private static void run(ConfigurableApplicationContext context, Map<String, String> options) {
        SyntheticRegion region = context.getBean(SyntheticRegion.class);
        MonitoringQueries monitoring = context.getBean(MonitoringQueries.class);
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        LocalDate today = LocalDate.now(context.getBean(Clock.class));
        CurrentUser admin = region.administrator().orElseThrow(() -> new IllegalStateException("no administrator"));
        int runs = Integer.parseInt(options.getOrDefault("runs", "7"));
        BenchmarkLauncher.region(context, options, today);
        out("Dimensioni: database %s, %s",
                jdbc.sql("select pg_size_pretty(pg_database_size(current_database()))").query(String.class).single(),
                jdbc.sql("select count(*) || ' fatti' from monitoring_fact").query(String.class).single());

        // The one organisation timed: the CPI of Turin, the largest (createNetwork opens it first).
        OrganisationId torino = new OrganisationId(jdbc.sql("select id from organisation where name = :name")
                .param("name", "CPI Torino " + BenchmarkLauncher.TAG).query(UUID.class).single());
        int year = today.getYear() - 1;
        timings(monitoring, jdbc, admin, torino, year, runs, "");
        int perMille = Integer.parseInt(options.getOrDefault("cancellations", "0"));
        if (perMille > 0) {
            cancel(monitoring, jdbc, admin, perMille);
            timings(monitoring, jdbc, admin, torino, year, runs, ", con annullamenti");
        }
    }

    /**
     * Cancellations, once per region: the facts of a sample of the acts ({@code perMille} of the facts, by a hash
     * of their source) marked reversed, as the listeners of the cancellations mark them, then the aggregate and
     * the period index rebuilt from the facts, so that every count leaves them out.
     */
    private static void cancel(MonitoringQueries monitoring, JdbcClient jdbc, CurrentUser admin, int perMille) {
        long reversed = jdbc.sql("select count(*) from monitoring_fact where reversed_at is not null")
                .query(Long.class).single();
        if (reversed > 0) {
            out("Annullamenti già presenti: %,d fatti stornati", reversed);
            return;
        }
        long start = System.nanoTime();
        int marked = jdbc.sql("update monitoring_fact set reversed_at = now()"
                        + " where mod(abs(hashtextextended(source_key, 13)), 1000) < :perMille")
                .param("perMille", perMille).update();
        monitoring.rebuild(admin);
        out("Annullamenti: %,d fatti stornati (%d per mille), aggregato e indice dei periodi ricostruiti in %.1f s",
                marked, perMille, (System.nanoTime() - start) / 1e9);
    }

    private static void timings(MonitoringQueries monitoring, JdbcClient jdbc, CurrentUser admin,
            OrganisationId torino, int year, int runs, String suffix) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        LocalDate oddFrom = LocalDate.of(year, 2, 15);
        LocalDate oddTo = LocalDate.of(year + 1, 1, 14);
        String odd = oddFrom + ".." + oddTo;
        out("");
        out("%-58s %12s %12s %12s", "Interrogazione" + suffix, "prima (ms)", "mediana (ms)", "valore 2.1");
        time("Rapporto 26 indicatori, anno " + year + ", regione", runs,
                () -> value(monitoring.values(from, to, Optional.empty(), admin), "2.1"));
        time("Rapporto 26 indicatori, anno " + year + ", CPI Torino", runs,
                () -> value(monitoring.values(from, to, Optional.of(torino), admin), "2.1"));
        time("Floor: count(distinct) A2 nei fatti, anno, regione", runs, () -> floorFacts(jdbc, from, to, null));
        time("Floor: count(distinct) A2 nei fatti, anno, CPI Torino", runs,
                () -> floorFacts(jdbc, from, to, torino.value()));
        time("Floor: count(distinct) A2 in pathway_delivery, anno, regione", runs,
                () -> floorSource(jdbc, from, to, null));
        time("Floor: count(distinct) A2 in pathway_delivery, anno, CPI Torino", runs,
                () -> floorSource(jdbc, from, to, torino.value()));
        time("Rapporto 26 indicatori, " + odd + ", regione", runs,
                () -> value(monitoring.values(oddFrom, oddTo, Optional.empty(), admin), "2.1"));
        time("Rapporto 26 indicatori, " + odd + ", CPI Torino", runs,
                () -> value(monitoring.values(oddFrom, oddTo, Optional.of(torino), admin), "2.1"));
        time("Floor: count(distinct) A2 nei fatti, " + odd + ", regione", runs,
                () -> floorFacts(jdbc, oddFrom, oddTo, null));
        time("Floor: count(distinct) A2 nei fatti, " + odd + ", CPI Torino", runs,
                () -> floorFacts(jdbc, oddFrom, oddTo, torino.value()));
    }

    private static long value(List<IndicatorValue> values, String code) {
        return values.stream().filter(value -> value.code().equals(code)).mapToLong(IndicatorValue::value)
                .findFirst().orElse(-1);
    }

    private static long floorFacts(JdbcClient jdbc, LocalDate from, LocalDate to, UUID organisation) {
        return jdbc.sql("select count(distinct person_id) from monitoring_fact where kind = 'DELIVERY'"
                        + " and detail = 'A2' and fact_date between :from and :to and reversed_at is null"
                        + (organisation == null ? "" : " and organisation_id = :org"))
                .param("from", from).param("to", to).param("org", organisation).query(Long.class).single();
    }

    private static long floorSource(JdbcClient jdbc, LocalDate from, LocalDate to, UUID organisation) {
        return jdbc.sql("select count(distinct person_id) from pathway_delivery where service = 'A2'"
                        + " and delivered_on between :from and :to"
                        + (organisation == null ? "" : " and organisation_id = :org"))
                .param("from", from).param("to", to).param("org", organisation).query(Long.class).single();
    }

    private static void time(String label, int runs, Supplier<Long> query) {
        long[] millis = new long[runs];
        long value = 0;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            value = query.get();
            millis[i] = (System.nanoTime() - start) / 1_000;
        }
        long first = millis[0];
        long[] sorted = millis.clone();
        Arrays.sort(sorted);
        out("%-58s %12.1f %12.1f %,12d", label, first / 1000.0, sorted[runs / 2] / 1000.0, value);
    }
}
