package it.retelavoro.audit;

import it.retelavoro.shared.Callers;
import it.retelavoro.shared.CurrentUser;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one way into the audit trail.
 *
 * <p>A successful action is recorded in the caller's transaction, so that the row exists if and only if
 * the change it describes was committed. A denied or failed action is recorded in a transaction of its
 * own, so that it survives the rollback of the work it stopped. {@code detail} must never carry personal
 * data: name objects by id.
 */
@Service
public class AuditLog {

    private final JdbcClient jdbc;
    private final TransactionTemplate separateTransaction;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.separateTransaction = new TransactionTemplate(transactions);
        this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * Records a completed action of the current caller, inside the caller's transaction; a read done in a
     * read-only transaction is recorded in a transaction of its own.
     */
    public void success(String action, String objectType, Object objectId) {
        success(action, objectType, objectId, null);
    }

    /** Records a completed action with a non-personal detail (a state, a count, a code). */
    public void success(String action, String objectType, Object objectId, String detail) {
        Optional<CurrentUser> caller = Callers.current();
        if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            separateTransaction.executeWithoutResult(status ->
                    insert(caller, null, action, objectType, objectId, AuditOutcome.SUCCESS, detail));
        } else {
            insert(caller, null, action, objectType, objectId, AuditOutcome.SUCCESS, detail);
        }
    }

    /** Records an action refused for lack of rights; survives the rollback of the request. */
    public void denied(String action, String objectType, Object objectId) {
        separateTransaction.executeWithoutResult(status ->
                insert(Callers.current(), null, action, objectType, objectId, AuditOutcome.DENIED, null));
    }

    /** Records an action that failed; survives the rollback of the request. */
    public void failed(String action, String objectType, Object objectId, String detail) {
        separateTransaction.executeWithoutResult(status ->
                insert(Callers.current(), null, action, objectType, objectId, AuditOutcome.FAILED, detail));
    }

    /** Records a login attempt, whose user may not be authenticated yet. */
    public void login(String username, AuditOutcome outcome) {
        separateTransaction.executeWithoutResult(status ->
                insert(Callers.current(), username, "LOGIN", "USER", null, outcome, null));
    }

    private void insert(Optional<CurrentUser> caller, String username, String action, String objectType,
            Object objectId, AuditOutcome outcome, String detail) {
        jdbc.sql("""
                insert into audit_event (occurred_at, user_id, username, organisation_id, actor_role, action,
                                         object_type, object_id, outcome, detail)
                values (:at, :userId, :username, :organisationId, :role, :action, :objectType, :objectId, :outcome,
                        :detail)
                """)
                .param("at", Timestamp.from(clock.instant()))
                .param("userId", caller.map(user -> user.id().value()).orElse(null))
                .param("username", caller.map(CurrentUser::username).orElse(truncate(username, 100)))
                .param("organisationId", caller.map(user -> user.organisationId().value()).orElse(null))
                .param("role", caller.map(user -> user.role().name()).orElse(null))
                .param("action", action)
                .param("objectType", objectType)
                .param("objectId", objectId == null ? null : truncate(objectId.toString(), 100))
                .param("outcome", outcome.name())
                .param("detail", truncate(detail, 500))
                .update();
    }

    private static String truncate(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }
}
