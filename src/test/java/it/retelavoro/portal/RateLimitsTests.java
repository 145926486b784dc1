package it.retelavoro.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.retelavoro.support.IntegrationTest;
import it.retelavoro.support.MovableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The portal's rate limits on the database every instance shares (issue 19): a client that spreads its attempts over
 * two instances meets one limit; the keys are stored hashed; the old events go.
 */
@IntegrationTest
class RateLimitsTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    final MovableClock clock = new MovableClock(Instant.now().truncatedTo(ChronoUnit.MILLIS));
    final String address = "10.77." + (int) (Math.random() * 250) + "." + (int) (1 + Math.random() * 250);

    @Test
    void twoInstancesShareOneLimitPerAddress() {
        String name = "test-" + UUID.randomUUID().toString().substring(0, 8);
        RateLimiter one = new RateLimits(jdbc, clock, transactions).limiter(name, 5, Duration.ofMinutes(10));
        RateLimiter other = new RateLimits(jdbc, clock, transactions).limiter(name, 5, Duration.ofMinutes(10));

        for (int i = 0; i < 3; i++) {
            one.acquire(address);
        }
        other.acquire(address);
        one.acquire(address);

        assertThatThrownBy(() -> other.acquire(address)).isInstanceOf(TooManyApplicationsException.class)
                .satisfies(refused -> assertThat(((TooManyApplicationsException) refused).retryAfterSeconds())
                        .isEqualTo(600));
        assertThatThrownBy(() -> one.check(address)).isInstanceOf(TooManyApplicationsException.class);
        clock.advance(Duration.ofMinutes(10).plusSeconds(1));
        other.acquire(address);
    }

    @Test
    void theKeysAreHashedAndTheOldEventsGo() {
        RateLimits limits = new RateLimits(jdbc, clock, transactions);
        RateLimiter limiter = limits.limiter("test-hash", 5, Duration.ofMinutes(10));
        limiter.record(address);
        assertThat(jdbc.sql("select count(*) from portal_rate_event where key_hash like :address")
                .param("address", "%" + address + "%").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from portal_rate_event where key_hash = :hash")
                .param("hash", RateLimits.hash(address)).query(Long.class).single()).isPositive();

        // an event of more than an hour ago goes, the one just recorded stays
        String old = RateLimits.hash("old " + address);
        jdbc.sql("insert into portal_rate_event (limiter, key_hash, at) values ('test-hash', :hash, :at)")
                .param("hash", old).param("at", java.sql.Timestamp.from(clock.instant().minus(RateLimits.KEEP)
                        .minusSeconds(1))).update();
        assertThat(limits.forget()).isPositive();
        assertThat(jdbc.sql("select count(*) from portal_rate_event where key_hash = :hash")
                .param("hash", old).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from portal_rate_event where key_hash = :hash")
                .param("hash", RateLimits.hash(address)).query(Long.class).single()).isPositive();
    }
}
