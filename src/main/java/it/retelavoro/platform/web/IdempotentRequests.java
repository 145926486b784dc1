package it.retelavoro.platform.web;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The first answer to each idempotency key of a caller, kept {@link #RETENTION}. Each statement commits
 * on its own (no transaction around them): the claim of a key must be visible to a concurrent retry at
 * once, and the answer stored after the use case's own transaction has committed.
 */
@Component
class IdempotentRequests {

    static final Duration RETENTION = Duration.ofHours(24);

    /**
     * A claim never completed (the process died between the use case's commit and the storing of its
     * answer) stops blocking its key after this long; the retry then runs again.
     */
    static final Duration ABANDONED = Duration.ofMinutes(10);

    private static final Logger log = LoggerFactory.getLogger(IdempotentRequests.class);

    private final JdbcClient jdbc;
    private final Clock clock;

    IdempotentRequests(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What a request with a key found. */
    sealed interface Claim {
    }

    /** The key is new (or its last use expired): the request runs, and its answer is stored after. */
    record Claimed() implements Claim {
    }

    /** The key was used with another request. */
    record OtherRequest() implements Claim {
    }

    /** The first request with the key is still running. */
    record InFlight() implements Claim {
    }

    /** The stored answer of the first request. */
    record Answered(int status, String location, String contentType, byte[] body) implements Claim {
    }

    Claim claim(String caller, String key, String requestHash) {
        Instant now = clock.instant();
        if (insert(caller, key, requestHash, now)) {
            return new Claimed();
        }
        int expired = jdbc.sql("""
                        delete from idempotent_request where caller = :caller and idempotency_key = :key
                          and (created_at < :expired or (status is null and created_at < :abandoned))""")
                .param("caller", caller).param("key", key)
                .param("expired", Timestamp.from(now.minus(RETENTION)))
                .param("abandoned", Timestamp.from(now.minus(ABANDONED)))
                .update();
        if (expired > 0 && insert(caller, key, requestHash, now)) {
            return new Claimed();
        }
        return jdbc.sql("""
                        select request_hash, status, location, content_type, body from idempotent_request
                        where caller = :caller and idempotency_key = :key""")
                .param("caller", caller).param("key", key)
                .query((rs, row) -> {
                    if (!rs.getString("request_hash").equals(requestHash)) {
                        return (Claim) new OtherRequest();
                    }
                    int status = rs.getInt("status");
                    if (rs.wasNull()) {
                        return new InFlight();
                    }
                    return new Answered(status, rs.getString("location"), rs.getString("content_type"),
                            rs.getBytes("body"));
                })
                .optional()
                // deleted meanwhile by the request that claimed it, which failed: as in flight, retry later
                .orElseGet(InFlight::new);
    }

    private boolean insert(String caller, String key, String requestHash, Instant now) {
        return jdbc.sql("""
                        insert into idempotent_request (caller, idempotency_key, request_hash, created_at)
                        values (:caller, :key, :hash, :now) on conflict do nothing""")
                .param("caller", caller).param("key", key).param("hash", requestHash)
                .param("now", Timestamp.from(now))
                .update() == 1;
    }

    void answer(String caller, String key, int status, String location, String contentType, byte[] body) {
        jdbc.sql("""
                        update idempotent_request set status = :status, location = :location,
                          content_type = :contentType, body = :body
                        where caller = :caller and idempotency_key = :key""")
                .param("caller", caller).param("key", key).param("status", status)
                .param("location", location).param("contentType", contentType).param("body", body)
                .update();
    }

    /** The request failed in a way a retry may mend (a server error, a form to correct): forget the key. */
    void release(String caller, String key) {
        jdbc.sql("delete from idempotent_request where caller = :caller and idempotency_key = :key and status is null")
                .param("caller", caller).param("key", key).update();
    }

    @Scheduled(fixedDelay = 60, initialDelay = 5, timeUnit = java.util.concurrent.TimeUnit.MINUTES)
    @SchedulerLock(name = "idempotency-expiry", lockAtMostFor = "PT30M")
    public void removeExpired() {
        int removed = removeOlderThan(clock.instant().minus(RETENTION));
        if (removed > 0) {
            log.info("Rimosse {} chiavi di idempotenza scadute", removed);
        }
    }

    int removeOlderThan(Instant cutoff) {
        return jdbc.sql("delete from idempotent_request where created_at < :cutoff")
                .param("cutoff", Timestamp.from(cutoff)).update();
    }
}
