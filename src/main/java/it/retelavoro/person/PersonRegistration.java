package it.retelavoro.person;

import java.time.LocalDate;

/**
 * A request to register a person. Fields are as typed, validated by {@link PersonRegistry#register}, so
 * that every problem comes back tied to its field.
 *
 * @param fiscalCode  the codice fiscale, an omocode accepted
 * @param firstName   first name(s)
 * @param lastName    surname(s)
 * @param birthDate   date of birth
 * @param sex         {@code M} or {@code F}
 * @param birthPlace  cadastral code of the comune ({@code L219}) or foreign state ({@code Z330}) of birth
 * @param citizenship ISO 3166-1 alpha-2
 * @param details     residence, contacts, education, consent and profile
 * @param namesMismatchConfirmed whether a codice fiscale that does not carry the letters of the names is
 *                    registered all the same (the page asks the operator first; API clients and the other
 *                    modules register, and the record notes it)
 */
public record PersonRegistration(String fiscalCode, String firstName, String lastName, LocalDate birthDate,
        String sex, String birthPlace, String citizenship, PersonDetails details, boolean namesMismatchConfirmed) {

    public PersonRegistration {
        details = details == null ? PersonDetails.none() : details;
    }

    /** A registration that goes through whatever the letters of the names (see {@link #namesMismatchConfirmed}). */
    public PersonRegistration(String fiscalCode, String firstName, String lastName, LocalDate birthDate,
            String sex, String birthPlace, String citizenship, PersonDetails details) {
        this(fiscalCode, firstName, lastName, birthDate, sex, birthPlace, citizenship, details, true);
    }

    /**
     * Whether a well-formed codice fiscale does not carry the letters of the surname and name given: a warning
     * for the operator to check the document (codes issued with errors exist), never a refusal.
     */
    public boolean namesDifferFromFiscalCode() {
        if (!FiscalCode.isValid(fiscalCode) || firstName == null || firstName.isBlank() || lastName == null
                || lastName.isBlank()) {
            return false;
        }
        return !new FiscalCode(fiscalCode).matchesNames(lastName, firstName);
    }
}
