package it.retelavoro.support;

import it.retelavoro.agenda.PublicHolidays;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A day of a test's own in the agenda: that weekday, 10 to 2000 weeks ahead (far enough not to meet another test's
 * appointments), never a public holiday (when no slot is offered).
 */
public final class AgendaDays {

    private AgendaDays() {
    }

    public static LocalDate farAhead(DayOfWeek weekday) {
        LocalDate day = LocalDate.now(ZoneId.of("Europe/Rome")).with(TemporalAdjusters.next(weekday))
                .plusWeeks(ThreadLocalRandom.current().nextInt(10, 2000));
        while (PublicHolidays.isHoliday(day)) {
            day = day.plusWeeks(1);
        }
        return day;
    }
}
