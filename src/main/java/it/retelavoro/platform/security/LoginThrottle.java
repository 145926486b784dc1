package it.retelavoro.platform.security;

import it.retelavoro.shared.ClientAddresses;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without letting anyone lock a user out. Failures are counted per username
 * and client address together: after {@value #FREE_FAILURES_PER_USERNAME} of them, that pair must wait
 * before its next attempt, {@link #FIRST_DELAY} doubling with every further failure up to
 * {@link #MAX_DELAY}. A separate, higher count per address across usernames (IPv6 by /64) slows down one
 * client that tries many usernames. The same user from another address is never refused because of
 * these failures. A pair or an address is forgotten after {@link #FORGET_AFTER} without failures (longer
 * than the longest delay, so that waiting alone never resets the count); a successful login clears its
 * pair, not its address. Kept in memory: a restart forgets, which a single-node deployment accepts.
 */
@Component
class LoginThrottle {

    static final int FREE_FAILURES_PER_USERNAME = 5;
    static final int FREE_FAILURES_PER_ADDRESS = 50;
    static final Duration FIRST_DELAY = Duration.ofSeconds(15);
    static final Duration MAX_DELAY = Duration.ofMinutes(15);
    static final Duration FORGET_AFTER = Duration.ofHours(1);
    static final int MAX_TRACKED = 100_000;


    private final Map<String, Failures> byUsernameAndAddress = new ConcurrentHashMap<>();
    private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** When the pair or the address must wait, until when; empty if the attempt may go ahead. */
    Optional<Instant> refusedUntil(String username, String address) {
        Instant now = clock.instant();
        Instant pair = waitUntil(byUsernameAndAddress.get(pairKey(username, address)), FREE_FAILURES_PER_USERNAME);
        Instant client = waitUntil(byAddress.get(addressKey(address)), FREE_FAILURES_PER_ADDRESS);
        Instant until = pair.isAfter(client) ? pair : client;
        return until.isAfter(now) ? Optional.of(until) : Optional.empty();
    }

    void recordFailure(String username, String address) {
        record(byUsernameAndAddress, pairKey(username, address));
        record(byAddress, addressKey(address));
    }

    void recordSuccess(String username, String address) {
        byUsernameAndAddress.remove(pairKey(username, address));
    }

    private Instant waitUntil(Failures failures, int freeFailures) {
        if (failures == null) {
            return Instant.MIN;
        }
        synchronized (failures) {
            if (failures.forgotten(clock.instant()) || failures.count < freeFailures) {
                return Instant.MIN;
            }
            return failures.last.plus(delay(failures.count - freeFailures));
        }
    }

    /** The wait after the n-th failure beyond the free ones (0 for the first). */
    static Duration delay(int beyondFree) {
        if (beyondFree >= 30) {
            return MAX_DELAY;
        }
        Duration delay = FIRST_DELAY.multipliedBy(1L << beyondFree);
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }

    /**
     * Memory stays bounded: beyond {@link #MAX_TRACKED} keys the forgotten ones are dropped, and if the
     * map is still full a new key is not tracked (its address still is, in the other map).
     */
    private void record(Map<String, Failures> map, String key) {
        Instant now = clock.instant();
        if (!map.containsKey(key) && map.size() >= MAX_TRACKED) {
            map.values().removeIf(failures -> {
                synchronized (failures) {
                    return failures.forgotten(now);
                }
            });
            if (map.size() >= MAX_TRACKED) {
                return;
            }
        }
        Failures failures = map.computeIfAbsent(key, k -> new Failures());
        synchronized (failures) {
            if (failures.forgotten(now)) {
                failures.count = 0;
            }
            failures.count++;
            failures.last = now;
        }
    }

    private static String pairKey(String username, String address) {
        String user = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return addressKey(address) + " " + user;
    }

    /** One client, however it is written (see {@link ClientAddresses#hostKey}). */
    static String addressKey(String address) {
        return ClientAddresses.hostKey(address);
    }

    private static final class Failures {
        int count;
        Instant last = Instant.MIN;

        boolean forgotten(Instant now) {
            return count == 0 || last.plus(FORGET_AFTER).isBefore(now);
        }
    }
}
