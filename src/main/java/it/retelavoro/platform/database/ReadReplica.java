package it.retelavoro.platform.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pool of the read replica and whether it is answering. A replica that fails to give a connection within
 * its timeout is left alone for {@link ReplicaProperties#retryAfter()}: the reports run on the primary meanwhile,
 * with one warning in the log when it goes and one line when it comes back. The pool starts without connecting,
 * so that an instance starts while the replica is down.
 */
final class ReadReplica implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ReadReplica.class);

    private final HikariDataSource pool;
    private final ReplicaProperties properties;
    private final Clock clock;
    private volatile boolean answering = true;
    private volatile Instant retryAt = Instant.MIN;
    private volatile String lastFailure;

    ReadReplica(ReplicaProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        HikariConfig config = new HikariConfig();
        config.setPoolName("replica");
        config.setJdbcUrl(properties.url());
        config.setUsername(properties.username());
        config.setPassword(properties.password());
        config.setReadOnly(true);
        // named in pg_stat_activity of the replica, for its administrators (and the tests)
        config.addDataSourceProperty("ApplicationName", "retelavoro-reports");
        config.setMaximumPoolSize(properties.maximumPoolSize());
        config.setMinimumIdle(0);
        config.setConnectionTimeout(properties.connectionTimeout().toMillis());
        config.setInitializationFailTimeout(-1);
        this.pool = new HikariDataSource(config);
    }

    /** A connection to the replica, or empty when it does not answer (the caller then uses the primary). */
    Optional<Connection> connection() {
        if (!answering && clock.instant().isBefore(retryAt)) {
            return Optional.empty();
        }
        try {
            Connection connection = pool.getConnection();
            if (!connection.isValid(1)) {
                // a connection the pool handed out without checking (used a moment ago) to a replica gone since:
                // one round trip per report, so that a report never starts on a dead connection
                pool.evictConnection(connection);
                connection = pool.getConnection();
            }
            if (!answering) {
                answering = true;
                lastFailure = null;
                log.info("La replica in lettura risponde di nuovo: i report tornano sulla replica");
            }
            return Optional.of(connection);
        } catch (SQLException e) {
            if (busy(e)) {
                // every connection to the replica is in use by other reports: this one goes to the primary, and the
                // replica stays the reports' (a busy replica is not a replica down)
                return Optional.empty();
            }
            failed(e);
            return Optional.empty();
        }
    }

    /**
     * Whether the pool timed out because all its connections were taken, rather than because none could be made:
     * the pool gives the last failure to connect as the cause of its time-out.
     */
    private boolean busy(SQLException e) {
        return e.getCause() == null && pool.getHikariPoolMXBean() != null
                && pool.getHikariPoolMXBean().getActiveConnections() >= pool.getMaximumPoolSize();
    }

    /** Asks the replica whether it is a standby ({@code pg_is_in_recovery()}); empty when it does not answer. */
    Optional<Boolean> inRecovery() {
        Optional<Connection> found = connection();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        try (Connection connection = found.get(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select pg_is_in_recovery()")) {
            rows.next();
            return Optional.of(rows.getBoolean(1));
        } catch (SQLException e) {
            failed(e);
            return Optional.empty();
        }
    }

    boolean answering() {
        return answering;
    }

    Optional<String> lastFailure() {
        return Optional.ofNullable(lastFailure);
    }

    private void failed(SQLException e) {
        retryAt = clock.instant().plus(properties.retryAfter());
        lastFailure = e.getClass().getSimpleName() + (e.getSQLState() == null ? "" : " (SQLSTATE " + e.getSQLState() + ")");
        if (answering) {
            answering = false;
            log.warn("La replica in lettura non risponde ({}): i report passano al primario, nuovo tentativo tra {} s",
                    lastFailure, properties.retryAfter().toSeconds());
        }
    }

    @Override
    public void close() {
        pool.close();
    }
}
