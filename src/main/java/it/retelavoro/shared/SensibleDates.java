package it.retelavoro.shared;

import java.time.LocalDate;

/**
 * The days a date of this domain can fall on: births, consents, trainings, internships, actions and
 * services all happen between 1900 and 2100. A date outside is a typing or a client error, refused
 * with a 400 rather than stored.
 */
public final class SensibleDates {

    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    private SensibleDates() {
    }

    public static boolean contains(LocalDate date) {
        return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
    }
}
