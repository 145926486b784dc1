package it.retelavoro.employer;

import it.retelavoro.shared.VatNumber;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The fiscal code of an employer: the 11-digit numeric code of a legal person (partita IVA, check digit
 * verified), or the 16-character codice fiscale of a sole trader (check character verified, omocodia
 * allowed). An invalid one cannot exist.
 *
 * <p>A sole trader's code identifies a natural person: the company's data is personal data.
 */
public record EmployerFiscalCode(String value) {

    private static final Pattern PERSONAL = Pattern.compile(
            "[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]");
    /** Values of the characters in odd positions (1st, 3rd, ...), digits and letters alike. */
    private static final int[] ODD = {1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10,
        22, 25, 24, 23};

    public EmployerFiscalCode {
        Objects.requireNonNull(value, "value");
        value = normalise(value);
        if (!isValid(value)) {
            throw new IllegalArgumentException("Codice fiscale dell'impresa non valido");
        }
    }

    /** Upper case, without spaces: how both kinds of code are written in records. */
    public static String normalise(String candidate) {
        return candidate == null ? null : candidate.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    public static boolean isValid(String candidate) {
        String code = normalise(candidate);
        return code != null && (VatNumber.isValid(code) || isValidPersonalCode(code));
    }

    /** Whether the code is a well-formed codice fiscale of a natural person with the right check character. */
    static boolean isValidPersonalCode(String code) {
        return code.length() == 16 && PERSONAL.matcher(code).matches() && checkCharacter(code) == code.charAt(15);
    }

    /** The check character of the first 15 characters of a personal codice fiscale. */
    static char checkCharacter(String code) {
        int sum = 0;
        for (int i = 0; i < 15; i++) {
            char c = code.charAt(i);
            int index = Character.isDigit(c) ? c - '0' : c - 'A';
            sum += i % 2 == 0 ? ODD[index] : index;
        }
        return (char) ('A' + sum % 26);
    }

    /** Whether this is a sole trader's personal code rather than a legal person's numeric one. */
    public boolean isNaturalPerson() {
        return value.length() == 16;
    }

    @Override
    public String toString() {
        return value;
    }
}
