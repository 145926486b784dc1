package it.retelavoro.employer;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The occupations a vacancy may be coded with: ISTAT CP2021 unità professionali (five-level codes such
 * as {@code 2.1.1.4.1}), as the platform's occupations vocabulary holds them (shipped or imported).
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
