package it.retelavoro.platform;

import com.jayway.jsonpath.JsonPath;
import it.retelavoro.platform.database.EmbeddedPostgresServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The regional report served by the read replica while operators write on the primary (issue 19, point 4). Not
 * a test: a main class that starts a PostgreSQL primary, a streaming standby of it, and two application processes
 * on the primary (A with the demo network; B with the standby as its replica), then for {@code --seconds} runs
 * {@code --writers} clients registering A1 visits on A and B with a bearer token while one analyst asks B for the
 * year's indicators over and over. It prints the writes per second, the report's latency, where its connections
 * were (the standby's {@code pg_stat_activity}) and how far the standby was behind at the end.
 *
 * <pre>
 * ./mvnw -B -q -o test-compile
 * ./mvnw -B -q -o dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) it.retelavoro.platform.ReplicaReportBenchmark \
 *   --writers=8 --seconds=60
 * </pre>
 */
public final class ReplicaReportBenchmark {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private ReplicaReportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new TreeMap<>();
        for (String arg : args) {
            String[] pair = arg.replaceFirst("^--", "").split("=", 2);
            options.put(pair[0], pair.length > 1 ? pair[1] : "true");
        }
        int writers = Integer.parseInt(options.getOrDefault("writers", "8"));
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "60"));
        out("Comando: " + ProcessHandle.current().info().commandLine().orElse("java ... ReplicaReportBenchmark"));
        out("Macchina: %d processori", Runtime.getRuntime().availableProcessors());

        Path work = Files.createTempDirectory("retelavoro-replica-benchmark-");
        try (EmbeddedPostgresServer primary = EmbeddedPostgresServer.start(work.resolve("primary"), 0, true)) {
            String url = primary.createDatabaseIfMissing("retelavoro");
            try (EmbeddedPostgresServer standby = StandbyServer.of(primary, work.resolve("standby"))) {
                String[] shared = {"--spring.datasource.url=" + url,
                    "--spring.datasource.username=" + primary.username(), "--spring.datasource.password="};
                try (ChildApplication a = ChildApplication.start(work.resolve("a.log"),
                        concat(shared, "--retelavoro.demo-data=true")).awaitReady(900);
                        ChildApplication b = ChildApplication.start(work.resolve("b.log"),
                                concat(shared, "--retelavoro.datasource.replica.url=" + standby.jdbcUrl("retelavoro"),
                                        "--retelavoro.datasource.replica.username=" + standby.username(),
                                        "--retelavoro.datasource.replica.password=")).awaitReady(900)) {
                    run(a, b, primary, standby, writers, seconds);
                }
            }
        }
    }

    private static void run(ChildApplication a, ChildApplication b, EmbeddedPostgresServer primary,
            EmbeddedPostgresServer standby, int writers, int seconds) throws Exception {
        String token = JsonPath.read(post(a, "/api/v1/tokens", basic("cpi.torino"),
                "{\"name\": \"benchmark\", \"expiresInDays\": 1}").body(), "$.token");
        String organisation = JsonPath.read(get(a, "/api/v1/me", "Bearer " + token).body(), "$.organisation.id");
        String site = JsonPath.<List<String>>read(get(a, "/api/v1/organisations/" + organisation + "/sites",
                "Bearer " + token).body(), "$[*].id").get(0);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Rome"));
        String report = "/api/v1/indicators?from=" + today.withDayOfYear(1) + "&to=" + today;
        String analyst = basic("regione");
        out("Il report: GET %s (l'anno, 26 indicatori) come regione su B, che legge dalla replica; %d operatori"
                + " registrano A1 a visitatori anonimi su A e B (POST /api/v1/information-visits, token bearer)",
                report, writers);

        // alone first: the report's time on the replica with no writes
        long[] alone = reports(b, report, analyst, 10);
        out("Report da solo (10): p50 %.0f ms, massimo %.0f ms", millis(alone, 50), millis(alone, 100));

        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        AtomicLong written = new AtomicLong();
        Map<String, Long> errors = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(writers + 1);
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            ChildApplication target = i % 2 == 0 ? a : b;
            running.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    try {
                        HttpResponse<String> sent = post(target, "/api/v1/information-visits", "Bearer " + token, """
                                {"date": "%s", "siteId": "%s", "sex": "F", "ageBand": "FROM_25_TO_34",
                                 "referral": "Accoglienza A2"}""".formatted(today, site));
                        if (sent.statusCode() == 201) {
                            written.incrementAndGet();
                        } else {
                            errors.merge(String.valueOf(sent.statusCode()), 1L, Long::sum);
                        }
                    } catch (Exception e) {
                        errors.merge(e.getClass().getSimpleName(), 1L, Long::sum);
                    }
                }
                return null;
            }));
        }
        List<Long> during = new ArrayList<>();
        long maxLag = 0;
        long started = System.nanoTime();
        while (System.nanoTime() < end) {
            long at = System.nanoTime();
            HttpResponse<String> answer = get(b, report, analyst);
            if (answer.statusCode() != 200) {
                errors.merge("report " + answer.statusCode(), 1L, Long::sum);
            }
            during.add(System.nanoTime() - at);
            maxLag = Math.max(maxLag, lagBytes(primary));
        }
        for (Future<?> writer : running) {
            writer.get();
        }
        pool.shutdown();
        double elapsed = (System.nanoTime() - started) / 1e9;
        long[] sorted = during.stream().mapToLong(Long::longValue).sorted().toArray();
        out("Scritture sul primario: %,d in %.1f s, %.0f/s; errori %s", written.get(), elapsed, written.get() / elapsed,
                errors);
        out("Report durante le scritture (%d): p50 %.0f ms, p95 %.0f ms, massimo %.0f ms", sorted.length,
                millis(sorted, 50), millis(sorted, 95), millis(sorted, 100));
        out("Connessioni dei report sulla replica (pg_stat_activity, application_name retelavoro-reports): %d",
                reportConnections(standby));
        out("Ritardo della replica: massimo %,d byte di WAL durante la prova, %,d alla fine", maxLag, lagBytes(primary));
    }

    private static long[] reports(ChildApplication instance, String path, String authorization, int times)
            throws Exception {
        long[] took = new long[times];
        for (int i = 0; i < times; i++) {
            long at = System.nanoTime();
            get(instance, path, authorization);
            took[i] = System.nanoTime() - at;
        }
        Arrays.sort(took);
        return took;
    }

    private static long lagBytes(EmbeddedPostgresServer primary) throws Exception {
        return single(primary, "select coalesce(max(pg_wal_lsn_diff(pg_current_wal_lsn(), replay_lsn)), 0)::bigint"
                + " from pg_stat_replication");
    }

    private static long reportConnections(EmbeddedPostgresServer standby) throws Exception {
        return single(standby, "select count(*) from pg_stat_activity where application_name = 'retelavoro-reports'");
    }

    private static long single(EmbeddedPostgresServer server, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl("postgres"), server.username(), "");
                Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static double millis(long[] sorted, int percentile) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = Math.max(0, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1);
        return sorted[Math.min(sorted.length - 1, index)] / 1e6;
    }

    private static HttpResponse<String> get(ChildApplication instance, String path, String authorization)
            throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + instance.httpPort + path))
                .header("Authorization", authorization).timeout(Duration.ofSeconds(120)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(ChildApplication instance, String path, String authorization,
            String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + instance.httpPort + path))
                .header("Authorization", authorization).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    private static String[] concat(String[] first, String... more) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    private static void out(String format, Object... args) {
        System.out.println(String.format(java.util.Locale.ROOT, format, args));
    }
}
