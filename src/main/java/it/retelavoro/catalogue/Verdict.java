package it.retelavoro.catalogue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The answer of the rule engine: every finding, blocking and advisory; none when the delivery breaks no rule.
 *
 * @param catalogueVersion the id of the version that judged, empty when none was in force
 * @param violations       every rule broken, blocking or advisory, in the order of the checks
 */
public record Verdict(Optional<String> catalogueVersion, List<Violation> violations) {

    public Verdict {
        java.util.Objects.requireNonNull(catalogueVersion, "catalogueVersion");
        violations = List.copyOf(violations);
    }

    /** Whether the delivery may be registered: no {@link Severity#BLOCKING} finding (advice never refuses). */
    public boolean isAllowed() {
        return violations.stream().noneMatch(Violation::isBlocking);
    }

    /** The findings that refuse the registration. */
    public List<Violation> blocking() {
        return violations.stream().filter(Violation::isBlocking).toList();
    }

    /** The {@link Severity#ADVISORY} findings: told to the operator and recorded, never a refusal. */
    public List<Violation> advisories() {
        return violations.stream().filter(violation -> !violation.isBlocking()).toList();
    }

    public Set<ViolationCode> codes() {
        return violations.stream().map(Violation::code).collect(Collectors.toUnmodifiableSet());
    }

    public List<Violation> violationsOf(ViolationCode code) {
        return violations.stream().filter(violation -> violation.code() == code).toList();
    }
}
