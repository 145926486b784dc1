package it.retelavoro.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import it.retelavoro.support.TestDatabase;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The data source with a replica configured, on a real PostgreSQL: what each transaction gets when the replica
 * does not answer (a port where nothing listens). The replica's own routing is shown by ScaleOutTests.
 */
class ReportRoutingDataSourceTests {

    private HikariDataSource primary;
    private ReadReplica replica;
    private ReportRoutingDataSource routing;
    private JdbcClient jdbc;
    private JdbcTransactionManager transactions;

    @BeforeEach
    void dataSources() {
        primary = new HikariDataSource();
        primary.setJdbcUrl(TestDatabase.jdbcUrl());
        primary.setUsername(TestDatabase.username());
        primary.setMaximumPoolSize(2);
        replica = new ReadReplica(new ReplicaProperties("jdbc:postgresql://localhost:1/retelavoro", "nobody", "", 2,
                Duration.ofMillis(500), Duration.ofSeconds(30)), Clock.systemUTC());
        routing = new ReportRoutingDataSource(primary, () -> replica);
        jdbc = JdbcClient.create(routing);
        transactions = new JdbcTransactionManager(routing);
    }

    @AfterEach
    void close() throws Exception {
        ReportReadScope.leave();
        replica.close();
        routing.close();
    }

    @Test
    void a_read_only_transaction_on_the_primary_is_still_read_only_in_and_out_of_the_reports() {
        assertThat(readOnlyOf(true)).isEqualTo("on");
        ReportReadScope.enter();
        assertThat(readOnlyOf(true)).as("a report with the replica down, on the primary").isEqualTo("on");
        assertThat(replica.answering()).isFalse();
        assertThat(readOnlyOf(false)).as("a write of a report's request").isEqualTo("off");
        ReportReadScope.leave();
        assertThat(readOnlyOf(false)).isEqualTo("off");
    }

    @Test
    void the_pool_of_the_primary_closes_with_the_data_source() throws Exception {
        routing.close();
        assertThat(primary.isClosed()).isTrue();
    }

    private String readOnlyOf(boolean readOnly) {
        TransactionTemplate template = new TransactionTemplate(transactions);
        template.setReadOnly(readOnly);
        return template.execute(status -> jdbc.sql("select current_setting('transaction_read_only')")
                .query(String.class).single());
    }
}
