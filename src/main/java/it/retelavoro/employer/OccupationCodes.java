package it.retelavoro.employer;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The occupations a vacancy may be coded with: ISTAT CP2021 unità professionali (five-level codes such
 * as {@code 2.1.1.4.1}). The employer module asks only this interface, so that the classification can be
 * replaced (an administrator's import of the official ISTAT file, or the platform's occupations
 * vocabulary) by declaring another bean and removing {@link ShippedOccupationCodes}.
 */
public interface OccupationCodes {

    /** The form of a CP2021 unit code: five levels, digits separated by dots. */
    Pattern FORMAT = Pattern.compile("\\d(\\.\\d+){4}");

    /** Whether the code is a known CP2021 unit. */
    boolean exists(String code);

    /** The name of a known unit. */
    Optional<String> name(String code);

    /** "2.1.1.4.1 Geologi", or the code alone when unknown. */
    default String labelOf(String code) {
        return name(code).map(name -> code + " " + name).orElse(code);
    }
}
