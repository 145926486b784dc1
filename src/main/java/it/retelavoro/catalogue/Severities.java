package it.retelavoro.catalogue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The severity of each rule of a version, keyed by the rule's source field as {@link RuleSource#field()}
 * names it ({@code mediazioneCulturale}, {@code targetComplessi.DISABLED}); a key ending in {@code .*}
 * covers every field under it ({@code targetComplessi.*}). A field no key covers is {@link Severity#BLOCKING}:
 * a version says only what is advice.
 *
 * @param bySource the severities as the version file writes them
 */
public record Severities(Map<String, Severity> bySource) {

    private static final String WILDCARD = ".*";

    public Severities {
        Objects.requireNonNull(bySource, "severities");
        bySource.forEach((key, severity) -> {
            Copies.requireText(key, "severities");
            Objects.requireNonNull(severity, "severities." + key);
        });
        bySource = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(bySource));
    }

    /** Every rule binding, as before severities existed. */
    public static Severities allBlocking() {
        return new Severities(Map.of());
    }

    /** The severity of the rule with this source field: the exact key first, then the longest wildcard. */
    public Severity of(String sourceField) {
        Severity exact = bySource.get(sourceField);
        if (exact != null) {
            return exact;
        }
        String best = null;
        for (String key : bySource.keySet()) {
            if (key.endsWith(WILDCARD)) {
                String prefix = key.substring(0, key.length() - 1);
                if (sourceField.startsWith(prefix) && (best == null || key.length() > best.length())) {
                    best = key;
                }
            }
        }
        return best == null ? Severity.BLOCKING : bySource.get(best);
    }
}
