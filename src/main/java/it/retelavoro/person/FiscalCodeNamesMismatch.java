package it.retelavoro.person;

/**
 * The registration stopped for the operator to check the document: the codice fiscale does not carry the
 * letters of the surname and name given. Advisory, as codes issued with errors exist: the same registration,
 * confirmed, goes through and the person's record notes it.
 */
public class FiscalCodeNamesMismatch extends RuntimeException {

    private final String expectedLetters;

    FiscalCodeNamesMismatch(String expectedLetters) {
        super("Il codice fiscale non corrisponde alle lettere di cognome e nome");
        this.expectedLetters = expectedLetters;
    }

    /** The six letters the surname and the name give, for the operator to compare. */
    public String expectedLetters() {
        return expectedLetters;
    }
}
