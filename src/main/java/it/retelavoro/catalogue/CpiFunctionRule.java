package it.retelavoro.catalogue;

import java.util.Objects;

/**
 * A CPI-exclusive function as a catalogue version describes it.
 *
 * @param function       the function
 * @param label          its Italian name
 * @param legalReference the law (or the passage of the repertorio) that reserves it to the CPI
 */
public record CpiFunctionRule(CpiExclusiveFunction function, String label, String legalReference) {

    public CpiFunctionRule {
        Objects.requireNonNull(function, "function");
        Copies.requireText(label, "label");
        Copies.requireText(legalReference, "legalReference");
    }
}
