package it.retelavoro.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
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
 *
 * <p>Two instances on one machine never share a server by accident: see {@link #start}.
 */
public final class EmbeddedPostgresServer implements Closeable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private static final int START_ATTEMPTS = 5;
    /** The lock file the embedded library holds in the data directory while its server runs. */
    private static final String INSTANCE_LOCK = "epg-lock";

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDirectory) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
    }

    /**
     * Starts a server on {@code dataDirectory}, creating the directory and the cluster on first use.
     *
     * <p>The server is identified by its data directory, never by its port: a port another process
     * listens on is left alone and another one chosen (and remembered in the data directory), and the
     * server that answers after the start must report this data directory, or it is not used.
     *
     * @param port the TCP port wished on the loopback interface, or 0 for any free one
     * @param durable whether committed transactions must survive a crash (fsync and synchronous_commit
     *     on); only throwaway test databases pass false
     * @throws IllegalStateException when the directory's server belongs to an instance still running
     */
    public static EmbeddedPostgresServer start(Path dataDirectory, int port, boolean durable) {
        Path directory;
        try {
            Files.createDirectories(dataDirectory);
            directory = dataDirectory.toRealPath();
            refuseIfInUse(directory);
            stopStalePostmaster(directory);
        } catch (IOException e) {
            throw cannotStart(dataDirectory, e);
        }
        EmbeddedServerPort ports = new EmbeddedServerPort(directory, port);
        try (PortChoiceLock ignored = PortChoiceLock.acquire()) {
            for (int attempt = 1; attempt <= START_ATTEMPTS; attempt++) {
                int candidate = ports.next();
                EmbeddedPostgres postgres = launch(directory, candidate, durable);
                if (servesDataDirectory(candidate, directory)) {
                    ports.remember(candidate);
                    if (port > 0 && candidate != port) {
                        log.warn("La porta {} è occupata da un altro processo: PostgreSQL embedded usa la porta {}"
                                + " (ricordata in {})", port, candidate, EmbeddedServerPort.FILE_NAME);
                    }
                    return new EmbeddedPostgresServer(postgres, directory);
                }
                // Started at the same moment as another server on the same port: ours lost the port.
                log.warn("Sulla porta {} risponde un PostgreSQL di un'altra directory dei dati: non lo uso", candidate);
                closeQuietly(postgres);
                ports.refuse(candidate);
                stopStalePostmaster(directory);
            }
        } catch (IOException e) {
            throw cannotStart(directory, e);
        }
        throw new IllegalStateException("PostgreSQL embedded in " + directory + " non ha trovato una porta sua dopo "
                + START_ATTEMPTS + " tentativi");
    }

    private static EmbeddedPostgres launch(Path directory, int port, boolean durable) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setPort(port);
        String onOff = durable ? "on" : "off";
        builder.setServerConfig("fsync", onOff);
        builder.setServerConfig("synchronous_commit", onOff);
        builder.setServerConfig("full_page_writes", onOff);
        builder.setServerConfig("max_connections", "100");
        if (durable) {
            // full-page images after each checkpoint are most of the WAL of small writes: compressed, and
            // checkpoints further apart, the WAL flushed at each commit is smaller (ADR 0002)
            builder.setServerConfig("wal_compression", "on");
            builder.setServerConfig("max_wal_size", "2GB");
            builder.setServerConfig("checkpoint_timeout", "15min");
            builder.setServerConfig("shared_buffers", "256MB");
        }
        builder.setServerConfig("listen_addresses", "localhost");
        return builder.start();
    }

    /** Whether the server answering on the port is the one of this data directory. */
    private static boolean servesDataDirectory(int port, Path directory) {
        String url = "jdbc:postgresql://localhost:" + port + "/postgres?connectTimeout=10&socketTimeout=30";
        try (Connection connection = DriverManager.getConnection(url, "postgres", "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("show data_directory")) {
            return rows.next() && Path.of(rows.getString(1)).toRealPath().equals(directory);
        } catch (SQLException | IOException | RuntimeException notOurs) {
            return false;
        }
    }

    private static void closeQuietly(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            log.warn("Arresto del PostgreSQL embedded non riuscito: {}", e.getMessage());
        }
    }

    private static IllegalStateException cannotStart(Path dataDirectory, IOException e) {
        return new IllegalStateException("Impossibile avviare PostgreSQL embedded in " + dataDirectory + ": "
                + e.getMessage(), e);
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
     * The embedded library locks a file in the data directory for as long as its server runs; the
     * operating system releases it when the process dies, even by kill -9. A lock still held therefore
     * means an instance that is alive: its server is not an orphan to stop.
     */
    private static void refuseIfInUse(Path dataDirectory) throws IOException {
        Path lockFile = dataDirectory.resolve(INSTANCE_LOCK);
        if (!Files.exists(lockFile)) {
            return;
        }
        boolean held;
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            held = lock == null;
            if (lock != null) {
                lock.release();
            }
        } catch (OverlappingFileLockException heldInThisProcess) {
            held = true;
        }
        if (held) {
            throw new IllegalStateException("La directory dei dati " + dataDirectory
                    + " è già usata da un'altra istanza in esecuzione");
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

    /** The data directory, as its server reported it at start (real path). */
    public Path dataDirectory() {
        return dataDirectory;
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
