package it.retelavoro.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The keys and age bands of the facts, the one code the listeners and the synthetic writer share. */
class FactKeysTest {

    @Test
    void the_age_band_is_the_one_reached_in_the_year_of_the_fact() {
        assertThat(FactKeys.ageBand(LocalDate.of(2024, 1, 1), 2000)).isEqualTo("UNDER_25");
        assertThat(FactKeys.ageBand(LocalDate.of(2025, 12, 31), 2000)).isEqualTo("FROM_25_TO_34");
        assertThat(FactKeys.ageBand(LocalDate.of(2034, 6, 1), 2000)).isEqualTo("FROM_25_TO_34");
        assertThat(FactKeys.ageBand(LocalDate.of(2035, 6, 1), 2000)).isEqualTo("FROM_35_TO_44");
        assertThat(FactKeys.ageBand(LocalDate.of(2045, 6, 1), 2000)).isEqualTo("FROM_45_TO_54");
        assertThat(FactKeys.ageBand(LocalDate.of(2054, 6, 1), 2000)).isEqualTo("FROM_45_TO_54");
        assertThat(FactKeys.ageBand(LocalDate.of(2055, 6, 1), 2000)).isEqualTo("FROM_55");
        assertThat(FactKeys.ageBand(LocalDate.of(2099, 6, 1), 2000)).isEqualTo("FROM_55");
    }

    @Test
    void the_age_bands_are_listed_in_their_order() {
        assertThat(FactKeys.ageBands())
                .containsExactly("UNDER_25", "FROM_25_TO_34", "FROM_35_TO_44", "FROM_45_TO_54", "FROM_55");
    }

    @Test
    void a_person_signs_one_patto_or_pai_a_day_with_an_organisation() {
        UUID person = new UUID(0, 1);
        UUID organisation = new UUID(0, 2);
        String key = FactKeys.daily(person, organisation, LocalDate.of(2026, 3, 4));

        assertThat(key).isEqualTo(person + ":" + organisation + ":2026-03-04");
        assertThat(FactKeys.plan(key)).isEqualTo(FactKeys.plan(FactKeys.daily(person, organisation,
                LocalDate.of(2026, 3, 4)))).isNotEqualTo(FactKeys.plan(FactKeys.daily(person, organisation,
                LocalDate.of(2026, 3, 5))));
    }

    @Test
    void each_status_of_a_referral_is_a_fact_of_its_own() {
        UUID referral = new UUID(0, 3);

        assertThat(FactKeys.referralOutcome(referral, "HIRED")).isEqualTo(referral + ":HIRED");
        assertThat(FactKeys.of(referral)).isEqualTo(referral.toString());
    }
}
