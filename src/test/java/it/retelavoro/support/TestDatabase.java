package it.retelavoro.support;

import it.retelavoro.platform.database.EmbeddedPostgresServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One throwaway PostgreSQL 17 for the whole test run, started on first use. Test contexts reach it as
 * an external database (so the same Flyway migrations run) with the demo network seeded.
 */
public final class TestDatabase {

    private static EmbeddedPostgresServer server;
    private static String url;

    private TestDatabase() {
    }

    public static synchronized String jdbcUrl() {
        if (server == null) {
            server = EmbeddedPostgresServer.startTemporary();
            url = server.createDatabaseIfMissing("retelavoro_test");
            Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::stopAfterSpring, "test-postgres-stop"));
        }
        return url;
    }

    /**
     * Shutdown hooks run concurrently: let Spring's hook close the cached test contexts (whose last
     * beans still use the database) before stopping PostgreSQL under them.
     */
    private static void stopAfterSpring() {
        // The JVM starts all hooks at once: give Spring's a moment to appear, then wait for it to end.
        for (int attempt = 0; attempt < 20; attempt++) {
            var springHook = Thread.getAllStackTraces().keySet().stream()
                    .filter(thread -> thread.getName().equals("SpringApplicationShutdownHook")).findFirst();
            if (springHook.isPresent()) {
                try {
                    springHook.get().join(20_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                break;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        try {
            server.close();
            // a throwaway cluster of most of a gigabyte: not left behind by every run
            org.springframework.util.FileSystemUtils.deleteRecursively(server.dataDirectory());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new, empty database on the shared test server, for tests that need a database of their own. */
    public static synchronized String newDatabase(String name) {
        jdbcUrl();
        return server.createDatabaseIfMissing(name);
    }

    public static String username() {
        return "postgres";
    }

    /** Points a Spring test context at the shared test database. */
    public static final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of(
                    "spring.datasource.url=" + jdbcUrl(),
                    "spring.datasource.username=" + username(),
                    "spring.datasource.password=",
                    "retelavoro.demo-data=true",
                    "spring.mail.host=localhost",
                    "spring.mail.port=" + TestMailServer.port(),
                    "retelavoro.mail.dispatch-delay=PT1S",
                    "server.shutdown=immediate",
                    "spring.lifecycle.timeout-per-shutdown-phase=5s").applyTo(context);
            // issue 17: both identity providers registered, against a real OpenID Connect provider of the test run
            TestPropertyValues.of(TestIdentityProvider.properties()).applyTo(context);
        }
    }
}
