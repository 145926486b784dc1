package it.retelavoro.monitoring;

import java.util.Map;

/**
 * The value of an indicator for one combination of dimensions (keys as in {@link Dimension#parameter()};
 * a value is null when the facts do not record it, e.g. the site of a Patto or the sex of a company).
 */
public record GroupValue(String code, Map<String, String> group, long value) {
}
