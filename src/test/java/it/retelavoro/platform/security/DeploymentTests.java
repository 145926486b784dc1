package it.retelavoro.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import it.retelavoro.support.TestDatabase;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

/**
 * The application as deployed, where the shared test context cannot go: behind a TLS proxy
 * ({@code server.forward-headers-strategy=native}, served over HTTP by Tomcat itself), and with a database
 * that goes away. The outage is real: the application's own database stops accepting connections
 * (PostgreSQL refuses them and its sessions are terminated), then accepts them again. That database cannot
 * be the one every other test shares, so this class runs the one extra application context of the suite,
 * on its own empty database (no demo data, just the first administrator) on the shared test server, and
 * closes it afterwards.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = DeploymentTests.OwnDatabase.class)
@DirtiesContext
class DeploymentTests {

    static final String DATABASE = "login_outage";
    static final String ADMIN = "amministratore";
    static final String PASSWORD = "password-lunga-di-prova";

    static final class OwnDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of(
                    "spring.datasource.url=" + TestDatabase.newDatabase(DATABASE),
                    "spring.datasource.username=" + TestDatabase.username(),
                    "spring.datasource.password=",
                    "spring.datasource.hikari.connection-timeout=2000",
                    "server.forward-headers-strategy=native",
                    "retelavoro.demo-data=false",
                    "retelavoro.admin.username=" + ADMIN,
                    "retelavoro.admin.password=" + PASSWORD,
                    "server.shutdown=immediate",
                    "spring.lifecycle.timeout-per-shutdown-phase=5s").applyTo(context);
        }
    }

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @AfterEach
    void databaseBack() throws SQLException {
        allowConnections(true);
    }

    @Test
    void a_correct_login_answers_503_and_readiness_is_down_while_the_database_is_unreachable_and_both_recover()
            throws Exception {
        assertThat(me().statusCode()).isEqualTo(200);
        assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
        String csrf = csrfTokenOfTheLoginPage();

        allowConnections(false);

        HttpResponse<String> api = me();
        assertThat(api.statusCode()).isEqualTo(503);
        assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(api.body()).contains("https://retelavoro.it/problems/login-unavailable");
        HttpResponse<String> page = pageLogin(csrf);
        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.body()).contains("Si è verificato un errore").contains("</html>");
        assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(503);
        assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);

        allowConnections(true);

        // the pool retries by itself, after a back-off of at most its connection timeout
        assertThat(readinessOnceThePoolHasRetried()).isEqualTo(200);
        assertThat(me().statusCode()).isEqualTo(200);
        HttpResponse<String> loggedIn = pageLogin(csrfTokenOfTheLoginPage());
        assertThat(loggedIn.statusCode()).isEqualTo(302);
        assertThat(loggedIn.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith("/"));
    }

    /** Each refused check waits the pool's connection timeout (2 s) first, so ten of them span 20 s. */
    private int readinessOnceThePoolHasRetried() throws Exception {
        int status = 0;
        for (int attempt = 0; attempt < 10 && status != 200; attempt++) {
            status = get("/actuator/health/readiness").statusCode();
        }
        return status;
    }

    @Test
    void behind_a_tls_proxy_cookies_are_secure_and_responses_carry_hsts() throws Exception {
        HttpResponse<String> proxied = http.send(HttpRequest.newBuilder(uri("/login"))
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "203.0.113.9").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(proxied.statusCode()).isEqualTo(200);
        assertThat(proxied.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(hsts ->
                assertThat(hsts).contains("max-age=").contains("includeSubDomains"));
        assertThat(proxied.headers().allValues("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).startsWith("SESSION=").contains("Secure").contains("HttpOnly"));
        HttpResponse<String> api = http.send(HttpRequest.newBuilder(uri("/api/v1/vocabularies"))
                .header("X-Forwarded-Proto", "https").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(api.headers().firstValue("Strict-Transport-Security")).isPresent();

        // plain HTTP without a proxy saying otherwise: no HSTS, no Secure cookie
        HttpResponse<String> plain = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri("/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(plain.headers().allValues("Set-Cookie")).allSatisfy(cookie ->
                assertThat(cookie).doesNotContain("Secure"));
    }

    @Test
    void behind_the_proxy_the_throttle_sees_the_client_address_it_forwards() throws Exception {
        for (int attempt = 0; attempt < LoginThrottle.FREE_FAILURES_PER_USERNAME; attempt++) {
            assertThat(me("indovinata", "203.0.113.50").statusCode()).isEqualTo(401);
        }
        assertThat(me(PASSWORD, "203.0.113.50").statusCode()).isEqualTo(401);
        assertThat(me(PASSWORD, "198.51.100.60").statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> me(String password, String forwardedFor) throws Exception {
        String basic = Base64.getEncoder().encodeToString((ADMIN + ":" + password).getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(uri("/api/v1/me")).header("Authorization", "Basic " + basic)
                .header("X-Forwarded-For", forwardedFor).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void allowConnections(boolean allowed) throws SQLException {
        try (Connection connection = DriverManager.getConnection(TestDatabase.jdbcUrl(), TestDatabase.username(), "");
                Statement statement = connection.createStatement()) {
            statement.execute("alter database " + DATABASE + " allow_connections " + allowed);
            if (!allowed) {
                statement.execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = '"
                        + DATABASE + "'");
            }
        }
    }

    private HttpResponse<String> me() throws Exception {
        String basic = Base64.getEncoder().encodeToString((ADMIN + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(uri("/api/v1/me")).header("Authorization", "Basic " + basic).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String csrfTokenOfTheLoginPage() throws Exception {
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(get("/login").body());
        assertThat(token.find()).isTrue();
        return token.group(1);
    }

    private HttpResponse<String> pageLogin(String csrf) throws Exception {
        String form = "username=" + ADMIN + "&password=" + PASSWORD + "&_csrf="
                + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
        return http.send(HttpRequest.newBuilder(uri("/login")).header("Accept", "text/html")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
