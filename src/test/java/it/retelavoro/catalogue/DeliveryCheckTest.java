package it.retelavoro.catalogue;

import static it.retelavoro.catalogue.Deliveries.aDeliveryOf;
import static it.retelavoro.catalogue.ServiceCode.A3;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/** A delivery to judge cannot be nonsensical, and the future is left to the calling module. */
class DeliveryCheckTest {

    @Test
    void refuses_negative_minutes_and_fewer_than_one_meeting() {
        DeliveryCheck delivery = aDeliveryOf(A3);

        assertThatThrownBy(() -> delivery.withMinutes(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("minutes");
        assertThatThrownBy(() -> delivery.withMeetings(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("meetings");
    }

    @Test
    void refuses_a_service_delivered_together_with_itself() {
        assertThatThrownBy(() -> aDeliveryOf(A3).withTogetherWith(A3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void changing_a_field_returns_a_new_check_and_leaves_the_first_unchanged() {
        DeliveryCheck first = aDeliveryOf(A3);

        DeliveryCheck second = first.withMinutes(90);

        assertThat(first.minutes()).isEqualTo(60);
        assertThat(second.minutes()).isEqualTo(90);
    }

    @Test
    void recognises_a_date_after_today_in_the_zone_of_the_injected_clock() {
        // 23:30 UTC on the 10th is already the 11th in Rome.
        Clock clock = Clock.fixed(Instant.parse("2025-03-10T23:30:00Z"), ZoneId.of("Europe/Rome"));

        assertThat(RuleEngine.isInTheFuture(LocalDate.of(2025, 3, 11), clock)).isFalse();
        assertThat(RuleEngine.isInTheFuture(LocalDate.of(2025, 3, 12), clock)).isTrue();
    }

    @Test
    void keeps_the_earliest_day_a_condition_was_met() {
        RecipientHistory history = RecipientHistory.none().withPactSignedOn(LocalDate.of(2025, 3, 1))
                .withPactSignedOn(LocalDate.of(2025, 3, 5));

        assertThat(history.hasMet(AccessCondition.PACT_SIGNED, LocalDate.of(2025, 3, 2))).isTrue();
        assertThat(history.hasMet(AccessCondition.PACT_SIGNED, LocalDate.of(2025, 2, 28))).isFalse();
    }
}
