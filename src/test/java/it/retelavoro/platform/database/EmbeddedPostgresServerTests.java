package it.retelavoro.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;
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

    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS, threadMode = ThreadMode.SEPARATE_THREAD)
    void leaves_a_port_held_by_another_postgresql_to_it_and_keeps_its_own_port_across_restarts(@TempDir Path other)
            throws Exception {
        try (EmbeddedPostgresServer stranger = EmbeddedPostgresServer.start(other.resolve("pg"), 0, false)) {
            int taken = stranger.port();
            Path mine = dataDirectory.resolve("pg");
            int chosen;
            try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(mine, taken, false)) {
                chosen = server.port();
                assertThat(chosen).isNotEqualTo(taken);
                assertThat(query(server.jdbcUrl("postgres"), "show data_directory"))
                        .isEqualTo(mine.toRealPath().toString());
                execute(server.createDatabaseIfMissing("mine"), "create table note (text varchar(20))");
            }
            assertThat(query(stranger.jdbcUrl("postgres"),
                    "select count(*) from pg_database where datname = 'mine'")).isEqualTo("0");

            try (EmbeddedPostgresServer restarted = EmbeddedPostgresServer.start(mine, taken, false)) {
                assertThat(restarted.port()).as("the port remembered in the data directory").isEqualTo(chosen);
                assertThat(query(restarted.createDatabaseIfMissing("mine"), "select count(*) from note"))
                        .isEqualTo("0");
            }
        }
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = ThreadMode.SEPARATE_THREAD)
    void never_connects_to_another_process_listening_on_the_configured_port() throws Exception {
        try (ServerSocket stranger = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            int taken = stranger.getLocalPort();
            try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDirectory, taken, false)) {
                assertThat(server.port()).isNotEqualTo(taken);
                assertThat(query(server.jdbcUrl("postgres"), "show data_directory"))
                        .isEqualTo(dataDirectory.toRealPath().toString());
            }
            stranger.setSoTimeout(1);
            assertThatThrownBy(stranger::accept).as("no connection was ever opened to the stranger")
                    .isInstanceOf(SocketTimeoutException.class);
        }
    }

    @Test
    void refuses_a_data_directory_whose_server_belongs_to_a_running_instance() throws Exception {
        try (EmbeddedPostgresServer running = EmbeddedPostgresServer.start(dataDirectory, 0, false)) {
            assertThatThrownBy(() -> EmbeddedPostgresServer.start(dataDirectory, 0, false))
                    .isInstanceOf(IllegalStateException.class);
            assertThat(query(running.jdbcUrl("postgres"), "select 'still running'")).isEqualTo("still running");
        }
    }
}
