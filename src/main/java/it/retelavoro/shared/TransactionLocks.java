package it.retelavoro.shared;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Makes the transactions that would decide the same thing at the same time take turns. A use case that
 * checks "is there already one?" before writing takes the lock of what it is about first: a second request
 * for the same thing waits until the first commits, then sees what the first wrote and answers as a
 * sequential duplicate does (409), instead of both inserting and the loser failing on a unique index.
 * The unique indexes stay the last word; this only makes their verdict readable.
 *
 * <p>PostgreSQL transaction-scoped advisory locks: released at commit or rollback, held by nothing else. A lock
 * the transaction already holds is not asked for again (no round trip).
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
        String key = scope + ':' + subject;
        if (!held().add(key)) {
            return;
        }
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .param("key", key)
                .query((rs, row) -> Boolean.TRUE).single();
    }

    /**
     * Takes the locks of all the subjects within {@code scope}, in one round trip and in the order of their keys,
     * so that two transactions locking sets that overlap never wait for each other in a circle (as long as each
     * takes its scopes in the order of their names, and its single locks after the sets).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lock(String scope, Collection<?> subjects) {
        Set<String> held = held();
        List<String> keys = new ArrayList<>();
        for (String key : new TreeSet<>(subjects.stream().map(subject -> scope + ':' + subject).toList())) {
            if (held.add(key)) {
                keys.add(key);
            }
        }
        if (keys.isEmpty()) {
            return;
        }
        // unnest yields the array's elements in their order, and each row's lock is taken as it is produced
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(k, 0)) from unnest(cast(:keys as text[])) as k")
                .param("keys", keys.toArray(String[]::new))
                .query((rs, row) -> Boolean.TRUE).list();
    }

    /** The keys this transaction holds, kept with its synchronizations (suspended with it by REQUIRES_NEW). */
    private Set<String> held() {
        for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            if (synchronization instanceof HeldLocks locks && locks.owner == this) {
                return locks.keys;
            }
        }
        HeldLocks locks = new HeldLocks(this);
        TransactionSynchronizationManager.registerSynchronization(locks);
        return locks.keys;
    }

    private static final class HeldLocks implements TransactionSynchronization {
        private final TransactionLocks owner;
        private final Set<String> keys = new HashSet<>();

        HeldLocks(TransactionLocks owner) {
            this.owner = owner;
        }
    }
}
