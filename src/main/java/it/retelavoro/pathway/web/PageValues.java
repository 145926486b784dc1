package it.retelavoro.pathway.web;

import it.retelavoro.shared.InvalidInputException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Values a page posts as text in rows of parallel fields, read with the field each problem names. */
final class PageValues {

    private PageValues() {
    }

    /** An ISO date, null when blank. */
    static LocalDate date(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(field, "validation.format");
        }
    }

    /** A whole number, null when blank. */
    static Integer number(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of(field, "validation.format");
        }
    }
}
