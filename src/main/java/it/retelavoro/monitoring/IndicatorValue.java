package it.retelavoro.monitoring;

/** The value of an indicator in a period: a count of distinct persons, companies or items. */
public record IndicatorValue(String code, long value) {
}
