package it.retelavoro.platform.security;

import it.retelavoro.shared.ClientAddresses;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without letting anyone lock a user out. Failures are counted per username
 * and client address together: after {@value #FREE_FAILURES_PER_USERNAME} of them, that pair must wait
 * before its next attempt, {@link #FIRST_DELAY} doubling with every further failure up to
 * {@link #MAX_DELAY}. A separate, higher count per address across usernames (IPv6 by /64) slows down one
 * client that tries many usernames. The same user from another address is never refused because of
 * these failures. A pair or an address is forgotten after {@link #FORGET_AFTER} without failures (longer
 * than the longest delay, so that waiting alone never resets the count); a successful login clears its
 * pair, not its address.
 *
 * <p>Kept in PostgreSQL (issue 19), so that every instance of the application counts the same failures: a table
 * {@code platform_login_failure} whose rows are named by the SHA-256 of the key, never the address nor the
 * username; each failure is one upsert, each check one read of two rows by their key. The forgotten rows are
 * deleted every ten minutes, on one instance.
 */
@Component
class LoginThrottle {

    static final int FREE_FAILURES_PER_USERNAME = 5;
    static final int FREE_FAILURES_PER_ADDRESS = 50;
    static final Duration FIRST_DELAY = Duration.ofSeconds(15);
    static final Duration MAX_DELAY = Duration.ofMinutes(15);
    static final Duration FORGET_AFTER = Duration.ofHours(1);

    private final JdbcClient jdbc;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** When the pair or the address must wait, until when; empty if the attempt may go ahead. */
    Optional<Instant> refusedUntil(String username, String address) {
        Instant now = clock.instant();
        String pair = hash("P " + pairKey(username, address));
        String client = hash("A " + addressKey(address));
        Map<String, Failures> found = new HashMap<>();
        jdbc.sql("select key_hash, failures, last_at from platform_login_failure where key_hash in (:pair, :client)")
                .param("pair", pair).param("client", client)
                .query((rs, n) -> found.put(rs.getString(1),
                        new Failures(rs.getInt(2), rs.getTimestamp(3).toInstant()))).list();
        Instant byPair = waitUntil(found.get(pair), FREE_FAILURES_PER_USERNAME, now);
        Instant byClient = waitUntil(found.get(client), FREE_FAILURES_PER_ADDRESS, now);
        Instant until = byPair.isAfter(byClient) ? byPair : byClient;
        return until.isAfter(now) ? Optional.of(until) : Optional.empty();
    }

    void recordFailure(String username, String address) {
        Instant now = clock.instant();
        record(hash("P " + pairKey(username, address)), now);
        record(hash("A " + addressKey(address)), now);
    }

    void recordSuccess(String username, String address) {
        jdbc.sql("delete from platform_login_failure where key_hash = :key")
                .param("key", hash("P " + pairKey(username, address))).update();
    }

    /** Deletes the counts forgotten (void: ShedLock runs it on one instance at a time). */
    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
    @SchedulerLock(name = "login-failure-expiry", lockAtMostFor = "PT10M")
    void forgetOld() {
        forget();
    }

    /** Deletes the counts without a failure for longer than {@link #FORGET_AFTER}; how many. */
    int forget() {
        return jdbc.sql("delete from platform_login_failure where last_at < :before")
                .param("before", Timestamp.from(clock.instant().minus(FORGET_AFTER))).update();
    }

    private static Instant waitUntil(Failures failures, int freeFailures, Instant now) {
        if (failures == null || failures.forgotten(now) || failures.count() < freeFailures) {
            return Instant.MIN;
        }
        return failures.last().plus(delay(failures.count() - freeFailures));
    }

    /** The wait after the n-th failure beyond the free ones (0 for the first). */
    static Duration delay(int beyondFree) {
        if (beyondFree >= 30) {
            return MAX_DELAY;
        }
        Duration delay = FIRST_DELAY.multipliedBy(1L << beyondFree);
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }

    /** One more failure of the key, counted from one again when the last one is forgotten; atomic across instances. */
    private void record(String key, Instant now) {
        jdbc.sql("""
                insert into platform_login_failure as kept (key_hash, failures, last_at) values (:key, 1, :now)
                on conflict (key_hash) do update
                   set failures = case when kept.last_at < :forgotten then 1 else kept.failures + 1 end,
                       last_at = greatest(kept.last_at, excluded.last_at)""")
                .param("key", key).param("now", Timestamp.from(now))
                .param("forgotten", Timestamp.from(now.minus(FORGET_AFTER))).update();
    }

    private static String pairKey(String username, String address) {
        String user = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return addressKey(address) + " " + user;
    }

    /** One client, however it is written (see {@link ClientAddresses#hostKey}). */
    static String addressKey(String address) {
        return ClientAddresses.hostKey(address);
    }

    private static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private record Failures(int count, Instant last) {

        boolean forgotten(Instant now) {
            return count == 0 || last.plus(FORGET_AFTER).isBefore(now);
        }
    }
}
