package it.retelavoro.monitoring.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Issue 14: which months of the trend are partial. */
class TrendMonthTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    @Test
    void the_current_month_is_partial_and_a_past_whole_month_is_not() {
        assertThat(new MonitoringViews.Month(LocalDate.of(2026, 12, 1), TODAY).partial(TODAY)).isTrue();
        assertThat(new MonitoringViews.Month(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31)).partial(TODAY))
                .as("a whole month not over yet").isTrue();
        assertThat(new MonitoringViews.Month(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)).partial(TODAY))
                .isFalse();
    }

    @Test
    void a_month_the_period_cuts_is_partial() {
        assertThat(new MonitoringViews.Month(LocalDate.of(2026, 10, 27), LocalDate.of(2026, 10, 31)).partial(TODAY))
                .isTrue();
        assertThat(new MonitoringViews.Month(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 15)).partial(TODAY))
                .isTrue();
    }
}
