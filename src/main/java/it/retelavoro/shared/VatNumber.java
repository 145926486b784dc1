package it.retelavoro.shared;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The 11-digit numeric fiscal code of a legal person (codice fiscale numerico / partita IVA), with its
 * check digit verified (Luhn-style algorithm of the Agenzia delle Entrate). An invalid one cannot exist.
 */
public record VatNumber(String value) {

    private static final Pattern ELEVEN_DIGITS = Pattern.compile("\\d{11}");

    public VatNumber {
        Objects.requireNonNull(value, "value");
        value = value.strip();
        if (!isValid(value)) {
            throw new IllegalArgumentException("Codice fiscale numerico non valido: " + value);
        }
    }

    public static boolean isValid(String candidate) {
        if (candidate == null || !ELEVEN_DIGITS.matcher(candidate).matches()) {
            return false;
        }
        return checkDigit(candidate.substring(0, 10)) == candidate.charAt(10) - '0';
    }

    /** The check digit of the first ten digits. */
    public static int checkDigit(String tenDigits) {
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            int digit = tenDigits.charAt(i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return (10 - sum % 10) % 10;
    }

    @Override
    public String toString() {
        return value;
    }
}
