package it.retelavoro.person;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The codice fiscale of a natural person (D.M. 23/12/1976), valid by construction: format and check
 * character verified. An omocode (a code whose digits were replaced by letters to tell apart two persons
 * with the same data) is valid; {@link #normalised()} gives back the base code, which identifies the same
 * person.
 *
 * <p>The algorithm is public: 6 letters of surname and name, 2 digits of year, a month letter, 2 digits of
 * day (plus 40 for women), the cadastral code of the place of birth (letter and 3 digits), and a check
 * letter computed from the 15 characters with the odd/even tables below. In an omocode the digits at
 * positions 7, 8, 10, 11, 13, 14, 15 (1-based) may be replaced by the letters {@code LMNPQRSTUV} for 0-9.
 *
 * @param value the code as issued (upper case), possibly an omocode
 */
public record FiscalCode(String value) {

    private static final Pattern FORMAT = Pattern.compile(
            "[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]");
    private static final String MONTHS = "ABCDEHLMPRST";
    private static final String OMOCODE_LETTERS = "LMNPQRSTUV";
    private static final int[] OMOCODE_POSITIONS = {6, 7, 9, 10, 12, 13, 14};
    /** Values of the characters in odd positions (1st, 3rd...), for 0-9 and A-Z alike. */
    private static final int[] ODD = {1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10,
        22, 25, 24, 23};

    public FiscalCode {
        Objects.requireNonNull(value, "value");
        value = value.strip().toUpperCase(Locale.ROOT);
        if (!hasValidFormat(value)) {
            throw new IllegalArgumentException("Formato del codice fiscale non valido");
        }
        if (checkCharacter(value.substring(0, 15)) != value.charAt(15)) {
            throw new IllegalArgumentException("Carattere di controllo del codice fiscale errato");
        }
    }

    /** Whether the text has the shape of a codice fiscale (check character not verified). */
    public static boolean hasValidFormat(String candidate) {
        return candidate != null && FORMAT.matcher(candidate.strip().toUpperCase(Locale.ROOT)).matches();
    }

    /** Whether the text is a valid codice fiscale, check character included. */
    public static boolean isValid(String candidate) {
        return hasValidFormat(candidate)
                && checkCharacter(candidate.strip().toUpperCase(Locale.ROOT).substring(0, 15))
                        == candidate.strip().toUpperCase(Locale.ROOT).charAt(15);
    }

    /** The check character of the first 15 characters. */
    public static char checkCharacter(String first15) {
        int sum = 0;
        for (int i = 0; i < 15; i++) {
            char c = first15.charAt(i);
            int index = Character.isDigit(c) ? c - '0' : c - 'A';
            sum += i % 2 == 0 ? ODD[index] : index;
        }
        return (char) ('A' + sum % 26);
    }

    public boolean isOmocode() {
        for (int position : OMOCODE_POSITIONS) {
            if (Character.isLetter(value.charAt(position))) {
                return true;
            }
        }
        return false;
    }

    /** The base code: omocode letters back to digits and the check character computed again. */
    public FiscalCode normalised() {
        if (!isOmocode()) {
            return this;
        }
        char[] chars = value.toCharArray();
        for (int position : OMOCODE_POSITIONS) {
            int digit = OMOCODE_LETTERS.indexOf(chars[position]);
            if (digit >= 0) {
                chars[position] = (char) ('0' + digit);
            }
        }
        String first15 = new String(chars, 0, 15);
        return new FiscalCode(first15 + checkCharacter(first15));
    }

    /** The same person's code with the given digit positions (indices of {@code 7,8,10,11,13,14,15}, last first) replaced. */
    FiscalCode omocode(int level) {
        char[] chars = normalised().value.toCharArray();
        for (int i = 0; i < level && i < OMOCODE_POSITIONS.length; i++) {
            int position = OMOCODE_POSITIONS[OMOCODE_POSITIONS.length - 1 - i];
            chars[position] = OMOCODE_LETTERS.charAt(chars[position] - '0');
        }
        String first15 = new String(chars, 0, 15);
        return new FiscalCode(first15 + checkCharacter(first15));
    }

    private String base() {
        return normalised().value;
    }

    /** The last two digits of the year of birth. */
    public int birthYearOfCentury() {
        return Integer.parseInt(base().substring(6, 8));
    }

    /** The month of birth, 1-12. */
    public int birthMonth() {
        return MONTHS.indexOf(value.charAt(8)) + 1;
    }

    /** The day of birth, 1-31 (the 40 added for women removed). */
    public int birthDay() {
        int day = Integer.parseInt(base().substring(9, 11));
        return day > 40 ? day - 40 : day;
    }

    public Sex sex() {
        return Integer.parseInt(base().substring(9, 11)) > 40 ? Sex.F : Sex.M;
    }

    /** The cadastral code of the place of birth: a comune ({@code L219}) or a foreign state ({@code Z330}). */
    public String birthPlaceCode() {
        return base().substring(11, 15);
    }

    /** Whether the code's year (of century), month and day are those of the date. */
    public boolean matchesBirthDate(LocalDate date) {
        return date.getYear() % 100 == birthYearOfCentury() && date.getMonthValue() == birthMonth()
                && date.getDayOfMonth() == birthDay();
    }

    /**
     * Whether the first six letters are those the surname and the name give (consonants, then vowels, then
     * X; for a name of four consonants or more, the first, third and fourth). An advisory check: codes issued
     * with errors exist and stay the person's code.
     */
    public boolean matchesNames(String lastName, String firstName) {
        return value.substring(0, 3).equals(surnameLetters(lastName))
                && value.substring(3, 6).equals(nameLetters(firstName));
    }

    /** The three letters of a surname in the code ("ROSSI" gives RSS, "FO" gives FOX). */
    public static String surnameLetters(String surname) {
        String letters = lettersOf(surname);
        return (consonantsOf(letters) + vowelsOf(letters) + "XXX").substring(0, 3);
    }

    /** The three letters of a name in the code ("MARIO" gives MRA, "GIANFRANCO" gives GFR). */
    public static String nameLetters(String name) {
        String letters = lettersOf(name);
        String consonants = consonantsOf(letters);
        if (consonants.length() >= 4) {
            return "" + consonants.charAt(0) + consonants.charAt(2) + consonants.charAt(3);
        }
        return (consonants + vowelsOf(letters) + "XXX").substring(0, 3);
    }

    private static String lettersOf(String text) {
        String decomposed = java.text.Normalizer.normalize(text == null ? "" : text, java.text.Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").toUpperCase(Locale.ROOT).replaceAll("[^A-Z]", "");
    }

    private static String consonantsOf(String letters) {
        return letters.replaceAll("[AEIOU]", "");
    }

    private static String vowelsOf(String letters) {
        return letters.replaceAll("[^AEIOU]", "");
    }

    @Override
    public String toString() {
        return value;
    }
}
