package it.retelavoro.retention;

import it.retelavoro.audit.AuditLog;
import it.retelavoro.shared.RetentionTask;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies the retention catalogue every night, on one instance (the lock {@code retention} in the table
 * {@code shedlock}; an instance that finds it taken does nothing): each category's task erases or anonymises what
 * was kept since before its cut-off, in a transaction of its own, and the audit trail records what it did
 * ({@code RETENTION_APPLIED}: the category, the cut-off, how many records) or that it failed. Every category must have
 * its task and every task its category: otherwise the application does not start.
 */
@Component
public class RetentionJob {

    static final String LOCK = "retention";
    private static final Logger LOG = LoggerFactory.getLogger(RetentionJob.class);

    private final RetentionCatalogue catalogue;
    private final Map<String, RetentionTask> tasks;
    private final AuditLog audit;
    private final Clock clock;
    private final LockingTaskExecutor locks;
    private final TransactionTemplate transactions;

    RetentionJob(RetentionCatalogue catalogue, List<RetentionTask> tasks, AuditLog audit, Clock clock,
            LockProvider lockProvider, PlatformTransactionManager transactionManager) {
        this.catalogue = catalogue;
        this.tasks = tasks.stream().collect(Collectors.toMap(RetentionTask::category, Function.identity()));
        this.audit = audit;
        this.clock = clock;
        this.locks = new DefaultLockingTaskExecutor(lockProvider);
        this.transactions = new TransactionTemplate(transactionManager);
        Set<String> listed = catalogue.categories().stream().map(RetentionCategory::code).collect(Collectors.toSet());
        if (!listed.equals(this.tasks.keySet())) {
            throw new IllegalStateException("The retention catalogue lists " + listed + " but the modules apply "
                    + this.tasks.keySet());
        }
    }

    /** What one category's task did. */
    public record Applied(String category, Instant cutoff, int records) {
    }

    @Scheduled(cron = "${retelavoro.retention.cron:0 20 3 * * *}", zone = "Europe/Rome")
    void nightly() {
        run();
    }

    /**
     * Applies every category now, unless another instance is applying them: then it does nothing and answers empty.
     */
    public Optional<List<Applied>> run() {
        Instant now = clock.instant();
        try {
            LockingTaskExecutor.TaskResult<List<Applied>> result = locks.executeWithLock(() -> applyAll(now),
                    new LockConfiguration(now, LOCK, Duration.ofHours(2), Duration.ZERO));
            return result.wasExecuted() ? Optional.ofNullable(result.getResult()) : Optional.empty();
        } catch (Throwable failure) {
            throw new IllegalStateException("Retention failed", failure);
        }
    }

    private List<Applied> applyAll(Instant now) {
        List<Applied> applied = new ArrayList<>();
        for (RetentionCategory category : catalogue.categories()) {
            Instant cutoff = category.cutoff(now, clock.getZone());
            try {
                Integer records = transactions.execute(status -> {
                    int count = tasks.get(category.code()).apply(cutoff);
                    audit.success("RETENTION_APPLIED", "RETENTION", category.code(),
                            "before=" + Timestamp.from(cutoff).toInstant() + " records=" + count);
                    return count;
                });
                applied.add(new Applied(category.code(), cutoff, records == null ? 0 : records));
            } catch (RuntimeException failure) {
                LOG.error("Retention of {} failed", category.code(), failure);
                audit.failed("RETENTION_APPLIED", "RETENTION", category.code(), failure.getClass().getSimpleName());
            }
        }
        return applied;
    }
}
