package it.retelavoro.person;

import java.util.Optional;

/** Sex as the codice fiscale records it: the day of birth is increased by 40 for women. */
public enum Sex {
    M, F;

    /** The sex written as {@code M} or {@code F} (any case), empty for anything else. */
    public static Optional<Sex> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return switch (code.strip().toUpperCase(java.util.Locale.ROOT)) {
            case "M" -> Optional.of(M);
            case "F" -> Optional.of(F);
            default -> Optional.empty();
        };
    }

    public String labelKey() {
        return "person.sex." + name();
    }
}
