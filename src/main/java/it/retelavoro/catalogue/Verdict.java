package it.retelavoro.catalogue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The answer of the rule engine: every violation found, none when the delivery is allowed.
 *
 * @param catalogueVersion the id of the version that judged, empty when none was in force
 * @param violations       every rule broken, in the order of the checks
 */
public record Verdict(Optional<String> catalogueVersion, List<Violation> violations) {

    public Verdict {
        java.util.Objects.requireNonNull(catalogueVersion, "catalogueVersion");
        violations = List.copyOf(violations);
    }

    public boolean isAllowed() {
        return violations.isEmpty();
    }

    public Set<ViolationCode> codes() {
        return violations.stream().map(Violation::code).collect(Collectors.toUnmodifiableSet());
    }

    public List<Violation> violationsOf(ViolationCode code) {
        return violations.stream().filter(violation -> violation.code() == code).toList();
    }
}
