package it.retelavoro.reference;

/**
 * A code of the ISTAT CP2021 classification of professions: a unit (5th level, e.g. {@code 5.2.2.1.0}) or
 * one of the groups above it (levels 1 to 4, the code's prefixes).
 *
 * @param code      the dotted code
 * @param name      the name, which may be cut (see {@code reference/SOURCES.md}); null for a group whose
 *                  name the shipped file does not give
 * @param level     1 (major group) to 5 (unit)
 * @param truncated whether the name may be cut: show the code beside it
 */
public record Occupation(String code, String name, int level, boolean truncated) {

    public boolean isUnit() {
        return level == 5;
    }
}
