package it.retelavoro.platform;

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
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The whole application in a JVM of its own, as a person starts it, reached over HTTP. */
final class ChildApplication implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    final int httpPort;
    final Path log;
    private final Process process;

    private ChildApplication(int httpPort, Path log, Process process) {
        this.httpPort = httpPort;
        this.log = log;
        this.process = process;
    }

    /** Starts without waiting, so that several can boot at once; {@link #awaitReady} waits. */
    static ChildApplication start(Path log, String... properties) throws IOException {
        int httpPort = freePort();
        List<String> args = new ArrayList<>(List.of("--server.port=" + httpPort, "--spring.main.banner-mode=off"));
        args.addAll(List.of(properties));
        return new ChildApplication(httpPort, log,
                ChildJvm.start(RetelavoroApplication.class, log, args.toArray(String[]::new)));
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    ChildApplication awaitReady(int seconds) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(seconds));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("The application stopped: " + Files.readString(log));
            }
            try {
                if (get("/actuator/health/readiness", null).statusCode() == 200) {
                    return this;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(300);
        }
        throw new AssertionError("The application did not start: " + Files.readString(log));
    }

    HttpResponse<String> get(String path, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10));
        if (user != null) {
            request.header("Authorization", basic(user));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String user, String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", basic(user)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + httpPort + path);
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    /** A graceful stop, so that the application stops its PostgreSQL too; a forced one if it hangs. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
