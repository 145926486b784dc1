package it.retelavoro.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server the application starts and stops itself, on a data directory kept across restarts.
 *
 * <p>The embedded library starts PostgreSQL tuned for throwaway test databases (fsync and synchronous
 * commit off); a durable server turns both back on, so a committed registration survives a crash. A
 * server left running by a process killed with {@code kill -9} is stopped before starting, so that a
 * crash never blocks the next start.
 */
public final class EmbeddedPostgresServer implements Closeable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * Starts a server on {@code dataDirectory}, creating the directory and the cluster on first use.
     *
     * @param port the TCP port on the loopback interface, or 0 for a free one
     * @param durable whether committed transactions must survive a crash (fsync and synchronous_commit
     *     on); only throwaway test databases pass false
     */
    public static EmbeddedPostgresServer start(Path dataDirectory, int port, boolean durable) {
        try {
            Files.createDirectories(dataDirectory);
            stopStalePostmaster(dataDirectory);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60));
            if (port > 0) {
                builder.setPort(port);
            }
            String onOff = durable ? "on" : "off";
            builder.setServerConfig("fsync", onOff);
            builder.setServerConfig("synchronous_commit", onOff);
            builder.setServerConfig("full_page_writes", onOff);
            builder.setServerConfig("max_connections", "100");
            builder.setServerConfig("listen_addresses", "localhost");
            return new EmbeddedPostgresServer(builder.start());
        } catch (IOException e) {
            throw new IllegalStateException("Impossibile avviare PostgreSQL embedded in " + dataDirectory
                    + ": " + e.getMessage(), e);
        }
    }

    /** A throwaway server on a fresh temporary directory, for tests. */
    public static EmbeddedPostgresServer startTemporary() {
        try {
            return start(Files.createTempDirectory("retelavoro-pg-"), 0, false);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A postmaster whose process survived its JVM (kill -9 of the application) keeps the port and the
     * data directory: stop it, gracefully first. PostgreSQL's own crash recovery then replays the WAL,
     * so nothing committed is lost.
     */
    static void stopStalePostmaster(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        if (lines.isEmpty() || lines.get(0).isBlank()) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException e) {
            return;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .filter(EmbeddedPostgresServer::isPostgres);
        if (process.isEmpty()) {
            return;
        }
        log.warn("Trovato un PostgreSQL rimasto attivo da un avvio precedente (pid {}): lo arresto", pid);
        ProcessHandle postmaster = process.get();
        // SIGTERM is PostgreSQL's smart shutdown: the clients of the dead JVM are gone, so it ends soon.
        postmaster.destroy();
        if (!waitForExit(postmaster, Duration.ofSeconds(30))) {
            postmaster.destroyForcibly();
            waitForExit(postmaster, Duration.ofSeconds(10));
        }
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(command -> command.contains("postgres")).orElse(true);
    }

    private static boolean waitForExit(ProcessHandle process, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (process.isAlive() && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return !process.isAlive();
            }
        }
        return !process.isAlive();
    }

    /** Creates the database when missing and returns its JDBC URL. */
    public String createDatabaseIfMissing(String name) {
        if (!DATABASE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Nome di database non valido: " + name);
        }
        try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
            boolean exists;
            try (PreparedStatement query = connection.prepareStatement(
                    "select 1 from pg_database where datname = ?")) {
                query.setString(1, name);
                try (ResultSet rows = query.executeQuery()) {
                    exists = rows.next();
                }
            }
            if (!exists) {
                try (Statement create = connection.createStatement()) {
                    create.execute("create database " + name);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Impossibile creare il database " + name + ": " + e.getMessage(), e);
        }
        return jdbcUrl(name);
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database;
    }

    public String username() {
        return "postgres";
    }

    public int port() {
        return postgres.getPort();
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
