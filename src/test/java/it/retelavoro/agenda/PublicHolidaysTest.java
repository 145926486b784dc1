package it.retelavoro.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import it.retelavoro.catalogue.DeliveryMode;
import it.retelavoro.catalogue.ServiceCode;
import it.retelavoro.shared.SiteId;
import it.retelavoro.shared.UserId;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The national public holidays: no slot on them, not working days for a justification. */
class PublicHolidaysTest {

    @Test
    void knows_the_fixed_holidays_and_easter() {
        assertThat(PublicHolidays.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(PublicHolidays.easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
        assertThat(PublicHolidays.easterSunday(2000)).isEqualTo(LocalDate.of(2000, 4, 23));
        assertThat(PublicHolidays.isHoliday(LocalDate.of(2027, 3, 29))).isTrue(); // Easter Monday
        assertThat(PublicHolidays.isHoliday(LocalDate.of(2026, 12, 8))).isTrue();
        assertThat(PublicHolidays.isHoliday(LocalDate.of(2026, 12, 25))).isTrue();
        assertThat(PublicHolidays.isHoliday(LocalDate.of(2026, 12, 7))).isFalse();
        // Friday the 24th, then Christmas, Saint Stephen, the weekend: the second working day is Tuesday the 29th
        assertThat(Attendances.addWorkingDays(LocalDate.of(2026, 12, 24), 2)).isEqualTo(LocalDate.of(2026, 12, 29));
    }

    @Test
    void offers_no_slot_on_a_holiday() {
        ZoneId rome = ZoneId.of("Europe/Rome");
        SiteId site = new SiteId(UUID.randomUUID());
        UserId operator = new UserId(UUID.randomUUID());
        Availability tuesdays = Availability.of(site, operator, DayOfWeek.TUESDAY, LocalTime.of(9, 0),
                LocalTime.of(10, 0), LocalDate.of(2026, 1, 1), null, operator, Instant.parse("2026-11-01T00:00:00Z"));
        AppointmentType a2 = new AppointmentType(ServiceCode.A2, DeliveryMode.INDIVIDUAL, 30);
        List<Slot> slots = new SlotCalculator(rome).free(site, List.of(tuesdays), List.of(), List.of(), a2,
                LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 15), Instant.parse("2026-11-01T00:00:00Z"));
        // Tuesdays 1 and 15 December; Tuesday the 8th is the Immacolata
        assertThat(slots).extracting(slot -> slot.start().atZone(rome).toLocalDate()).containsOnly(
                LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 15));
    }
}
