package it.retelavoro.person;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

/** Valid codici fiscali for tests: random name letters, so that every test has its own person. */
public final class FiscalCodes {

    private static final String MONTHS = "ABCDEHLMPRST";

    private FiscalCodes() {
    }

    /** The first 15 characters with their check character. */
    public static String withCheck(String first15) {
        return first15 + FiscalCode.checkCharacter(first15);
    }

    public static String of(String nameLetters, LocalDate birthDate, String sex, String place) {
        int day = birthDate.getDayOfMonth() + ("F".equals(sex) ? 40 : 0);
        return withCheck(nameLetters + "%02d".formatted(birthDate.getYear() % 100)
                + MONTHS.charAt(birthDate.getMonthValue() - 1) + "%02d".formatted(day) + place);
    }

    /** A new person's code: random surname and name letters. */
    public static String random(LocalDate birthDate, String sex, String place) {
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            letters.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
        }
        return of(letters.toString(), birthDate, sex, place);
    }

    /** The code with its last {@code level} digits replaced by omocode letters. */
    public static String omocode(String code, int level) {
        return new FiscalCode(code).omocode(level).value();
    }
}
