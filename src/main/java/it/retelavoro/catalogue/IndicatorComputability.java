package it.retelavoro.catalogue;

import java.util.Optional;

/**
 * What a module that computes the indicators (monitoring) says of one indicator of a version: whether it can
 * compute it as the version defines it. The catalogue defines it and asks every implementation before it
 * registers a version, at start-up and at upload, so that an indicator nobody computes is refused with its
 * reason instead of silently reading zero; the module that computes implements it, so the catalogue does not
 * depend on it.
 */
public interface IndicatorComputability {

    /**
     * Why the indicator cannot be computed as the version defines it (in Italian, naming the indicator), or
     * empty when it can.
     */
    Optional<String> whyNotComputable(Indicator indicator);
}
