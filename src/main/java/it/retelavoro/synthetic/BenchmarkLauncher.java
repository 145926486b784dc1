package it.retelavoro.synthetic;

import it.retelavoro.RetelavoroApplication;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.OrganisationId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the benchmarks share: the application started without web server on the benchmark's own database,
 * their options apart from Spring's, the machine printed with the command line, and one synthetic region
 * loaded once and reused by both.
 */
final class BenchmarkLauncher {

    /** The tag of the benchmark region's organisations: both benchmarks share one generated region. */
    static final String TAG = "benchmark";

    private BenchmarkLauncher() {
    }

    /** The body of a benchmark, given the started application and its own options. */
    interface Body {
        void run(ConfigurableApplicationContext context, Map<String, String> options);
    }

    /** Starts the application, runs the body, exits with 0 or, when the body threw, 1. */
    static void launch(String[] args, Set<String> optionNames, Body body) {
        launch(args, optionNames, WebApplicationType.NONE, Map.of(), body);
    }

    /**
     * Starts the application as {@code type} (a web server for a benchmark of the HTTP API), with Spring
     * properties of the benchmark's own over the shared defaults, runs the body and exits.
     */
    static void launch(String[] args, Set<String> optionNames, WebApplicationType type, Map<String, Object> properties,
            Body body) {
        Map<String, String> options = new HashMap<>();
        List<String> springArgs = new ArrayList<>();
        for (String arg : args) {
            String[] pair = arg.replaceFirst("^--", "").split("=", 2);
            if (optionNames.contains(pair[0])) {
                options.put(pair[0], pair.length > 1 ? pair[1] : "true");
            } else {
                springArgs.add(arg);
            }
        }
        SpringApplication application = new SpringApplication(RetelavoroApplication.class);
        application.setWebApplicationType(type);
        Map<String, Object> defaults = new HashMap<>();
        defaults.put("retelavoro.embedded-database.data-directory", "target/benchmark-pg");
        defaults.put("retelavoro.embedded-database.port", "15499");
        defaults.put("spring.main.banner-mode", "off");
        // The benchmark's own properties win over application.yml (server.port is set there), not over the
        // command line: passed as arguments unless the command line names them.
        properties.forEach((name, value) -> {
            if (springArgs.stream().noneMatch(arg -> arg.startsWith("--" + name + "="))) {
                springArgs.add("--" + name + "=" + value);
            }
        });
        application.setDefaultProperties(defaults);
        int exit = 0;
        try (ConfigurableApplicationContext context = application.run(springArgs.toArray(String[]::new))) {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            out("Comando: " + ProcessHandle.current().info().commandLine()
                    .orElse("java ... " + String.join(" ", args)));
            out("Macchina: %d processori, %d MB di heap massimo, %s", Runtime.getRuntime().availableProcessors(),
                    Runtime.getRuntime().maxMemory() >> 20,
                    jdbc.sql("select version()").query(String.class).single());
            body.run(context, options);
        } catch (RuntimeException e) {
            e.printStackTrace();
            exit = 1;
        }
        System.exit(exit);
    }

    /**
     * The organisations of the benchmark region, generating it first when the database holds none (printing
     * what was loaded and how fast); {@code reload} refuses a region already there.
     */
    static List<OrganisationId> region(ConfigurableApplicationContext context, Map<String, String> options,
            LocalDate today) {
        SyntheticRegion region = context.getBean(SyntheticRegion.class);
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        CurrentUser admin = region.administrator().orElseThrow(() -> new IllegalStateException("no administrator"));
        Optional<UUID> existing = jdbc.sql("select id from organisation where name = :name")
                .param("name", "CPI Torino " + TAG).query(UUID.class).optional();
        if (existing.isPresent()) {
            if (options.containsKey("reload")) {
                throw new IllegalStateException("a benchmark region is already loaded here: use a new data directory");
            }
            out("Regione del benchmark già caricata: la riuso (per ricaricarla usare una nuova directory dati)");
            return jdbc.sql("select id from organisation where name like :pattern order by name")
                    .param("pattern", "% " + TAG).query(UUID.class).list().stream().map(OrganisationId::new).toList();
        }
        int persons = Integer.parseInt(options.getOrDefault("persons", "1000000"));
        int companies = Integer.parseInt(options.getOrDefault("companies", "100000"));
        double perPerson = Double.parseDouble(options.getOrDefault("deliveries-per-person", "10.5"));
        int years = Integer.parseInt(options.getOrDefault("years", "3"));
        List<OrganisationId> organisations = region.createNetwork(TAG, admin);
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
        return organisations;
    }

    static void out(String format, Object... values) {
        System.out.println(String.format(Locale.ROOT, format, values));
    }
}
