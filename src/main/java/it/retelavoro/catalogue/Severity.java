package it.retelavoro.catalogue;

/**
 * How much a rule of the catalogue weighs: a {@link #BLOCKING} finding refuses the registration, an
 * {@link #ADVISORY} one is told to the operator and recorded with the delivery, and never refuses it. Which
 * rules are advice is data of the version ({@code severities}), so that a later act can make the same rule
 * binding without code.
 */
public enum Severity {
    /** The registration is refused while the finding stands. */
    BLOCKING,
    /** Advice: shown before saving, recorded with the delivery, never a refusal. */
    ADVISORY
}
