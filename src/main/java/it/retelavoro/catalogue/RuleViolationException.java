package it.retelavoro.catalogue;

import java.util.List;
import java.util.Objects;

/**
 * A registration the repertorio does not allow: carries every violation the rule engine found. The
 * JSON API answers it with 422 and the violations; a page shows each next to its field. Nothing was
 * saved.
 */
public class RuleViolationException extends RuntimeException {

    private final Verdict verdict;

    public RuleViolationException(Verdict verdict) {
        super("Registrazione non consentita dal repertorio: " + verdict.codes());
        if (verdict.isAllowed()) {
            throw new IllegalArgumentException("A verdict that allows the delivery is no violation");
        }
        this.verdict = Objects.requireNonNull(verdict);
    }

    /** Throws when the verdict forbids the delivery. */
    public static void throwIfForbidden(Verdict verdict) {
        if (!verdict.isAllowed()) {
            throw new RuleViolationException(verdict);
        }
    }

    public Verdict verdict() {
        return verdict;
    }

    public List<Violation> violations() {
        return verdict.violations();
    }
}
