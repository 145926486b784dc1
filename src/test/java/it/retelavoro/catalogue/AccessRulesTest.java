package it.retelavoro.catalogue;

import static it.retelavoro.catalogue.Deliveries.DELIVERY_DAY;
import static it.retelavoro.catalogue.Deliveries.LAST_WEEK;
import static it.retelavoro.catalogue.Deliveries.aDeliveryOf;
import static it.retelavoro.catalogue.Deliveries.plus;
import static it.retelavoro.catalogue.ServiceCode.A1;
import static it.retelavoro.catalogue.ServiceCode.A2;
import static it.retelavoro.catalogue.ServiceCode.A3;
import static it.retelavoro.catalogue.ServiceCode.A4;
import static it.retelavoro.catalogue.ServiceCode.A5;
import static it.retelavoro.catalogue.ServiceCode.A6;
import static it.retelavoro.catalogue.ServiceCode.B1;
import static it.retelavoro.catalogue.ServiceCode.B2;
import static it.retelavoro.catalogue.ServiceCode.B3;
import static it.retelavoro.catalogue.ServiceCode.B4;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** MODALITÀ DI ACCESSO of every scheda: which services come first, in which sitting, on which conditions. */
class AccessRulesTest {

    private final RuleEngine engine = Deliveries.engine();

    @ParameterizedTest
    @EnumSource(value = ServiceCode.class, names = { "A1", "A2", "B1", "B2" })
    void opens_the_entry_services_from_any_point_of_the_network(ServiceCode service) {
        assertThat(engine.check(aDeliveryOf(service).withHistory(RecipientHistory.none())).violations()).isEmpty();
    }

    @Test
    void allows_intake_together_with_information_without_requiring_it() {
        assertThat(engine.check(aDeliveryOf(A2).withTogetherWith(A1)).violations()).isEmpty();
        assertThat(engine.check(aDeliveryOf(B2).withTogetherWith(B1)).violations()).isEmpty();
    }

    @Test
    void refuses_guidance_before_intake() {
        Verdict verdict = engine.check(aDeliveryOf(A3).withHistory(RecipientHistory.none().withPactSignedOn(LAST_WEEK)));

        assertThat(verdict.violations()).singleElement().satisfies(violation -> {
            assertThat(violation.code()).isEqualTo(ViolationCode.ACCESS_RULE);
            assertThat(violation.field()).contains(RequestField.HISTORY);
            assertThat(violation.source()).isEqualTo(new RuleSource(Optional.of(A3), "modalitaAccesso",
                    Optional.of("piemonte-2012")));
            assertThat(violation.message()).isEqualTo("L'orientamento professionale (A.3) è accessibile solo dopo uno di "
                    + "questi servizi: A.2 Accoglienza - primo filtro e/o presa in carico; nessuno risulta erogato entro il 10/03/2025.");
        });
    }

    @Test
    void refuses_guidance_before_the_pact_is_signed() {
        Verdict verdict = engine.check(aDeliveryOf(A3).withHistory(RecipientHistory.none().withDelivery(A2, LAST_WEEK)));

        assertThat(verdict.violations()).singleElement().satisfies(violation -> {
            assertThat(violation.code()).isEqualTo(ViolationCode.ACCESS_RULE);
            assertThat(violation.arguments()).containsExactly(A3, AccessCondition.PACT_SIGNED, DELIVERY_DAY);
            assertThat(violation.message()).isEqualTo(
                    "L'orientamento professionale (A.3) richiede la firma del Patto di Servizio, che non risulta alla data del 10/03/2025.");
        });
    }

    @Test
    void refuses_guidance_with_neither_intake_nor_pact_reporting_both() {
        Verdict verdict = engine.check(aDeliveryOf(A3).withHistory(RecipientHistory.none()));

        assertThat(verdict.violations()).extracting(Violation::messageKey).containsExactly(
                "catalogue.violation.access-prior", "catalogue.violation.access-condition");
    }

    @Test
    void judges_the_history_as_it_was_on_the_day_of_a_back_dated_delivery() {
        RecipientHistory intakeAfterwards = RecipientHistory.none().withDelivery(A2, DELIVERY_DAY.plusDays(1))
                .withPactSignedOn(DELIVERY_DAY.plusDays(1));

        assertThat(engine.check(aDeliveryOf(A3).withHistory(intakeAfterwards)).violations()).hasSize(2);
    }

    @Test
    void allows_guidance_after_an_intake_registered_earlier_the_same_day() {
        RecipientHistory sameDay = RecipientHistory.none().withDelivery(A2, DELIVERY_DAY).withPactSignedOn(DELIVERY_DAY);

        assertThat(engine.check(aDeliveryOf(A3).withHistory(sameDay)).violations()).isEmpty();
    }

    @Test
    void accepts_a_pact_signed_in_an_intake_of_the_same_sitting_for_a_person_already_taken_in() {
        DeliveryCheck guidance = aDeliveryOf(A3).withHistory(RecipientHistory.none().withDelivery(A2, LAST_WEEK))
                .withTogetherWith(A2);

        assertThat(engine.check(guidance.withOutputs(plus(guidance.outputs(), OutputCode.PACT_SIGNED))).violations()).isEmpty();
        assertThat(engine.check(guidance).codes()).containsExactly(ViolationCode.ACCESS_RULE);
    }

    @Test
    void does_not_let_an_intake_of_the_same_sitting_stand_for_the_intake_that_must_come_before_guidance() {
        DeliveryCheck guidance = aDeliveryOf(A3).withHistory(RecipientHistory.none()).withTogetherWith(A2);

        Verdict verdict = engine.check(guidance.withOutputs(plus(guidance.outputs(), OutputCode.PACT_SIGNED)));

        assertThat(verdict.violations()).extracting(Violation::messageKey).containsExactly("catalogue.violation.access-prior");
    }

    @Test
    void refuses_counselling_without_a_recorded_specific_need() {
        RecipientHistory noNeed = RecipientHistory.none().withDelivery(A2, LAST_WEEK).withPactSignedOn(LAST_WEEK)
                .withDelivery(A3, LAST_WEEK);

        Verdict verdict = engine.check(aDeliveryOf(A4).withHistory(noNeed));

        assertThat(verdict.violations()).singleElement().satisfies(violation -> {
            assertThat(violation.code()).isEqualTo(ViolationCode.ACCESS_RULE);
            assertThat(violation.message()).isEqualTo("La consulenza orientativa (A.4) richiede la rilevazione di uno "
                    + "specifico fabbisogno individuale, che non risulta alla data del 10/03/2025.");
        });
    }

    @Test
    void refuses_counselling_before_first_level_guidance() {
        RecipientHistory noGuidance = RecipientHistory.none().withDelivery(A2, LAST_WEEK).withSpecificNeedRecordedOn(LAST_WEEK);

        assertThat(engine.check(aDeliveryOf(A4).withHistory(noGuidance)).violations())
                .extracting(Violation::messageKey).containsExactly("catalogue.violation.access-prior");
    }

    @Test
    void allows_accompaniment_together_with_first_level_guidance() {
        DeliveryCheck accompaniment = aDeliveryOf(A5).withHistory(RecipientHistory.none()).withTogetherWith(A3);

        assertThat(engine.check(accompaniment).violations()).isEmpty();
    }

    @Test
    void allows_accompaniment_after_counselling() {
        assertThat(engine.check(aDeliveryOf(A5).withHistory(RecipientHistory.none().withDelivery(A4, LAST_WEEK)))
                .violations()).isEmpty();
    }

    @Test
    void refuses_accompaniment_with_no_guidance_before_or_in_the_sitting() {
        Verdict verdict = engine.check(aDeliveryOf(A5).withHistory(RecipientHistory.none().withDelivery(A2, LAST_WEEK)));

        assertThat(verdict.violations()).singleElement().satisfies(violation -> assertThat(violation.message())
                .isEqualTo("L'accompagnamento al lavoro (A.5) è accessibile solo dopo, o contestualmente a, uno di questi "
                        + "servizi: A.3 Orientamento professionale, A.4 Consulenza orientativa; nessuno risulta erogato "
                        + "entro il 10/03/2025 né nello stesso incontro."));
    }

    @Test
    void allows_matching_together_with_accompaniment_and_refuses_it_without_any_guidance() {
        assertThat(engine.check(aDeliveryOf(A6).withHistory(RecipientHistory.none()).withTogetherWith(A5)).violations())
                .isEmpty();
        assertThat(engine.check(aDeliveryOf(A6).withHistory(RecipientHistory.none().withDelivery(A5, LAST_WEEK)))
                .violations()).isEmpty();
        assertThat(engine.check(aDeliveryOf(A6).withHistory(RecipientHistory.none().withDelivery(A2, LAST_WEEK))).codes())
                .containsExactly(ViolationCode.ACCESS_RULE);
    }

    @Test
    void refuses_employer_consulting_without_a_signed_company_pact() {
        Verdict verdict = engine.check(aDeliveryOf(B3).withHistory(RecipientHistory.none().withDelivery(B2, LAST_WEEK)));

        assertThat(verdict.violations()).singleElement().satisfies(violation -> {
            assertThat(violation.code()).isEqualTo(ViolationCode.ACCESS_RULE);
            assertThat(violation.arguments()).containsExactly(B3, AccessCondition.COMPANY_PACT_SIGNED, DELIVERY_DAY);
        });
    }

    @Test
    void accepts_a_company_pact_signed_in_the_same_sitting_for_consulting() {
        DeliveryCheck consulting = aDeliveryOf(B3).withHistory(RecipientHistory.none().withDelivery(B2, LAST_WEEK))
                .withTogetherWith(B2);

        assertThat(engine.check(consulting.withOutputs(plus(consulting.outputs(), OutputCode.COMPANY_PACT_SIGNED)))
                .violations()).isEmpty();
    }

    @Test
    void allows_employer_matching_for_a_company_that_came_straight_to_intake() {
        RecipientHistory viaIntakeOnly = RecipientHistory.none().withDelivery(B2, LAST_WEEK).withCompanyPactSignedOn(LAST_WEEK);

        assertThat(engine.check(aDeliveryOf(B4).withHistory(viaIntakeOnly)).violations()).isEmpty();
    }

    @Test
    void allows_employer_matching_after_scouting_once_the_company_pact_is_signed() {
        RecipientHistory viaScouting = RecipientHistory.none().withDelivery(B1, LAST_WEEK).withCompanyPactSignedOn(LAST_WEEK);

        assertThat(engine.check(aDeliveryOf(B4).withHistory(viaScouting)).violations()).isEmpty();
    }

    @Test
    void refuses_employer_matching_without_the_company_pact_or_without_any_earlier_service() {
        assertThat(engine.check(aDeliveryOf(B4).withHistory(RecipientHistory.none().withDelivery(B1, LAST_WEEK)))
                .violations()).extracting(Violation::messageKey).containsExactly("catalogue.violation.access-condition");
        assertThat(engine.check(aDeliveryOf(B4).withHistory(RecipientHistory.none().withCompanyPactSignedOn(LAST_WEEK)))
                .violations()).extracting(Violation::messageKey).containsExactly("catalogue.violation.access-prior");
    }
}
