package it.retelavoro.portal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The portal's rate limits, kept in PostgreSQL and shared by every instance (issue 19): makes the {@link RateLimiter}s
 * and deletes, every ten minutes on one instance, the events older than any window.
 */
@Component
class RateLimits {

    /** Longer than any limiter's window. */
    static final Duration KEEP = Duration.ofHours(1);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    RateLimits(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** A limiter of at most {@code limit} events per key in the window, named apart from the others. */
    RateLimiter limiter(String name, int limit, Duration window) {
        if (window.compareTo(KEEP) > 0) {
            throw new IllegalArgumentException("A window longer than the events are kept: " + window);
        }
        return new RateLimiter(name, limit, window, this);
    }

    /** Deletes the events older than any window (void: ShedLock runs it on one instance at a time). */
    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT2M")
    @SchedulerLock(name = "portal-rate-expiry", lockAtMostFor = "PT10M")
    void forgetOld() {
        forget();
    }

    int forget() {
        return jdbc.sql("delete from portal_rate_event where at < :before")
                .param("before", Timestamp.from(clock.instant().minus(KEEP))).update();
    }

    JdbcClient jdbc() {
        return jdbc;
    }

    Clock clock() {
        return clock;
    }

    TransactionTemplate ownTransaction() {
        return ownTransaction;
    }

    static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
