package it.retelavoro.platform.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.AbstractDataSource;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;

/**
 * The application's data source when a read replica is configured: the primary, whose connections are taken
 * lazily so that a read-only transaction is known as such before its connection is chosen. A read-only
 * transaction of an analysts' report ({@link ReportReadScope}) takes its connection from the replica, unless the
 * replica does not answer; everything else (every write, every read of an operator) from the primary.
 */
final class ReportRoutingDataSource extends LazyConnectionDataSourceProxy implements AutoCloseable {

    ReportRoutingDataSource(DataSource primary, Supplier<ReadReplica> replica) {
        super(primary);
        setReadOnlyDataSource(new ReadOnlyConnections(primary, replica));
    }

    /** Closes the primary's pool with the application, as the data source it wraps would have been. */
    @Override
    public void close() throws Exception {
        if (obtainTargetDataSource() instanceof AutoCloseable pool) {
            pool.close();
        }
    }

    /** The connections of read-only transactions: the replica's for a report, the primary's otherwise. */
    private static final class ReadOnlyConnections extends AbstractDataSource {

        private final DataSource primary;
        private final Supplier<ReadReplica> replica;

        ReadOnlyConnections(DataSource primary, Supplier<ReadReplica> replica) {
            this.primary = primary;
            this.replica = replica;
        }

        @Override
        public Connection getConnection() throws SQLException {
            if (ReportReadScope.active()) {
                Optional<Connection> onReplica = replica.get().connection();
                if (onReplica.isPresent()) {
                    return onReplica.get();
                }
            }
            // the proxy takes the connections of this data source as read-only already, and no longer marks them
            return readOnly(primary.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return readOnly(primary.getConnection(username, password));
        }

        /** The primary's connection for a read-only transaction, marked so (the pool resets it when it is back). */
        private static Connection readOnly(Connection connection) throws SQLException {
            connection.setReadOnly(true);
            return connection;
        }
    }
}
