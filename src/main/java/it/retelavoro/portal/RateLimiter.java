package it.retelavoro.portal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Counts events per key in a sliding window, in PostgreSQL ({@code portal_rate_event}, issue 19), so that every
 * instance of the application counts the same events: a client spreading its attempts over the instances meets one
 * limit. The keys are stored as their SHA-256 (never a client's address). Made by {@link RateLimits}.
 */
final class RateLimiter {

    private final String name;
    private final int limit;
    private final Duration window;
    private final RateLimits store;

    RateLimiter(String name, int limit, Duration window, RateLimits store) {
        this.name = name;
        this.limit = limit;
        this.window = window;
        this.store = store;
    }

    /**
     * Records an attempt for the key, or refuses it when the window is full: in a transaction of its own, under a lock
     * of the key, so that two instances cannot both take the last place, and an attempt counts even when what follows
     * it fails.
     */
    void acquire(String key) {
        String hash = RateLimits.hash(key);
        store.ownTransaction().executeWithoutResult(status -> {
            store.jdbc().sql("select pg_advisory_xact_lock(hashtextextended(:lock, 19))")
                    .param("lock", name + " " + hash).query((rs, n) -> 1).list();
            Instant now = store.clock().instant();
            refuseIfFull(hash, now);
            insert(hash, now);
        });
    }

    /** Refuses when the window of the key is full, recording nothing: what counts is {@link #record}ed later. */
    void check(String key) {
        refuseIfFull(RateLimits.hash(key), store.clock().instant());
    }

    /** Counts one event for the key, in the caller's transaction if there is one. */
    void record(String key) {
        insert(RateLimits.hash(key), store.clock().instant());
    }

    private void refuseIfFull(String hash, Instant now) {
        Map<String, Object> window = store.jdbc().sql("""
                select count(*) as events, min(at) as oldest from portal_rate_event
                 where limiter = :name and key_hash = :hash and at > :since""")
                .param("name", name).param("hash", hash).param("since", Timestamp.from(now.minus(this.window)))
                .query().singleRow();
        if (((Number) window.get("events")).intValue() >= limit) {
            Instant oldest = ((Timestamp) window.get("oldest")).toInstant();
            long retry = Math.max(1, Duration.between(now, oldest.plus(this.window)).toSeconds());
            throw new TooManyApplicationsException(retry);
        }
    }

    private void insert(String hash, Instant now) {
        store.jdbc().sql("insert into portal_rate_event (limiter, key_hash, at) values (:name, :hash, :at)")
                .param("name", name).param("hash", hash).param("at", Timestamp.from(now)).update();
    }
}
