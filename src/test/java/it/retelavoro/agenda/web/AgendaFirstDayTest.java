package it.retelavoro.agenda.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The agenda opens on the coming week at the weekend, when the current one has nothing left to book. */
class AgendaFirstDayTest {

    @Test
    void a_sunday_opens_the_coming_week_a_weekday_its_own() {
        assertThat(AgendaPagesController.firstDayToShow(LocalDate.of(2026, 12, 6), false))
                .isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(AgendaPagesController.firstDayToShow(LocalDate.of(2026, 12, 5), false))
                .isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(AgendaPagesController.firstDayToShow(LocalDate.of(2026, 12, 9), false))
                .isEqualTo(LocalDate.of(2026, 12, 9));
        // the day view shows the day asked for, today
        assertThat(AgendaPagesController.firstDayToShow(LocalDate.of(2026, 12, 6), true))
                .isEqualTo(LocalDate.of(2026, 12, 6));
    }
}
