package it.retelavoro.agenda.web;

import it.retelavoro.shared.InvalidInputException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/** The instants the agenda's callers send: with an offset ({@code 2026-12-10T09:00+01:00}) or in Italy's time. */
final class AgendaTimes {

    private AgendaTimes() {
    }

    /** The instant, or null when none was sent; a value of no such form is refused on the field. */
    static Instant instant(String value, String field, ZoneId zone) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(text).atZone(zone).toInstant();
            } catch (DateTimeParseException e) {
                throw InvalidInputException.of(field, "agenda.instant.invalid", text);
            }
        }
    }
}
