package it.retelavoro.monitoring;

import java.util.Map;

/**
 * The value of an indicator for one combination of dimensions (keys as in {@link Dimension#parameter()};
 * a value is null when the facts do not record it, e.g. the site of a Patto or the sex of a company).
 *
 * <p>In a breakdown by complex target (special-category data) a count from 1 to 4 is not given: the value is
 * null and {@code suppressed} true, as in the open data, so that no person can be singled out.
 */
public record GroupValue(String code, Map<String, String> group, Long value, boolean suppressed) {

    static GroupValue of(String code, Map<String, String> group, long value, boolean protectSmallCells) {
        boolean suppressed = protectSmallCells && value > 0 && value < OpenData.SMALLEST_PUBLISHED;
        return new GroupValue(code, group, suppressed ? null : value, suppressed);
    }
}
