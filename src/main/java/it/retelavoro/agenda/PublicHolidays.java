package it.retelavoro.agenda;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;

/**
 * The national public holidays of Italy (L. 260/1949 and later acts): the offices of the network are closed, so no
 * slot is offered and no appointment booked on them, and they are not working days for a justification. The feast
 * of a comune's patron saint is local: a site records it as a closure.
 */
public final class PublicHolidays {

    private static final Set<MonthDay> FIXED = Set.of(MonthDay.of(1, 1), MonthDay.of(1, 6), MonthDay.of(4, 25),
            MonthDay.of(5, 1), MonthDay.of(6, 2), MonthDay.of(8, 15), MonthDay.of(11, 1), MonthDay.of(12, 8),
            MonthDay.of(12, 25), MonthDay.of(12, 26));

    private PublicHolidays() {
    }

    /** Whether the day is a national public holiday (Easter Sunday and Monday included). */
    public static boolean isHoliday(LocalDate day) {
        LocalDate easter = easterSunday(day.getYear());
        return FIXED.contains(MonthDay.from(day)) || day.equals(easter) || day.equals(easter.plusDays(1));
    }

    /** Whether the day is a working day: Monday to Friday, not a public holiday. */
    public static boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !isHoliday(day);
    }

    /** Easter Sunday of the Gregorian calendar (the anonymous algorithm of Meeus, Jones and Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int dayOfMonth = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, dayOfMonth);
    }
}
