package it.retelavoro.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import it.retelavoro.platform.database.EmbeddedPostgresServer;
import java.net.URI;
import java.net.URLEncoder;
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
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Several instances on one database and a read replica (issue 19), as they run in production: a PostgreSQL
 * primary, a streaming standby of it made from a base backup, and two application processes on the primary, the
 * second of which sends the analysts' reports to the standby.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScaleOutTests {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern EXPIRY_RUN = Pattern.compile(
            "^(\\S+)\\s+INFO .*VacancyExpiry\\s+: Scadenza delle vacancy", Pattern.MULTILINE);

    private Path work;
    private EmbeddedPostgresServer primary;
    private EmbeddedPostgresServer standby;
    private ChildApplication a;
    private ChildApplication b;

    @BeforeAll
    void start() throws Exception {
        work = Files.createTempDirectory("retelavoro-scale-out-");
        primary = EmbeddedPostgresServer.start(work.resolve("primary"), 0, false);
        String url = primary.createDatabaseIfMissing("retelavoro");
        standby = StandbyServer.of(primary, work.resolve("standby"));
        String replica = standby.jdbcUrl("retelavoro");
        // the expiry of the vacancies every ten seconds on both, its lock held five (in production: nightly, a minute)
        String[] shared = {"--spring.datasource.url=" + url, "--spring.datasource.username=" + primary.username(),
            "--spring.datasource.password=", "--retelavoro.employer.vacancy-expiry-cron=*/10 * * * * *",
            "--retelavoro.employer.vacancy-expiry-lock-at-least=PT5S",
            "--retelavoro.events.resubmission-interval=PT2S", "--retelavoro.events.resubmission-initial-delay=PT2S"};
        a = ChildApplication.start(work.resolve("a.log"), concat(shared, "--retelavoro.demo-data=true"));
        a.awaitReady(600); // the first seeds the demo network (and its administrator), the second finds it
        b = ChildApplication.start(work.resolve("b.log"), concat(shared, "--retelavoro.demo-data=false",
                "--retelavoro.datasource.replica.url=" + replica,
                "--retelavoro.datasource.replica.username=" + standby.username(),
                "--retelavoro.datasource.replica.password=", "--retelavoro.datasource.replica.retry-after=2s"));
        b.awaitReady(600);
    }

    @AfterAll
    void stop() throws Exception {
        for (AutoCloseable closing : new AutoCloseable[] {b, a, standby, primary}) {
            if (closing != null) {
                closing.close();
            }
        }
        if (work != null) {
            org.springframework.util.FileSystemUtils.deleteRecursively(work);
        }
    }

    @Test
    @Order(1)
    void a_page_session_opened_on_one_instance_is_valid_on_the_other() throws Exception {
        HttpResponse<String> loginPage = send(a, HttpRequest.newBuilder(uri(a, "/login")).GET(), null);
        String cookie = sessionCookie(loginPage).orElseThrow();
        Matcher csrf = CSRF.matcher(loginPage.body());
        assertThat(csrf.find()).isTrue();
        HttpResponse<String> login = send(a, HttpRequest.newBuilder(uri(a, "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=cpi.torino&password=demo&_csrf="
                        + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8))), cookie);
        assertThat(login.statusCode()).as(login.body()).isEqualTo(302);
        String loggedIn = sessionCookie(login).orElse(cookie);

        HttpResponse<String> onB = send(b, HttpRequest.newBuilder(uri(b, "/persons")).GET(), loggedIn);
        assertThat(onB.statusCode()).as("the operator's page on the other instance").isEqualTo(200);
        HttpResponse<String> anonymous = send(b, HttpRequest.newBuilder(uri(b, "/persons"))
                .header("Accept", "text/html").GET(), null);
        assertThat(anonymous.statusCode()).as("without the session").isEqualTo(302);
    }

    @Test
    @Order(2)
    void login_failures_counted_on_one_instance_are_counted_on_the_other() throws Exception {
        assertThat(b.get("/api/v1/me", "agenzia.alfa").statusCode()).isEqualTo(200);
        for (int attempt = 0; attempt < 5; attempt++) {
            HttpResponse<String> wrong = send(a, HttpRequest.newBuilder(uri(a, "/api/v1/me"))
                    .header("Authorization", basic("agenzia.alfa", "indovinata")).GET(), null);
            assertThat(wrong.statusCode()).isEqualTo(401);
        }
        HttpResponse<String> right = b.get("/api/v1/me", "agenzia.alfa");
        assertThat(right.statusCode()).as("the right password, too soon after five wrong ones elsewhere")
                .isEqualTo(401);
        assertThat(right.headers().firstValue("Retry-After")).isPresent();
    }

    @Test
    @Order(3)
    void an_idempotency_key_retried_on_the_other_instance_creates_nothing() throws Exception {
        String organisation = torino(a);
        String name = "Sede idempotente " + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        String body = "{\"name\": \"" + name + "\", \"comune\": \"L219\", \"features\": []}";
        HttpResponse<String> first = postWithKey(a, "/api/v1/organisations/" + organisation + "/sites", body, key);
        HttpResponse<String> retried = postWithKey(b, "/api/v1/organisations/" + organisation + "/sites", body, key);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(retried.statusCode()).isEqualTo(201);
        assertThat((String) JsonPath.read(retried.body(), "$.id")).isEqualTo(JsonPath.read(first.body(), "$.id"));
        String sites = b.get("/api/v1/organisations/" + organisation + "/sites", "admin").body();
        assertThat(JsonPath.<List<String>>read(sites, "$[?(@.name == '" + name + "')].id")).hasSize(1);
    }

    @Test
    @Order(4)
    void a_self_applications_per_address_limit_holds_across_both_instances() throws Exception {
        String vacancies = a.get("/api/v1/public/vacancies", null).body();
        String vacancy = JsonPath.<List<String>>read(vacancies, "$[*].id").get(0);
        int accepted = 0;
        int refused = 0;
        for (int attempt = 0; attempt < 8; attempt++) {
            ChildApplication issuer = attempt % 2 == 0 ? a : b;
            ChildApplication receiver = attempt % 2 == 0 ? b : a;
            String token = JsonPath.read(issuer.get("/api/v1/public/vacancies/" + vacancy + "/application-token",
                    null).body(), "$.formToken");
            HttpResponse<String> sent = send(receiver, HttpRequest.newBuilder(
                            uri(receiver, "/api/v1/public/vacancies/" + vacancy + "/applications"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("""
                            {"fiscalCode": "%s", "firstName": "Marta", "lastName": "Candidata",
                             "email": "marta@example.org", "cvText": "Commessa per tre anni",
                             "privacyAccepted": true, "website": "", "formToken": "%s"}"""
                            .formatted(fiscalCode(attempt), token))), null);
            if (sent.statusCode() == 429) {
                refused++;
            } else {
                assertThat(sent.statusCode()).as("a token issued by one instance, used on the other: " + sent.body())
                        .isIn(200, 201, 202);
                accepted++;
            }
        }
        assertThat(accepted).as("five an hour from one address, wherever they land").isEqualTo(5);
        assertThat(refused).isEqualTo(3);
    }

    @Test
    @Order(5)
    void the_vacancy_expiry_runs_on_one_instance_at_each_tick() throws Exception {
        Instant from = Instant.now(); // the runs at each start are not ticks
        Thread.sleep(25_000); // at least two ticks
        Map<String, Integer> runsByTick = new TreeMap<>();
        for (ChildApplication instance : List.of(a, b)) {
            Matcher run = EXPIRY_RUN.matcher(Files.readString(instance.log));
            while (run.find()) {
                Instant at = Instant.parse(run.group(1));
                if (at.isBefore(from)) {
                    continue;
                }
                // the tick of the run: the ten seconds it started in
                String tick = Instant.ofEpochSecond(at.getEpochSecond() / 10 * 10).toString();
                runsByTick.merge(tick, 1, Integer::sum);
            }
        }
        assertThat(runsByTick).as("runs of the vacancy expiry by tick, both logs").hasSizeGreaterThanOrEqualTo(2);
        assertThat(runsByTick.values()).as("each tick on one instance").allMatch(runs -> runs == 1);
    }

    @Test
    @Order(6)
    void a_failed_event_is_resubmitted_by_one_instance_only() throws Exception {
        String organisation = torino(a);
        String site = JsonPath.<List<String>>read(a.get("/api/v1/organisations/" + organisation + "/sites", "admin")
                .body(), "$[*].id").get(0);
        HttpResponse<String> visit = a.post("/api/v1/information-visits", "cpi.torino", """
                {"date": "%s", "siteId": "%s", "sex": "M", "ageBand": "FROM_25_TO_34", "referral": "Accoglienza A2"}"""
                .formatted(LocalDate.now(ZoneId.of("Europe/Rome")), site));
        assertThat(visit.statusCode()).as(visit.body()).isEqualTo(201);
        String delivery = JsonPath.read(visit.body(), "$.id");
        // the monitoring's copy of the visit, completed; then failed, as if its listener had thrown
        String publication = eventually(() -> query("select id::text from event_publication where status = 'COMPLETED'"
                + " and listener_id like '%MonitoringListeners%' and serialized_event like '%" + delivery + "%'"));
        int attempts = Integer.parseInt(query("select coalesce(completion_attempts, 0)::text from event_publication"
                + " where id = '" + publication + "'"));
        execute(primary, "retelavoro", "update event_publication set status = 'FAILED', completion_date = null"
                + " where id = '" + publication + "'");

        eventually(() -> query("select id::text from event_publication where status = 'COMPLETED' and id = '"
                + publication + "'"));
        assertThat(Integer.parseInt(query("select completion_attempts::text from event_publication where id = '"
                + publication + "'"))).as("resubmitted once, with two instances resubmitting every two seconds")
                .isEqualTo(attempts + 1);
    }

    /** The first column of the first row on the primary, or null. */
    private String query(String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(primary.jdbcUrl("retelavoro"), primary.username(), "");
                Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : null;
        }
    }

    @Test
    @Order(7)
    void the_reports_run_on_the_replica_see_the_primarys_writes_and_fall_back_when_it_is_down() throws Exception {
        assertThat(StandbyServer.inRecovery(standby)).isTrue();
        String today = LocalDate.now(ZoneId.of("Europe/Rome")).toString();
        String report = "/api/v1/indicators?from=" + today + "&to=" + today;
        // what the earlier tests wrote, counted and replicated: A's report (primary) and B's (replica) agree
        String before = eventually(() -> {
            String onA = a.get(report, "regione").body();
            return onA.equals(b.get(report, "regione").body()) ? onA : null;
        });
        assertThat(replicaConnections()).as("the report's connections on the standby").isPositive();

        // the standby stops applying the primary's changes: B's report no longer sees them, A's (primary) does
        execute(standby, "select pg_wal_replay_pause()");
        String organisation = torino(a);
        String site = JsonPath.<List<String>>read(a.get("/api/v1/organisations/" + organisation + "/sites", "admin")
                .body(), "$[*].id").get(0);
        List<String> visits = new ArrayList<>();
        for (int visit = 0; visit < 6; visit++) {
            HttpResponse<String> sent = a.post("/api/v1/information-visits", "cpi.torino", """
                    {"date": "%s", "siteId": "%s", "sex": "F", "ageBand": "FROM_25_TO_34", "referral": "Accoglienza A2"}"""
                    .formatted(today, site));
            assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
            visits.add(JsonPath.read(sent.body(), "$.id"));
        }
        // the six counted by the monitoring's listener (asynchronous) before the primary's report is read
        for (String visit : visits) {
            eventually(() -> query("select id::text from event_publication where status = 'COMPLETED'"
                    + " and listener_id like '%MonitoringListeners%' and serialized_event like '%" + visit + "%'"));
        }
        String onPrimary = a.get(report, "regione").body();
        assertThat(onPrimary).as("A's report, on the primary").isNotEqualTo(before);
        assertThat(b.get(report, "regione").body()).as("B's report, on the paused replica").isEqualTo(before);

        execute(standby, "select pg_wal_replay_resume()");
        eventually(() -> b.get(report, "regione").body().equals(onPrimary) ? true : null);

        // the standby goes away: B's reports fall back to the primary, with a warning and a health detail
        standby.close();
        HttpResponse<String> fallback = b.get(report, "regione");
        assertThat(fallback.statusCode()).isEqualTo(200);
        assertThat(fallback.body()).isEqualTo(onPrimary);
        assertThat(Files.readString(b.log)).contains("La replica in lettura non risponde");
        String health = b.get("/actuator/health", null).body();
        assertThat((String) JsonPath.read(health, "$.status")).isEqualTo("UP");
        assertThat((String) JsonPath.read(health, "$.components.replica.status")).isEqualTo("FALLBACK");
        assertThat(b.get("/persons", "cpi.torino").statusCode()).as("the operators are served").isEqualTo(200);
    }

    private int replicaConnections() throws Exception {
        try (Connection connection = DriverManager.getConnection(standby.jdbcUrl("postgres"), standby.username(), "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "select count(*) from pg_stat_activity where application_name = 'retelavoro-reports'")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static void execute(EmbeddedPostgresServer server, String sql) throws Exception {
        execute(server, "postgres", sql);
    }

    private static void execute(EmbeddedPostgresServer server, String database, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl(database), server.username(), "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static <T> T eventually(Callable<T> found) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            T value = found.call();
            if (value != null) {
                return value;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("not within a minute");
    }

    private static String torino(ChildApplication instance) throws Exception {
        String organisations = instance.get("/api/v1/organisations", "admin").body();
        return JsonPath.<List<String>>read(organisations, "$[?(@.name == 'CPI Torino')].id").get(0);
    }

    /** Valid codici fiscali of women born in Turin, one per attempt. */
    private static String fiscalCode(int attempt) {
        return it.retelavoro.person.FiscalCodes.random(LocalDate.of(1980 + attempt, 3, 3), "F", "L219");
    }

    private static HttpResponse<String> postWithKey(ChildApplication instance, String path, String json, String key)
            throws Exception {
        return send(instance, HttpRequest.newBuilder(uri(instance, path)).header("Authorization", basic("admin", "demo"))
                .header("Content-Type", "application/json").header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(json)), null);
    }

    private static HttpResponse<String> send(ChildApplication instance, HttpRequest.Builder request, String cookie)
            throws Exception {
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Optional<String> sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(value -> value.startsWith("SESSION="))
                .map(value -> value.substring(0, value.indexOf(';'))).findFirst();
    }

    private static URI uri(ChildApplication instance, String path) {
        return URI.create("http://localhost:" + instance.httpPort + path);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static String[] concat(String[] first, String... more) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }
}
