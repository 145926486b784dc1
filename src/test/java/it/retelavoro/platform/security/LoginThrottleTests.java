package it.retelavoro.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import it.retelavoro.support.IntegrationTest;
import it.retelavoro.support.MovableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The throttle of failed logins, on the database every instance shares (issue 19). Each test counts for addresses of
 * its own, drawn at random, as the counts of the suite's other logins live in the same table.
 */
@IntegrationTest
class LoginThrottleTests {

    final String ATTACKER = randomAddress();
    final String OFFICE = randomAddress();

    // the real time: the job that forgets old counts runs in the suite too, by the real clock
    final MovableClock clock = new MovableClock(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));

    @Autowired
    JdbcClient jdbc;

    LoginThrottle throttle;

    @BeforeEach
    void theThrottleOfOneInstance() {
        throttle = new LoginThrottle(jdbc, clock);
    }

    private static String randomAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
    }

    private void fail(String username, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.recordFailure(username, address);
        }
    }

    private boolean refused(String username, String address) {
        return throttle.refusedUntil(username, address).isPresent();
    }

    @Test
    void slows_down_a_username_from_one_address_after_five_failures() {
        fail("Mario", ATTACKER, LoginThrottle.FREE_FAILURES_PER_USERNAME - 1);
        assertThat(refused("mario", ATTACKER)).isFalse();
        throttle.recordFailure("mario ", ATTACKER);
        assertThat(refused("MARIO", ATTACKER)).isTrue();
        assertThat(throttle.refusedUntil("mario", ATTACKER)).contains(clock.now().plus(LoginThrottle.FIRST_DELAY));
        assertThat(refused("luigi", ATTACKER)).isFalse();
    }

    @Test
    void never_refuses_the_same_username_from_another_address() {
        fail("mario", ATTACKER, 40);
        assertThat(refused("mario", ATTACKER)).isTrue();
        assertThat(refused("mario", OFFICE)).isFalse();
    }

    @Test
    void the_delay_doubles_with_every_further_failure_up_to_a_cap() {
        fail("mario", ATTACKER, LoginThrottle.FREE_FAILURES_PER_USERNAME);
        Instant first = throttle.refusedUntil("mario", ATTACKER).orElseThrow();
        assertThat(Duration.between(clock.now(), first)).isEqualTo(Duration.ofSeconds(15));

        clock.advance(Duration.ofSeconds(14));
        assertThat(refused("mario", ATTACKER)).isTrue();
        clock.advance(Duration.ofSeconds(1));
        assertThat(refused("mario", ATTACKER)).isFalse();

        throttle.recordFailure("mario", ATTACKER);
        assertThat(Duration.between(clock.now(), throttle.refusedUntil("mario", ATTACKER).orElseThrow()))
                .isEqualTo(Duration.ofSeconds(30));
        clock.advance(Duration.ofSeconds(30));
        throttle.recordFailure("mario", ATTACKER);
        assertThat(Duration.between(clock.now(), throttle.refusedUntil("mario", ATTACKER).orElseThrow()))
                .isEqualTo(Duration.ofSeconds(60));

        fail("mario", ATTACKER, 20);
        assertThat(Duration.between(clock.now(), throttle.refusedUntil("mario", ATTACKER).orElseThrow()))
                .isEqualTo(LoginThrottle.MAX_DELAY);
        assertThat(LoginThrottle.delay(1000)).isEqualTo(LoginThrottle.MAX_DELAY);
    }

    @Test
    void waiting_out_the_delay_does_not_reset_the_count_but_an_hour_without_failures_does() {
        fail("mario", ATTACKER, 12);
        clock.advance(LoginThrottle.MAX_DELAY);
        assertThat(refused("mario", ATTACKER)).isFalse();
        throttle.recordFailure("mario", ATTACKER);
        assertThat(throttle.refusedUntil("mario", ATTACKER)).contains(clock.now().plus(LoginThrottle.MAX_DELAY));

        clock.advance(LoginThrottle.FORGET_AFTER.plusSeconds(1));
        throttle.recordFailure("mario", ATTACKER);
        assertThat(refused("mario", ATTACKER)).isFalse();
    }

    @Test
    void a_successful_login_clears_the_pair_but_not_the_address() {
        fail("mario", ATTACKER, LoginThrottle.FREE_FAILURES_PER_USERNAME - 1);
        throttle.recordSuccess("mario", ATTACKER);
        throttle.recordFailure("mario", ATTACKER);
        assertThat(refused("mario", ATTACKER)).isFalse();

        for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_ADDRESS; i++) {
            throttle.recordFailure("user" + i, ATTACKER);
        }
        throttle.recordSuccess("mario", ATTACKER);
        assertThat(refused("mario", ATTACKER)).isTrue();
    }

    @Test
    void slows_down_an_address_trying_many_usernames_with_a_higher_limit() {
        for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_ADDRESS - 1; i++) {
            throttle.recordFailure("user" + i, ATTACKER);
        }
        assertThat(refused("somebody-else", ATTACKER)).isFalse();
        throttle.recordFailure("one-more", ATTACKER);
        assertThat(refused("somebody-else", ATTACKER)).isTrue();
        assertThat(refused("somebody-else", OFFICE)).isFalse();
        clock.advance(LoginThrottle.FIRST_DELAY);
        assertThat(refused("somebody-else", ATTACKER)).isFalse();
    }

    @Test
    void counts_the_forms_of_one_client_address_as_one() {
        assertThat(LoginThrottle.addressKey("::1")).isEqualTo("127.0.0.1");
        assertThat(LoginThrottle.addressKey("0:0:0:0:0:0:0:1")).isEqualTo("127.0.0.1");
        assertThat(LoginThrottle.addressKey("::ffff:203.0.113.7")).isEqualTo("203.0.113.7");
        assertThat(LoginThrottle.addressKey("2001:db8:1:2:aaaa::1"))
                .isEqualTo(LoginThrottle.addressKey("2001:db8:1:2:bbbb::99"))
                .isNotEqualTo(LoginThrottle.addressKey("2001:db8:1:3::1"));
        assertThat(LoginThrottle.addressKey(null)).isEqualTo("unknown");

        String prefix = "2001:db8:" + Integer.toHexString(ThreadLocalRandom.current().nextInt(1, 0xffff)) + ":2::";
        fail("mario", prefix + "10", LoginThrottle.FREE_FAILURES_PER_USERNAME);
        assertThat(refused("mario", prefix + "11")).isTrue();
    }

    @Test
    void another_instance_counts_the_same_failures() {
        // two instances of the application on one database: the failures met on one slow down the other
        LoginThrottle other = new LoginThrottle(jdbc, clock);
        fail("mario", ATTACKER, LoginThrottle.FREE_FAILURES_PER_USERNAME - 1);
        other.recordFailure("mario", ATTACKER);

        assertThat(other.refusedUntil("mario", ATTACKER)).contains(clock.now().plus(LoginThrottle.FIRST_DELAY));
        assertThat(refused("mario", ATTACKER)).isTrue();
        other.recordSuccess("mario", ATTACKER);
        assertThat(refused("mario", ATTACKER)).isFalse();
    }

    @Test
    void the_table_keeps_no_address_nor_username_and_drops_what_is_forgotten() {
        fail("mario.rossi", OFFICE, 3);
        assertThat(jdbc.sql("select count(*) from platform_login_failure where key_hash like :a or key_hash like :u")
                .param("a", "%" + OFFICE + "%").param("u", "%mario%").query(Long.class).single()).isZero();

        clock.advance(LoginThrottle.FORGET_AFTER.plusSeconds(1));
        fail("luigi", ATTACKER, 1);
        assertThat(throttle.forget()).isGreaterThanOrEqualTo(2);
        fail("mario.rossi", OFFICE, LoginThrottle.FREE_FAILURES_PER_USERNAME - 1);
        assertThat(refused("mario.rossi", OFFICE)).isFalse();
        assertThat(refused("luigi", ATTACKER)).isFalse();
    }
}
