package it.retelavoro.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresServerTests {

    @TempDir
    Path dataDirectory;

    static String query(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "postgres", "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }

    static void execute(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    @Test
    void a_durable_server_runs_postgresql_17_with_fsync_and_synchronous_commit_on() throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDirectory, 0, true)) {
            String url = server.createDatabaseIfMissing("durable");
            assertThat(query(url, "show fsync")).isEqualTo("on");
            assertThat(query(url, "show synchronous_commit")).isEqualTo("on");
            assertThat(query(url, "show server_version_num")).startsWith("17");
        }
    }

    @Test
    void keeps_committed_data_across_a_restart_on_the_same_directory() throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDirectory, 0, true)) {
            String url = server.createDatabaseIfMissing("kept");
            execute(url, "create table note (text varchar(20))");
            execute(url, "insert into note values ('ancora qui')");
        }
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDirectory, 0, true)) {
            assertThat(query(server.createDatabaseIfMissing("kept"), "select text from note")).isEqualTo("ancora qui");
        }
    }

    @Test
    void stops_a_postmaster_left_running_by_a_killed_process_before_starting() throws Exception {
        Process child = ChildJvm.start(OrphanPostgres.class, dataDirectory.resolve("child.log"),
                dataDirectory.resolve("pg").toString());
        try {
            ChildJvm.awaitLine(dataDirectory.resolve("child.log"), OrphanPostgres.READY, 120);
        } finally {
            child.destroyForcibly().waitFor(); // kill -9: the postmaster survives its JVM
        }
        Path pg = dataDirectory.resolve("pg");
        long stalePid = Long.parseLong(Files.readAllLines(pg.resolve("postmaster.pid")).get(0).trim());
        assertThat(ProcessHandle.of(stalePid).map(ProcessHandle::isAlive)).contains(true);

        try (EmbeddedPostgresServer restarted = EmbeddedPostgresServer.start(pg, 0, true)) {
            assertThat(ProcessHandle.of(stalePid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
            assertThat(query(restarted.createDatabaseIfMissing("crash"), "select text from note"))
                    .isEqualTo("committed");
        }
    }
}
