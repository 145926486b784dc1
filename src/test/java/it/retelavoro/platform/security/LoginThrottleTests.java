package it.retelavoro.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTests {

    static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-03-01T10:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final MovableClock clock = new MovableClock();
    final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void blocks_a_username_after_five_failures_within_the_window() {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES - 1; i++) {
            throttle.recordFailure("Mario");
        }
        assertThat(throttle.isBlocked("mario")).isFalse();
        throttle.recordFailure("mario ");
        assertThat(throttle.isBlocked("MARIO")).isTrue();
        assertThat(throttle.isBlocked("luigi")).isFalse();
    }

    @Test
    void lets_the_username_try_again_once_the_window_has_passed() {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            throttle.recordFailure("mario");
        }
        clock.now = clock.now.plus(LoginThrottle.WINDOW).minusSeconds(1);
        assertThat(throttle.isBlocked("mario")).isTrue();
        clock.now = clock.now.plus(Duration.ofSeconds(2));
        assertThat(throttle.isBlocked("mario")).isFalse();
    }

    @Test
    void a_successful_login_clears_the_failures() {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES - 1; i++) {
            throttle.recordFailure("mario");
        }
        throttle.recordSuccess("mario");
        throttle.recordFailure("mario");
        assertThat(throttle.isBlocked("mario")).isFalse();
    }
}
