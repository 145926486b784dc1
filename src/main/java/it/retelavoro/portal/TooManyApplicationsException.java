package it.retelavoro.portal;

/** Too many applications from one address or to one vacancy in a short time: try again later (429). */
public class TooManyApplicationsException extends RuntimeException {

    private final long retryAfterSeconds;

    public TooManyApplicationsException(long retryAfterSeconds) {
        super("Troppe candidature in poco tempo");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
