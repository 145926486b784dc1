package it.retelavoro.synthetic;

import static it.retelavoro.synthetic.BenchmarkLauncher.out;

import com.zaxxer.hikari.HikariDataSource;
import it.retelavoro.person.FiscalCode;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The write benchmark of issue 11: an operator's clients register persons and A1 deliveries through the HTTP
 * API with a bearer token, {@code --clients} of them at once for {@code --seconds}, after a warm-up; then the
 * requests, writes per second, latency percentiles and errors, and a check that every acknowledged write is in
 * the database. Not a test: run it as described in docs/performance.md.
 *
 * <p>Each client loops: one person ({@code POST /api/v1/persons}), then {@code --deliveries-per-person} A1
 * deliveries to them ({@code POST /api/v1/persons/{id}/deliveries}). Options: {@code --clients=16
 * --seconds=60 --warmup=10 --deliveries-per-person=4 --user=cpi.torino --password=demo}, and any Spring
 * property (e.g. {@code --retelavoro.embedded-database.data-directory=...}).
 */
public final class ApiWriteBenchmark {

    private static final String A1_OUTPUTS = "\"outputs\": {\"referral\": \"Rinvio al servizio di accoglienza\"}";

    private ApiWriteBenchmark() {
    }

    public static void main(String[] args) {
        BenchmarkLauncher.launch(args, Set.of("clients", "seconds", "warmup", "deliveries-per-person", "user",
                "password", "second-instance", "retry-share"), WebApplicationType.SERVLET, Map.of(
                        "retelavoro.embedded-database.data-directory", "target/benchmark-api-pg",
                        "retelavoro.embedded-database.port", "15498",
                        "server.port", "0"),
                ApiWriteBenchmark::run);
    }

    private static void run(ConfigurableApplicationContext context, Map<String, String> options) {
        int clients = Integer.parseInt(options.getOrDefault("clients", "16"));
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "60"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "10"));
        int perPerson = Integer.parseInt(options.getOrDefault("deliveries-per-person", "4"));
        double retryShare = Double.parseDouble(options.getOrDefault("retry-share", "0"));
        List<String> bases = new ArrayList<>(List.of(
                "http://localhost:" + context.getEnvironment().getRequiredProperty("local.server.port")));
        ConfigurableApplicationContext second = Boolean.parseBoolean(options.getOrDefault("second-instance", "false"))
                ? secondInstance(context) : null;
        if (second != null) {
            bases.add("http://localhost:" + second.getEnvironment().getRequiredProperty("local.server.port"));
        }
        ApiClient api = new ApiClient(bases, context.getBean(JsonMapper.class), clients);
        String token = api.issueToken(options.getOrDefault("user", "cpi.torino"),
                options.getOrDefault("password", "demo"));
        String site = api.a1Site(token);
        LocalDate today = LocalDate.now(context.getBean(Clock.class));
        out("Scritture via API con token bearer: %d client, %d s (dopo %d s di riscaldamento), una persona e %d A1 "
                + "per giro", clients, seconds, warmup, perPerson);
        if (second != null) {
            out("Due istanze sullo stesso database (%s), i client divisi fra le due; ogni scrittura con Idempotency-Key,"
                    + " %.0f%% ripetute con la stessa chiave sull'altra istanza", String.join(" e ", bases),
                    retryShare * 100);
        }

        Workload workload = new Workload(api, token, site, today, perPerson, retryShare);
        if (warmup > 0) {
            workload.run(clients, warmup);
        }
        Optional<Path> postgres = Optional.ofNullable(context.getEnvironment()
                .getProperty("retelavoro.embedded-database.data-directory")).map(Path::of);
        long jvmCpuBefore = jvmCpuNanos();
        long postgresCpuBefore = postgres.map(ApiWriteBenchmark::postgresCpuNanos).orElse(-1L);
        Results results = workload.run(clients, seconds);
        long jvmCpu = jvmCpuNanos() - jvmCpuBefore;
        long postgresCpu = postgres.map(ApiWriteBenchmark::postgresCpuNanos).orElse(-1L) - postgresCpuBefore;

        long[] latencies = results.latencies();
        Arrays.sort(latencies);
        long requests = latencies.length;
        out("Richieste: %,d in %.1f s, %,.0f scritture/s (riuscite: %,.0f/s)", requests, results.seconds(),
                requests / results.seconds(), (results.persons().size() + results.deliveries().size())
                        / results.seconds());
        out("Latenza: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, massimo %.1f ms", millis(latencies, 50),
                millis(latencies, 95), millis(latencies, 99), latencies.length == 0 ? 0.0
                        : latencies[latencies.length - 1] / 1e6);
        out("Errori: %,d %s", results.errors().values().stream().mapToLong(Long::longValue).sum(), results.errors());
        if (requests > 0 && jvmCpuBefore >= 0) {
            double jvmPerWrite = jvmCpu / 1e6 / requests;
            double postgresPerWrite = postgresCpuBefore >= 0 ? postgresCpu / 1e6 / requests : 0;
            out("CPU per scrittura: %.2f ms della JVM (applicazione e client del benchmark), %s; con %d processori "
                    + "il tetto è di circa %,.0f scritture/s", jvmPerWrite, postgresCpuBefore >= 0
                            ? "%.2f ms di PostgreSQL".formatted(postgresPerWrite) : "PostgreSQL non misurato",
                    Runtime.getRuntime().availableProcessors(),
                    Runtime.getRuntime().availableProcessors() * 1000 / (jvmPerWrite + postgresPerWrite));
        }

        if (second != null) {
            out("Ripetizioni con la stessa chiave sull'altra istanza: %,d, con la stessa risposta %,d, duplicati %,d",
                    results.retries(), results.sameAnswers(), results.retries() - results.sameAnswers());
        }
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        long persons = present(jdbc, "person", results.persons());
        long deliveries = present(jdbc, "pathway_delivery", results.deliveries());
        out("Scritture confermate presenti nel database: persone %,d di %,d, A1 %,d di %,d", persons,
                results.persons().size(), deliveries, results.deliveries().size());
        if (second != null) {
            second.close();
        }
        if (persons != results.persons().size() || deliveries != results.deliveries().size()) {
            throw new IllegalStateException("acknowledged writes missing from the database");
        }
        if (results.retries() != results.sameAnswers()) {
            throw new IllegalStateException("a write retried with its key on the other instance was done twice");
        }
    }

    /**
     * A second instance of the application in this JVM, on the first one's database as an external one (issue 19):
     * its own web server, pools, scheduler; the database, the sessions, the keys and the locks shared.
     */
    private static ConfigurableApplicationContext secondInstance(ConfigurableApplicationContext first) {
        try {
            HikariDataSource pool = first.getBean(DataSource.class).unwrap(HikariDataSource.class);
            return new SpringApplicationBuilder(it.retelavoro.RetelavoroApplication.class)
                    .web(WebApplicationType.SERVLET)
                    .run("--spring.datasource.url=" + pool.getJdbcUrl(), "--spring.datasource.username="
                            + pool.getUsername(), "--spring.datasource.password=", "--server.port=0",
                            "--retelavoro.demo-data=false", "--spring.main.banner-mode=off");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static long jvmCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }

    /**
     * The CPU time of the embedded PostgreSQL: the postmaster and its processes alive now (the pool's backends
     * live through the run), or -1 where it cannot be read.
     */
    static long postgresCpuNanos(Path dataDirectory) {
        try {
            long pid = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).strip());
            return ProcessHandle.of(pid).map(postmaster -> Stream.concat(Stream.of(postmaster),
                    postmaster.descendants()).mapToLong(process -> process.info().totalCpuDuration()
                            .map(Duration::toNanos).orElse(0L)).sum()).orElse(-1L);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** How many of the ids are in the table (the benchmark reads, it never writes, another module's rows). */
    private static long present(JdbcClient jdbc, String table, List<UUID> ids) {
        long found = 0;
        for (int from = 0; from < ids.size(); from += 10_000) {
            found += jdbc.sql("select count(*) from " + table + " where id in (:ids)")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + 10_000)))
                    .query(Long.class).single();
        }
        return found;
    }

    static double millis(long[] sorted, int percentile) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    record Results(double seconds, long[] latencies, List<UUID> persons, List<UUID> deliveries,
            Map<String, Long> errors, long retries, long sameAnswers) {
    }

    /** The clients' loop: a person, then A1 deliveries to them, until the time is up. */
    private record Workload(ApiClient api, String token, String site, LocalDate today, int perPerson,
            double retryShare) {

        Results run(int clients, int seconds) {
            long start = System.nanoTime();
            long end = start + Duration.ofSeconds(seconds).toNanos();
            ExecutorService executor = Executors.newFixedThreadPool(clients);
            try {
                List<Future<Client>> futures = new ArrayList<>();
                for (int i = 0; i < clients; i++) {
                    int instance = i % api.bases.size();
                    futures.add(executor.submit(() -> new Client(instance).loop(end)));
                }
                List<Client> done = new ArrayList<>();
                for (Future<Client> future : futures) {
                    done.add(future.get());
                }
                double elapsed = (System.nanoTime() - start) / 1e9;
                long[] latencies = done.stream().flatMapToLong(client -> Arrays.stream(client.latencies, 0,
                        client.count)).toArray();
                Map<String, Long> errors = new TreeMap<>();
                done.forEach(client -> client.errors.forEach((key, n) -> errors.merge(key, n, Long::sum)));
                return new Results(elapsed, latencies,
                        done.stream().flatMap(client -> client.persons.stream()).toList(),
                        done.stream().flatMap(client -> client.deliveries.stream()).toList(), errors,
                        done.stream().mapToLong(client -> client.retries).sum(),
                        done.stream().mapToLong(client -> client.sameAnswers).sum());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            } finally {
                executor.shutdownNow();
            }
        }

        private final class Client {
            final int instance;
            long[] latencies = new long[4096];
            int count;
            long retries;
            long sameAnswers;

            Client(int instance) {
                this.instance = instance;
            }

            final List<UUID> persons = new ArrayList<>();
            final List<UUID> deliveries = new ArrayList<>();
            final Map<String, Long> errors = new TreeMap<>();

            Client loop(long end) {
                while (System.nanoTime() < end) {
                    UUID person = write("/api/v1/persons", personJson(), persons);
                    for (int i = 0; person != null && i < perPerson && System.nanoTime() < end; i++) {
                        write("/api/v1/persons/" + person + "/deliveries", """
                                {"service": "A1", "mode": "INDIVIDUAL", "date": "%s", "minutes": 10, "siteId": "%s", %s}"""
                                .formatted(today, site, A1_OUTPUTS), deliveries);
                    }
                }
                return this;
            }

            private UUID write(String path, String json, List<UUID> acknowledged) {
                long start = System.nanoTime();
                String outcome;
                UUID id = null;
                try {
                    String key = api.bases.size() > 1 ? UUID.randomUUID().toString() : null;
                    HttpResponse<String> response = api.post(instance, path, json, "Bearer " + token, key);
                    if (response.statusCode() == 201) {
                        id = UUID.fromString(api.json.readTree(response.body()).get("id").asString());
                        acknowledged.add(id);
                        outcome = null;
                        if (key != null && ThreadLocalRandom.current().nextDouble() < retryShare) {
                            // as a client whose answer was lost would, through a balancer that picks the other
                            HttpResponse<String> retried = api.post((instance + 1) % api.bases.size(), path, json,
                                    "Bearer " + token, key);
                            retries++;
                            if (retried.statusCode() == 201 && id.toString().equals(
                                    api.json.readTree(retried.body()).get("id").asString())) {
                                sameAnswers++;
                            }
                        }
                    } else {
                        JsonNode type = response.body().isEmpty() ? null : api.json.readTree(response.body()).get("type");
                        outcome = response.statusCode() + (type == null ? "" : " " + type.asString());
                    }
                } catch (IOException | RuntimeException e) {
                    outcome = e.getClass().getSimpleName();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    outcome = "interrupted";
                }
                record(System.nanoTime() - start);
                if (outcome != null) {
                    errors.merge(outcome, 1L, Long::sum);
                }
                return id;
            }

            private void record(long nanos) {
                if (count == latencies.length) {
                    latencies = Arrays.copyOf(latencies, count * 2);
                }
                latencies[count++] = nanos;
            }

            /** A new person with a valid, random codice fiscale (random letters and birth date: no duplicates). */
            private String personJson() {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(random.nextInt(40 * 365));
                boolean female = random.nextBoolean();
                StringBuilder letters = new StringBuilder();
                for (int i = 0; i < 6; i++) {
                    letters.append((char) ('A' + random.nextInt(26)));
                }
                String first15 = letters + "%02d".formatted(birth.getYear() % 100) + "ABCDEHLMPRST".charAt(
                        birth.getMonthValue() - 1) + "%02d".formatted(birth.getDayOfMonth() + (female ? 40 : 0))
                        + "L219";
                return """
                        {"fiscalCode": "%s", "firstName": "Prova", "lastName": "Benchmark", "birthDate": "%s",
                         "sex": "%s", "birthPlace": "L219", "citizenship": "IT",
                         "residence": {"address": "Via Po 1", "comune": "L219"}}"""
                        .formatted(first15 + FiscalCode.checkCharacter(first15), birth, female ? "F" : "M");
            }
        }
    }
}
