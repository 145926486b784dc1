package it.retelavoro.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import it.retelavoro.support.MovableClock;
import org.junit.jupiter.api.Test;

class LoginThrottleTests {

    static final String ATTACKER = "203.0.113.7";
    static final String OFFICE = "198.51.100.20";

    final MovableClock clock = new MovableClock(Instant.parse("2026-03-01T10:00:00Z"));
    final LoginThrottle throttle = new LoginThrottle(clock);

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

        fail("mario", "2001:db8:1:2::10", LoginThrottle.FREE_FAILURES_PER_USERNAME);
        assertThat(refused("mario", "2001:db8:1:2::11")).isTrue();
    }

    @Test
    void memory_stays_bounded_by_dropping_what_is_forgotten() {
        for (int i = 0; i < LoginThrottle.MAX_TRACKED; i++) {
            throttle.recordFailure("user" + i, OFFICE);
        }
        clock.advance(LoginThrottle.FORGET_AFTER.plusSeconds(1));
        fail("mario", ATTACKER, LoginThrottle.FREE_FAILURES_PER_USERNAME);
        assertThat(refused("mario", ATTACKER)).isTrue();
        assertThat(refused("user1", OFFICE)).isFalse();
    }
}
