package it.retelavoro.interop.co;

import java.util.regex.Pattern;

/**
 * The code a CO system gives a communication ({@code codiceComunicazione}): 16 digits, kept as text because
 * its leading zeros matter. A rectification or a cancellation names the code of the communication it
 * corrects.
 */
public record CoCode(String value) {

    private static final Pattern DIGITS = Pattern.compile("\\d{16}");

    public CoCode {
        if (value == null || !DIGITS.matcher(value).matches()) {
            throw new IllegalArgumentException("a CO code has 16 digits: " + value);
        }
    }

    static boolean isValid(String value) {
        return value != null && DIGITS.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
