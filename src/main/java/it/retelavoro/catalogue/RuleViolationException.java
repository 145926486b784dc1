package it.retelavoro.catalogue;

import java.util.List;
import java.util.Objects;

/**
 * A registration the repertorio does not allow: carries the verdict of the rule engine. The JSON API answers
 * it with 422 and the blocking violations (advice never refuses, so it is not listed); a page shows each next
 * to its field. Nothing was saved.
 */
public class RuleViolationException extends RuntimeException {

    private final Verdict verdict;

    public RuleViolationException(Verdict verdict) {
        super("Registrazione non consentita dal repertorio: "
                + verdict.blocking().stream().map(Violation::code).toList());
        if (verdict.isAllowed()) {
            throw new IllegalArgumentException("A verdict that allows the delivery is no violation");
        }
        this.verdict = Objects.requireNonNull(verdict);
    }

    /** Throws when the verdict forbids the delivery: a blocking finding; advisory ones never throw. */
    public static void throwIfForbidden(Verdict verdict) {
        if (!verdict.isAllowed()) {
            throw new RuleViolationException(verdict);
        }
    }

    public Verdict verdict() {
        return verdict;
    }

    /** The blocking violations, the reasons of the refusal. */
    public List<Violation> violations() {
        return verdict.blocking();
    }
}
