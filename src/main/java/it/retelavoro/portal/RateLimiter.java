package it.retelavoro.portal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts events per key in a sliding window, in memory: enough for one application instance; a restart
 * forgets the counts, which only lets a few more applications through.
 */
final class RateLimiter {

    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> events = new ConcurrentHashMap<>();

    RateLimiter(int limit, Duration window, Clock clock) {
        this.limit = limit;
        this.window = window;
        this.clock = clock;
    }

    /** Records an attempt for the key, or refuses it when the window is full. */
    void acquire(String key) {
        Instant now = clock.instant();
        Deque<Instant> times = events.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            refuseIfFull(times, now);
            times.addLast(now);
        }
        forgetIdleKeys(now);
    }

    /** Refuses when the window of the key is full, recording nothing: what counts is {@link #record}ed later. */
    void check(String key) {
        Deque<Instant> times = events.get(key);
        if (times != null) {
            synchronized (times) {
                refuseIfFull(times, clock.instant());
            }
        }
    }

    /** Counts one event for the key. */
    void record(String key) {
        Instant now = clock.instant();
        Deque<Instant> times = events.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(now);
        }
        forgetIdleKeys(now);
    }

    private void refuseIfFull(Deque<Instant> times, Instant now) {
        while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(window))) {
            times.pollFirst();
        }
        if (times.size() >= limit) {
            long retry = Math.max(1, Duration.between(now, times.peekFirst().plus(window)).toSeconds());
            throw new TooManyApplicationsException(retry);
        }
    }

    private void forgetIdleKeys(Instant now) {
        if (events.size() > 100_000) {
            // Bounded memory under a flood of distinct addresses: forget the idle keys.
            events.entrySet().removeIf(entry -> {
                synchronized (entry.getValue()) {
                    return entry.getValue().isEmpty() || entry.getValue().peekLast().isBefore(now.minus(window));
                }
            });
        }
    }
}
