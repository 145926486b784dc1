package it.retelavoro.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import it.retelavoro.RetelavoroApplication;
import it.retelavoro.platform.database.ChildJvm;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default installation as a person runs it: the application starts its own PostgreSQL on a data
 * directory, seeds the demo network once, and after a kill -9 starts again with nothing committed lost.
 */
class ApplicationRestartTests {

    @TempDir
    Path workDirectory;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    Process start(int httpPort, int pgPort, String logName) throws Exception {
        Path log = workDirectory.resolve(logName);
        Process process = ChildJvm.start(RetelavoroApplication.class, log,
                "--server.port=" + httpPort,
                "--retelavoro.embedded-database.data-directory=" + workDirectory.resolve("pg"),
                "--retelavoro.embedded-database.port=" + pgPort,
                "--spring.main.banner-mode=off");
        awaitHealthy(httpPort, process, log);
        return process;
    }

    void awaitHealthy(int port, Process process, Path log) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(180));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("The application stopped: " + Files.readString(log));
            }
            try {
                if (get(port, "/actuator/health/readiness", null).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(300);
        }
        throw new AssertionError("The application did not start: " + Files.readString(log));
    }

    HttpResponse<String> get(int port, String path, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(10));
        if (user != null) {
            request.header("Authorization", basic(user));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(int port, String path, String user, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", basic(user)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void a_site_created_before_a_kill_9_is_there_after_the_restart() throws Exception {
        int httpPort = freePort();
        int pgPort = freePort();
        Process first = start(httpPort, pgPort, "first.log");
        String siteId;
        try {
            assertThat(Files.readString(workDirectory.resolve("first.log"))).contains("cpi.torino");
            String organisations = get(httpPort, "/api/v1/organisations", "admin").body();
            List<String> torino = JsonPath.read(organisations, "$[?(@.name == 'CPI Torino')].id");
            HttpResponse<String> created = post(httpPort, "/api/v1/organisations/" + torino.get(0) + "/sites",
                    "admin", "{\"name\": \"Sede creata prima del crash\", \"comune\": \"L219\", \"features\": []}");
            assertThat(created.statusCode()).isEqualTo(201);
            siteId = JsonPath.read(created.body(), "$.id");
        } finally {
            first.destroyForcibly().waitFor(); // kill -9
        }

        Process second = start(httpPort, pgPort, "second.log");
        try {
            HttpResponse<String> site = get(httpPort, "/api/v1/sites/" + siteId, "admin");
            assertThat(site.statusCode()).isEqualTo(200);
            assertThat((String) JsonPath.read(site.body(), "$.name")).isEqualTo("Sede creata prima del crash");
            assertThat(Files.readString(workDirectory.resolve("second.log")))
                    .as("the demo network is seeded only on the first start").doesNotContain("Rete demo creata");
            String organisations = get(httpPort, "/api/v1/organisations", "admin").body();
            assertThat((List<?>) JsonPath.read(organisations, "$[?(@.name == 'CPI Torino')]")).hasSize(1);
        } finally {
            second.destroy();
            second.waitFor();
        }
    }
}
