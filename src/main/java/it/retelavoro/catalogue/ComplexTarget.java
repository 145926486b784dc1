package it.retelavoro.catalogue;

/**
 * The targets with complex needs (target complessi) for which the repertorio adds network, operator and
 * specialist-service preconditions. Whether a person belongs to one is special-category data (GDPR art.
 * 9 and 10).
 */
public enum ComplexTarget {
    /** Disabili. */
    DISABLED,
    /** Immigrati. */
    IMMIGRANT,
    /** Tossicodipendenti. */
    ADDICTION,
    /** Detenuti ed ex detenuti. */
    PRISONER,
    /** Assistenti familiari. */
    FAMILY_CARE_WORKER;

    public String labelKey() {
        return "vocabulary.complex-target." + name();
    }
}
