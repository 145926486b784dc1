package it.retelavoro.catalogue;

import java.util.Objects;

/**
 * A delivery registered under a programme: which one, the facts its eligibility is judged on, and the minutes
 * of the same service already financed to the person under it (for its maximum hours).
 *
 * @param code          the programme's code
 * @param person        the person's facts on the day
 * @param priorMinutes  the minutes of the same service delivered to the person under the programme before
 */
public record ProgrammeClaim(String code, EligibilityFacts person, int priorMinutes) {

    public ProgrammeClaim {
        Copies.requireText(code, "code");
        Objects.requireNonNull(person, "person");
        if (priorMinutes < 0) {
            throw new IllegalArgumentException("priorMinutes negativo: " + priorMinutes);
        }
    }

    /** A claim with nothing known of the person and nothing financed before. */
    public static ProgrammeClaim of(String code) {
        return new ProgrammeClaim(code, EligibilityFacts.unknown(), 0);
    }
}
