package it.retelavoro.catalogue;

import static it.retelavoro.catalogue.DeliveryMode.BACK_OFFICE;
import static it.retelavoro.catalogue.DeliveryMode.GROUP;
import static it.retelavoro.catalogue.DeliveryMode.INDIVIDUAL;
import static it.retelavoro.catalogue.Deliveries.aDeliveryOf;
import static it.retelavoro.catalogue.ServiceCode.A1;
import static it.retelavoro.catalogue.ServiceCode.A2;
import static it.retelavoro.catalogue.ServiceCode.A3;
import static it.retelavoro.catalogue.ServiceCode.A4;
import static it.retelavoro.catalogue.ServiceCode.A6;
import static it.retelavoro.catalogue.ServiceCode.B3;
import static it.retelavoro.catalogue.ServiceCode.B4;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** MODALITÀ E DURATA of every scheda: modes allowed, minimum minutes, minimum meetings. */
class ModeAndDurationRulesTest {

    private final RuleEngine engine = Deliveries.engine();

    @ParameterizedTest
    @EnumSource(ServiceCode.class)
    void allows_a_delivery_that_respects_every_rule_of_its_scheda(ServiceCode service) {
        Verdict verdict = engine.check(aDeliveryOf(service));

        assertThat(verdict.violations()).isEmpty();
        assertThat(verdict.isAllowed()).isTrue();
        assertThat(verdict.catalogueVersion()).contains("piemonte-2012");
    }

    @ParameterizedTest(name = "{0} {1}: {2} minutes refused, {3} allowed")
    @CsvSource({
            "A2, INDIVIDUAL, 29, 30",
            "A2, GROUP, 59, 60",
            "A3, INDIVIDUAL, 59, 60",
            "A5, INDIVIDUAL, 119, 120",
            "A5, GROUP, 119, 120",
            "A6, INDIVIDUAL, 119, 120",
            "A6, GROUP, 119, 120",
            "A6, BACK_OFFICE, 119, 120",
            "B1, INDIVIDUAL, 29, 30",
            "B2, INDIVIDUAL, 29, 30" })
    void refuses_a_delivery_one_minute_short_of_the_minimum_and_allows_the_minimum(ServiceCode service,
            DeliveryMode mode, int tooShort, int minimum) {
        DeliveryCheck delivery = aDeliveryOf(service).withMode(mode);

        Verdict refused = engine.check(delivery.withMinutes(tooShort));
        Verdict allowed = engine.check(delivery.withMinutes(minimum));

        assertThat(refused.violations()).singleElement().satisfies(violation -> {
            assertThat(violation.code()).isEqualTo(ViolationCode.MIN_DURATION);
            assertThat(violation.arguments()).containsExactly(service, mode, minimum, tooShort);
            assertThat(violation.field()).contains(RequestField.MINUTES);
            assertThat(violation.source()).isEqualTo(new RuleSource(Optional.of(service), "modalitaDurata",
                    Optional.of("piemonte-2012")));
        });
        assertThat(allowed.violations()).isEmpty();
    }

    @Test
    void explains_a_short_guidance_meeting_in_words_a_person_understands() {
        Violation violation = engine.check(aDeliveryOf(A3).withMinutes(59)).violations().get(0);

        assertThat(violation.messageKey()).isEqualTo("catalogue.violation.min-duration");
        assertThat(violation.message()).isEqualTo(
                "L'orientamento professionale (A.3), in modalità individuale, richiede almeno 60 minuti: ne sono stati registrati 59.");
    }

    @Test
    void refuses_a_guidance_delivery_whose_duration_was_not_recorded() {
        Verdict verdict = engine.check(aDeliveryOf(A3).withMinutes(null));

        assertThat(verdict.violations()).singleElement().satisfies(violation -> {
            assertThat(violation.code()).isEqualTo(ViolationCode.MIN_DURATION);
            assertThat(violation.message()).isEqualTo(
                    "L'orientamento professionale (A.3), in modalità individuale, richiede almeno 60 minuti: la durata non è stata indicata.");
        });
    }

    @ParameterizedTest
    @EnumSource(value = ServiceCode.class, names = { "A1", "B3", "B4" })
    void asks_no_duration_of_the_services_whose_duration_depends_on_the_request(ServiceCode service) {
        assertThat(engine.check(aDeliveryOf(service).withMinutes(null)).violations()).isEmpty();
        assertThat(engine.check(aDeliveryOf(service).withMinutes(1)).violations()).isEmpty();
    }

    @Test
    void refuses_specialist_counselling_in_a_single_meeting() {
        Verdict verdict = engine.check(aDeliveryOf(A4).withMeetings(1).withMinutes(60));

        assertThat(verdict.violations()).singleElement().satisfies(violation -> {
            assertThat(violation.code()).isEqualTo(ViolationCode.MIN_MEETINGS);
            assertThat(violation.field()).contains(RequestField.MEETINGS);
            assertThat(violation.message()).isEqualTo(
                    "La consulenza orientativa (A.4) richiede almeno 2 incontri in modalità individuale: ne è stato registrato uno.");
        });
    }

    @Test
    void refuses_two_counselling_meetings_that_total_less_than_two_hours() {
        Verdict refused = engine.check(aDeliveryOf(A4).withMeetings(2).withMinutes(119));

        assertThat(refused.violations()).singleElement().satisfies(violation -> {
            assertThat(violation.code()).isEqualTo(ViolationCode.MIN_DURATION);
            assertThat(violation.message()).isEqualTo("La consulenza orientativa (A.4), in modalità individuale, richiede "
                    + "almeno 60 minuti per incontro, cioè 120 minuti per 2 incontri: ne sono stati registrati 119.");
        });
    }

    @Test
    void asks_an_hour_for_each_counselling_meeting_registered() {
        LocalDate day = Deliveries.DELIVERY_DAY;
        DeliveryCheck a4 = aDeliveryOf(A4);
        assertThat(engine.check(a4.withMeetingList(Meeting.of(day, 60, INDIVIDUAL), Meeting.of(day, 60, INDIVIDUAL),
                Meeting.of(day, 59, INDIVIDUAL))).codes()).containsExactly(ViolationCode.MIN_DURATION);
        assertThat(engine.check(a4.withMeetingList(Meeting.of(day, 60, INDIVIDUAL), Meeting.of(day, 60, INDIVIDUAL),
                Meeting.of(day, 60, INDIVIDUAL))).violations()).isEmpty();
    }

    @Test
    void asks_half_an_hour_of_each_of_two_intake_meetings() {
        LocalDate day = Deliveries.DELIVERY_DAY;
        assertThat(engine.check(aDeliveryOf(A2).withMeetingList(Meeting.of(day, 30, INDIVIDUAL),
                Meeting.of(day, 29, INDIVIDUAL))).codes()).containsExactly(ViolationCode.MIN_DURATION);
        assertThat(engine.check(aDeliveryOf(A2).withMeetingList(Meeting.of(day, 30, INDIVIDUAL),
                Meeting.of(day, 30, INDIVIDUAL))).violations()).isEmpty();
    }

    @Test
    void counts_the_two_hours_of_matching_over_the_whole_delivery_not_per_meeting() {
        assertThat(engine.check(aDeliveryOf(A6).withMeetings(3).withMinutes(120)).violations()).isEmpty();
    }

    @Test
    void refuses_guidance_delivered_to_a_group() {
        Verdict verdict = engine.check(aDeliveryOf(A3).withMode(GROUP).withMinutes(10));

        assertThat(verdict.violations()).singleElement().satisfies(violation -> {
            assertThat(violation.code()).isEqualTo(ViolationCode.MODE_NOT_ALLOWED);
            assertThat(violation.field()).contains(RequestField.MODE);
            assertThat(violation.message()).isEqualTo(
                    "L'orientamento professionale (A.3) non può essere erogato in modalità di gruppo: la scheda prevede solo: individuale.");
        });
    }

    @Test
    void refuses_employer_side_matching_delivered_face_to_face() {
        Verdict verdict = engine.check(aDeliveryOf(B4).withMode(INDIVIDUAL));

        assertThat(verdict.codes()).containsExactly(ViolationCode.MODE_NOT_ALLOWED);
        assertThat(verdict.violations().get(0).message()).endsWith("la scheda prevede solo: back office.");
    }

    @Test
    void refuses_information_in_back_office_and_employer_consulting_to_a_group() {
        assertThat(engine.check(aDeliveryOf(A1).withMode(BACK_OFFICE)).codes()).containsExactly(ViolationCode.MODE_NOT_ALLOWED);
        assertThat(engine.check(aDeliveryOf(B3).withMode(GROUP)).codes()).containsExactly(ViolationCode.MODE_NOT_ALLOWED);
    }
}
