package it.retelavoro.shared;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes the transactions that would decide the same thing at the same time take turns. A use case that
 * checks "is there already one?" before writing takes the lock of what it is about first: a second request
 * for the same thing waits until the first commits, then sees what the first wrote and answers as a
 * sequential duplicate does (409), instead of both inserting and the loser failing on a unique index.
 * The unique indexes stay the last word; this only makes their verdict readable.
 *
 * <p>PostgreSQL transaction-scoped advisory locks: released at commit or rollback, held by nothing else.
 */
@Component
public class TransactionLocks {

    private final JdbcClient jdbc;

    TransactionLocks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Waits until no other transaction holds the lock of {@code subject} within {@code scope} (for example
     * {@code "person.fiscal-code"} and the code), then holds it until this transaction ends.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lock(String scope, Object subject) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .param("key", scope + ':' + subject)
                .query((rs, row) -> Boolean.TRUE).single();
    }
}
