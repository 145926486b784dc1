package it.retelavoro.monitoring.web;

import it.retelavoro.catalogue.RegistrationPeriods;
import it.retelavoro.catalogue.RegistrationPeriods.PeriodState;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

/** How the API writes closed months (issue 13, point 4). */
final class PeriodsJson {

    private PeriodsJson() {
    }

    /** Whether a period of days is closed: every month it touches is, and which of its months are. */
    record Closure(boolean closed, List<String> closedPeriods) {
    }

    static Closure closure(RegistrationPeriods periods, LocalDate from, LocalDate to) {
        Set<YearMonth> closed = periods.closedBetween(from, to);
        long months = ChronoUnit.MONTHS.between(YearMonth.from(from), YearMonth.from(to)) + 1;
        return new Closure(!closed.isEmpty() && closed.size() == months,
                closed.stream().map(YearMonth::toString).toList());
    }

    /** One month: {@code month} as yyyy-MM, whether it is closed, since when, and the reason of its reopening. */
    record MonthJson(String month, boolean closed, Instant lastActAt, String reopeningReason) {

        static MonthJson of(PeriodState state) {
            return new MonthJson(state.month().toString(), state.closed(), state.lastActAt().orElse(null),
                    state.reopeningReason().orElse(null));
        }
    }
}
