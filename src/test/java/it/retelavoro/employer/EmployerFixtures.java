package it.retelavoro.employer;

import it.retelavoro.shared.VatNumber;
import java.util.concurrent.ThreadLocalRandom;

/** Fiscal codes that are valid and, being random, unique in a test run. */
final class EmployerFixtures {

    private EmployerFixtures() {
    }

    /** A random partita IVA with the right check digit. */
    static String aVatNumber() {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            digits.append(ThreadLocalRandom.current().nextInt(10));
        }
        return digits.toString() + VatNumber.checkDigit(digits.toString());
    }

    /** A random personal codice fiscale with the right check character. */
    static String aPersonalFiscalCode() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            code.append((char) ('A' + random.nextInt(26)));
        }
        code.append(String.format("%02d", random.nextInt(100)));
        code.append("ABCDEHLMPRST".charAt(random.nextInt(12)));
        code.append(String.format("%02d", 1 + random.nextInt(28)));
        code.append("L219");
        return code + String.valueOf(EmployerFiscalCode.checkCharacter(code.toString()));
    }
}
