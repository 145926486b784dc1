package it.retelavoro.platform;

import it.retelavoro.platform.database.EmbeddedPostgresServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A streaming replica of an embedded PostgreSQL, made as a DBA makes one but with the embedded binaries alone
 * (they have no {@code pg_basebackup}): a physical replication slot keeps the WAL, the low-level backup API
 * ({@code pg_backup_start}, a copy of the data directory, {@code pg_backup_stop}) makes the base backup, and
 * {@code standby.signal} with {@code primary_conninfo} starts it as a hot standby that streams from the primary.
 */
final class StandbyServer {

    /** What a base backup leaves out (the PostgreSQL documentation's list, and the embedded library's files). */
    private static final Set<String> NOT_COPIED = Set.of("postmaster.pid", "postmaster.opts", "epg-lock",
            "pg_wal", "pg_replslot", "pg_dynshmem", "pg_notify", "pg_serial", "pg_snapshots", "pg_stat_tmp",
            "pg_subtrans", "retelavoro-port.properties");

    private StandbyServer() {
    }

    static EmbeddedPostgresServer of(EmbeddedPostgresServer primary, Path directory) throws Exception {
        String slot = "standby_" + Math.abs(System.nanoTime() % 1_000_000);
        try (Connection connection = DriverManager.getConnection(primary.jdbcUrl("postgres"), primary.username(), "");
                Statement statement = connection.createStatement()) {
            statement.execute("select pg_create_physical_replication_slot('" + slot + "', true)");
            statement.execute("select pg_backup_start('retelavoro standby', true)");
            copy(primary.dataDirectory(), directory);
            try (ResultSet stopped = statement.executeQuery("select labelfile from pg_backup_stop(true)")) {
                stopped.next();
                Files.writeString(directory.resolve("backup_label"), stopped.getString(1), StandardCharsets.UTF_8);
            }
        }
        for (String empty : new String[] {"pg_wal/archive_status", "pg_wal/summaries", "pg_replslot", "pg_dynshmem",
                "pg_notify", "pg_serial", "pg_snapshots", "pg_stat_tmp", "pg_subtrans"}) {
            Files.createDirectories(directory.resolve(empty));
        }
        // PostgreSQL refuses a data directory others may read
        Files.setPosixFilePermissions(directory, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        Files.writeString(directory.resolve("standby.signal"), "");
        Files.writeString(directory.resolve("postgresql.auto.conf"), """

                primary_conninfo = 'host=localhost port=%d user=%s application_name=standby'
                primary_slot_name = '%s'
                hot_standby = on
                """.formatted(primary.port(), primary.username(), slot), StandardOpenOption.APPEND);
        return EmbeddedPostgresServer.start(directory, 0, false);
    }

    /** Whether the server is a standby: {@code pg_is_in_recovery()}. */
    static boolean inRecovery(EmbeddedPostgresServer server) throws SQLException {
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl("postgres"), server.username(), "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select pg_is_in_recovery()")) {
            rows.next();
            return rows.getBoolean(1);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> entries = Files.list(from)) {
            for (Path entry : entries.toList()) {
                String name = entry.getFileName().toString();
                if (NOT_COPIED.contains(name) || name.startsWith("pgsql_tmp")) {
                    continue;
                }
                Path target = to.resolve(name);
                if (Files.isDirectory(entry)) {
                    copyTree(entry, target);
                } else {
                    copyFile(entry, target);
                }
            }
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> tree = Files.walk(from)) {
            tree.forEach(path -> {
                Path target = to.resolve(from.relativize(path).toString());
                try {
                    if (Files.isDirectory(path)) {
                        Files.createDirectories(target);
                    } else {
                        copyFile(path, target);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** A file the server removed while the backup ran is not needed: the WAL replay recreates what it must. */
    private static void copyFile(Path from, Path to) throws IOException {
        try {
            Files.copy(from, to);
        } catch (java.nio.file.NoSuchFileException removed) {
            // dropped meanwhile
        }
    }
}
