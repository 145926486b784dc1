package it.retelavoro.catalogue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads what a version file says about the weight of its rules: {@code severities} (which rules are advice,
 * keyed by the rule's source field) and {@code serviziSenzaPrecondizioniTarget} (the services the complex
 * targets' preconditions never judge). Both optional: a version without them has every rule blocking and
 * every service judged, as versions had before. A key must name a rule the engine has, so that a typo cannot
 * silently leave a rule blocking.
 */
final class SeveritySectionReader {

    static final String SEVERITIES = "severities";
    static final String TARGET_EXEMPT = "serviziSenzaPrecondizioniTarget";

    private SeveritySectionReader() {
    }

    /** The source fields a severity may be given to, wildcards included. */
    static List<String> knownSources() {
        List<String> known = new ArrayList<>(List.of(DeliveryPolicies.MODE_AND_DURATION, DeliveryPolicies.ACCESS,
                DeliveryPolicies.OUTPUT, DeliveryPolicies.TECHNICAL_STRUCTURAL, DeliveryPolicies.PROFESSIONAL,
                DeliveryPolicies.TARGETS + "*", DeliveryPolicies.CULTURAL_MEDIATION, DeliveryPolicies.CPI_FUNCTIONS));
        for (ComplexTarget target : ComplexTarget.values()) {
            known.add(DeliveryPolicies.TARGETS + target.name());
        }
        return known;
    }

    static Optional<Severities> severities(Map<String, Object> root, YamlFields fields) {
        if (root.get(SEVERITIES) == null) {
            return Optional.of(Severities.allBlocking());
        }
        return fields.map(root, SEVERITIES, "").flatMap(section -> {
            Map<String, Severity> read = new LinkedHashMap<>();
            boolean valid = true;
            List<String> known = knownSources();
            for (Map.Entry<String, Object> entry : section.entrySet()) {
                String where = YamlFields.at(SEVERITIES, entry.getKey());
                if (!known.contains(entry.getKey())) {
                    fields.problem(where, "regola sconosciuta (regole ammesse: " + String.join(", ", known) + ")");
                    valid = false;
                    continue;
                }
                Optional<Severity> severity = fields.enumValue(entry.getValue(), where, Severity.class);
                severity.ifPresent(value -> read.put(entry.getKey(), value));
                valid &= severity.isPresent();
            }
            return valid ? Optional.of(new Severities(read)) : Optional.empty();
        });
    }

    static Optional<Set<ServiceCode>> targetExempt(Map<String, Object> root, YamlFields fields) {
        if (root.get(TARGET_EXEMPT) == null) {
            return Optional.of(EnumSet.noneOf(ServiceCode.class));
        }
        return fields.enumSet(root, TARGET_EXEMPT, "", ServiceCode.class);
    }
}
