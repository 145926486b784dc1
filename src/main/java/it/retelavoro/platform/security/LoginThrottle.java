package it.retelavoro.platform.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
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

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

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

    /**
     * One client, however it is written: an IPv4-mapped IPv6 address is its IPv4 address, the IPv6
     * loopback is the IPv4 one, and an IPv6 client is its /64, which a single host usually holds whole.
     */
    static String addressKey(String address) {
        if (address == null || address.isBlank()) {
            return "unknown";
        }
        String candidate = address.strip();
        if (IPV4.matcher(candidate).matches() || !candidate.contains(":")) {
            return candidate;
        }
        try {
            // a literal with ':' is parsed without any name lookup
            InetAddress parsed = InetAddress.getByName(candidate.replaceAll("^\\[|]$", "").replaceAll("%.*$", ""));
            if (parsed.isLoopbackAddress()) {
                return "127.0.0.1";
            }
            byte[] bytes = parsed.getAddress();
            if (bytes.length == 4) {
                return parsed.getHostAddress();
            }
            StringBuilder prefix = new StringBuilder();
            for (int i = 0; i < 8; i += 2) {
                prefix.append(String.format("%02x%02x:", bytes[i], bytes[i + 1]));
            }
            return prefix.append(":/64").toString();
        } catch (UnknownHostException e) {
            return candidate;
        }
    }

    private static final class Failures {
        int count;
        Instant last = Instant.MIN;

        boolean forgotten(Instant now) {
            return count == 0 || last.plus(FORGET_AFTER).isBefore(now);
        }
    }
}
