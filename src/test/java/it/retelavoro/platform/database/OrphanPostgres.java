package it.retelavoro.platform.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/** Run in a child JVM: starts a durable server, commits a row, says so, and waits to be killed. */
public final class OrphanPostgres {

    static final String READY = "ORPHAN-READY";

    private OrphanPostgres() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(Path.of(args[0]), 0, true);
        String url = server.createDatabaseIfMissing("crash");
        try (Connection connection = DriverManager.getConnection(url, "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute("create table note (text varchar(20))");
            statement.execute("insert into note values ('committed')");
        }
        System.out.println(READY);
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
