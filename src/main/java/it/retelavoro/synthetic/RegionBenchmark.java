package it.retelavoro.synthetic;

import it.retelavoro.RetelavoroApplication;
import it.retelavoro.monitoring.IndicatorValue;
import it.retelavoro.monitoring.MonitoringQueries;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.OrganisationId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The regional-scale benchmark of issue 6: loads a synthetic region (by default 1,000,000 persons, 100,000
 * companies, 10.5 deliveries per person aimed at, a little over 10 million in all) into its own database, then times the 26-indicator report
 * for a calendar year and for an arbitrary period, region-wide and for one organisation, beside the raw
 * SQL count of the same rows as the floor. Not a test: run it as described in docs/performance.md.
 *
 * <p>Options: {@code --persons=N --companies=N --deliveries-per-person=D --years=Y --runs=R --reload}, and
 * any Spring property (e.g. {@code --retelavoro.embedded-database.data-directory=...} or
 * SPRING_DATASOURCE_URL for an external database). An existing benchmark region is reused unless
 * {@code --reload} is given, which is refused when one is there (use a new data directory).
 */
public final class RegionBenchmark {

    static final String TAG = "benchmark";

    private RegionBenchmark() {
    }

    public static void main(String[] args) {
        Map<String, String> options = new HashMap<>();
        List<String> springArgs = new ArrayList<>();
        for (String arg : args) {
            String[] pair = arg.replaceFirst("^--", "").split("=", 2);
            switch (pair[0]) {
                case "persons", "companies", "deliveries-per-person", "years", "runs", "reload" ->
                        options.put(pair[0], pair.length > 1 ? pair[1] : "true");
                default -> springArgs.add(arg);
            }
        }
        SpringApplication application = new SpringApplication(RetelavoroApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        Map<String, Object> defaults = new HashMap<>();
        defaults.put("retelavoro.embedded-database.data-directory", "target/benchmark-pg");
        defaults.put("retelavoro.embedded-database.port", "15499");
        defaults.put("spring.main.banner-mode", "off");
        application.setDefaultProperties(defaults);
        int exit = 0;
        try (ConfigurableApplicationContext context = application.run(springArgs.toArray(String[]::new))) {
            run(context, options, args);
        } catch (RuntimeException e) {
            e.printStackTrace();
            exit = 1;
        }
        System.exit(exit);
    }

    private static void run(ConfigurableApplicationContext context, Map<String, String> options, String[] args) {
        SyntheticRegion region = context.getBean(SyntheticRegion.class);
        MonitoringQueries monitoring = context.getBean(MonitoringQueries.class);
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        LocalDate today = LocalDate.now(context.getBean(Clock.class));
        CurrentUser admin = region.administrator().orElseThrow(() -> new IllegalStateException("no administrator"));
        int persons = Integer.parseInt(options.getOrDefault("persons", "1000000"));
        int companies = Integer.parseInt(options.getOrDefault("companies", "100000"));
        double perPerson = Double.parseDouble(options.getOrDefault("deliveries-per-person", "10.5"));
        int years = Integer.parseInt(options.getOrDefault("years", "3"));
        int runs = Integer.parseInt(options.getOrDefault("runs", "7"));

        out("Comando: " + ProcessHandle.current().info().commandLine()
                .orElse("java ... " + String.join(" ", args)));
        out("Macchina: %d processori, %d MB di heap massimo, %s", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, jdbc.sql("select version()").query(String.class).single());
        Optional<UUID> existing = jdbc.sql("select id from organisation where name = :name")
                .param("name", "CPI Torino " + TAG).query(UUID.class).optional();
        List<OrganisationId> organisations;
        if (existing.isPresent()) {
            if (options.containsKey("reload")) {
                throw new IllegalStateException("a benchmark region is already loaded here: use a new data directory");
            }
            out("Regione del benchmark già caricata: la riuso (per ricaricarla usare una nuova directory dati)");
            organisations = jdbc.sql("select id from organisation where name like :pattern order by name")
                    .param("pattern", "% " + TAG).query(UUID.class).list().stream().map(OrganisationId::new).toList();
        } else {
            organisations = region.createNetwork(TAG, admin);
            out("Generazione: %,d persone, %,d aziende, %.1f servizi per persona, %d anni fino al %s", persons,
                    companies, perPerson, years, today);
            SyntheticRegion.Report report = region.generate(new RegionSpec(20261127L, persons, companies, perPerson,
                    years, today, 0x5EED), organisations, admin);
            double seconds = report.loadMillis() / 1000.0;
            out("Caricamento: %,d persone, %,d aziende, %,d servizi (%,d alle persone, %,d alle aziende), %,d fatti,"
                    + " %,d vacancy, %,d invii, %,d assunzioni", report.persons(), report.companies(),
                    report.deliveries(), report.personDeliveries(), report.employerDeliveries(), report.facts(),
                    report.vacancies(), report.referrals(), report.hires());
            out("Caricamento: %,d righe in %.1f s = %,.0f righe/s (servizi: %,.0f/s)", report.rows(), seconds,
                    report.rows() / seconds, report.deliveries() / seconds);
            out("Ricostruzione dell'aggregato del monitoraggio: %.1f s", report.rebuildMillis() / 1000.0);
        }
        out("Dimensioni: database %s, %s",
                jdbc.sql("select pg_size_pretty(pg_database_size(current_database()))").query(String.class).single(),
                jdbc.sql("select count(*) || ' fatti' from monitoring_fact").query(String.class).single());

        // The one organisation timed: the CPI of Turin, the largest (createNetwork opens it first).
        OrganisationId torino = new OrganisationId(jdbc.sql("select id from organisation where name = :name")
                .param("name", "CPI Torino " + TAG).query(UUID.class).single());
        int year = today.getYear() - 1;
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        LocalDate oddFrom = LocalDate.of(year, 2, 15);
        LocalDate oddTo = LocalDate.of(year + 1, 1, 14);
        out("");
        out("%-58s %12s %12s %12s", "Interrogazione", "prima (ms)", "mediana (ms)", "valore 2.1");
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
        time("Rapporto 26 indicatori, " + oddFrom + ".." + oddTo + ", regione", runs,
                () -> value(monitoring.values(oddFrom, oddTo, Optional.empty(), admin), "2.1"));
        time("Rapporto 26 indicatori, " + oddFrom + ".." + oddTo + ", CPI Torino", runs,
                () -> value(monitoring.values(oddFrom, oddTo, Optional.of(torino), admin), "2.1"));
        time("Floor: count(distinct) A2 nei fatti, " + oddFrom + ".." + oddTo + ", regione", runs,
                () -> floorFacts(jdbc, oddFrom, oddTo, null));
        time("Floor: count(distinct) A2 nei fatti, " + oddFrom + ".." + oddTo + ", CPI Torino", runs,
                () -> floorFacts(jdbc, oddFrom, oddTo, torino.value()));
    }

    private static long value(List<IndicatorValue> values, String code) {
        return values.stream().filter(value -> value.code().equals(code)).mapToLong(IndicatorValue::value)
                .findFirst().orElse(-1);
    }

    private static long floorFacts(JdbcClient jdbc, LocalDate from, LocalDate to, UUID organisation) {
        return jdbc.sql("select count(distinct person_id) from monitoring_fact where kind = 'DELIVERY'"
                        + " and detail = 'A2' and fact_date between :from and :to"
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

    private static void out(String format, Object... values) {
        System.out.println(String.format(Locale.ROOT, format, values));
    }
}
