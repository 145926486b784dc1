package it.retelavoro.shared;

import java.time.Instant;
import java.util.Objects;

/**
 * The cancellation ("annullamento") of an act registered by mistake: why, when and by whom. The act stays,
 * marked with it; every module embeds it in the act it cancels (columns {@code cancellation_reason},
 * {@code cancellation_at}, {@code cancellation_by}).
 *
 * @param reason why the act was registered by mistake, at most {@link #REASON_MAX} characters
 * @param at     when it was cancelled
 * @param by     the user who cancelled it
 */
public record Cancellation(String reason, Instant at, UserId by) {

    /** The longest reason (the columns' length). */
    public static final int REASON_MAX = 500;

    public Cancellation {
        Objects.requireNonNull(reason, "reason");
        reason = reason.strip();
        if (reason.isEmpty() || reason.length() > REASON_MAX) {
            throw new IllegalArgumentException("A cancellation needs a reason of 1-" + REASON_MAX + " characters");
        }
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(by, "by");
    }

    /**
     * Checks the reason a caller gave, so that an invalid one is a problem of the field {@code reason}.
     *
     * @throws InvalidInputException when it is missing or too long
     */
    public static void requireValidReason(String reason) {
        var problems = new InvalidInputException.Collector();
        problems.require(reason != null && !reason.isBlank(), "reason", "validation.required");
        problems.maxLength(reason == null ? null : reason.strip(), REASON_MAX, "reason");
        problems.throwIfAny();
    }

    /**
     * The cancellation an act takes: an act is cancelled once, so {@code existing} must be null.
     *
     * @throws IllegalStateException when the act is already cancelled
     */
    public static Cancellation first(Cancellation existing, Cancellation cancellation) {
        if (existing != null) {
            throw new IllegalStateException("Already cancelled");
        }
        return java.util.Objects.requireNonNull(cancellation, "cancellation");
    }
}
