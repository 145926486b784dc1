package it.retelavoro.platform.security;

import java.time.Instant;
import org.springframework.security.authentication.LockedException;

/** A login refused, whatever the password, because its username and address (or its address) must wait. */
public class LoginThrottledException extends LockedException {

    private final transient Instant retryAt;

    LoginThrottledException(Instant retryAt) {
        super("Too many failed logins from this address");
        this.retryAt = retryAt;
    }

    /** When the next attempt will be considered. */
    public Instant retryAt() {
        return retryAt;
    }
}
