package it.retelavoro.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/** Which failures are the database that does not answer (503), and which are errors of the request (500). */
class DatabaseOutageResponseTest {

    @Test
    void a_connection_that_cannot_be_had_or_breaks_is_an_outage() {
        assertThat(DatabaseOutageResponse.isOutage(new CannotCreateTransactionException("no connection",
                new SQLTransientConnectionException("pool timeout")))).isTrue();
        assertThat(DatabaseOutageResponse.isOutage(new RuntimeException(
                new DataAccessResourceFailureException("I/O error")))).isTrue();
        assertThat(DatabaseOutageResponse.isOutage(new SQLException("terminating connection", "57P01"))).isTrue();
        assertThat(DatabaseOutageResponse.isOutage(new SQLException("connection failure", "08006"))).isTrue();
    }

    @Test
    void a_failed_rollback_is_judged_by_what_failed_first() {
        TransactionSystemException afterOutage = new TransactionSystemException("rollback failed",
                new SQLException("closed"));
        afterOutage.initApplicationException(new DataAccessResourceFailureException("I/O error"));
        assertThat(DatabaseOutageResponse.isOutage(afterOutage)).isTrue();

        TransactionSystemException afterBug = new TransactionSystemException("rollback failed",
                new SQLException("closed"));
        afterBug.initApplicationException(new IllegalStateException("a bug"));
        assertThat(DatabaseOutageResponse.isOutage(afterBug)).isFalse();
    }

    @Test
    void an_error_of_the_request_or_the_code_is_not() {
        assertThat(DatabaseOutageResponse.isOutage(new DataIntegrityViolationException("duplicate key"))).isFalse();
        assertThat(DatabaseOutageResponse.isOutage(new SQLException("value too long", "22001"))).isFalse();
        assertThat(DatabaseOutageResponse.isOutage(new IllegalStateException("a bug"))).isFalse();
    }
}
