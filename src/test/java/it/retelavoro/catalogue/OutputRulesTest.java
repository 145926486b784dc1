package it.retelavoro.catalogue;

import static it.retelavoro.catalogue.Deliveries.aDeliveryOf;
import static it.retelavoro.catalogue.Deliveries.minus;
import static it.retelavoro.catalogue.Deliveries.plus;
import static it.retelavoro.catalogue.ServiceCode.A2;
import static it.retelavoro.catalogue.ServiceCode.A6;
import static it.retelavoro.catalogue.ServiceCode.B2;
import static it.retelavoro.catalogue.ServiceCode.B4;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** OUTPUT of every scheda: the minimum outputs a registration must carry. */
class OutputRulesTest {

    private final RuleEngine engine = Deliveries.engine();

    @ParameterizedTest(name = "{0} without {1}")
    @CsvSource({
            "A1, SERVICE_REFERRAL",
            "A2, PERSONAL_RECORD",
            "A2, PACT_OUTCOME",
            "A3, ACTION_PLAN_OUTCOME",
            "A4, ACTION_PLAN_ENTRY",
            "A5, ACTION_PLAN_ENTRY",
            "A6, ACTION_PLAN_ENTRY",
            "B1, INTEREST_EXPRESSION",
            "B2, COMPANY_PACT_OUTCOME",
            "B3, COMPANY_ACTION_PLAN_ENTRY" })
    void refuses_a_registration_without_a_required_output(ServiceCode service, OutputCode output) {
        DeliveryCheck delivery = aDeliveryOf(service);

        Verdict verdict = engine.check(delivery.withOutputs(minus(delivery.outputs(), output)));

        assertThat(verdict.violations()).singleElement().satisfies(violation -> {
            assertThat(violation.code()).isEqualTo(ViolationCode.OUTPUT_MISSING);
            assertThat(violation.arguments()).containsExactly(service, output);
            assertThat(violation.field()).contains(RequestField.OUTPUTS);
            assertThat(violation.source()).isEqualTo(new RuleSource(Optional.of(service), "output",
                    Optional.of("piemonte-2012")));
        });
    }

    @Test
    void names_the_missing_output_in_the_message() {
        Verdict verdict = engine.check(aDeliveryOf(A2).withOutputs(OutputCode.PERSONAL_RECORD));

        assertThat(verdict.violations()).extracting(Violation::message).containsExactly(
                "L'accoglienza e presa in carico (A.2) deve registrare l'output «esito del Patto di Servizio (sottoscritto o mancata firma)».");
    }

    @Test
    void requires_the_company_action_plan_to_be_opened_when_the_company_pact_is_signed() {
        DeliveryCheck intake = aDeliveryOf(B2);
        Set<OutputCode> signed = plus(intake.outputs(), OutputCode.COMPANY_PACT_SIGNED);

        Verdict withoutPlan = engine.check(intake.withOutputs(signed));
        Verdict withPlan = engine.check(intake.withOutputs(plus(signed, OutputCode.COMPANY_ACTION_PLAN_OPENED)));

        assertThat(withoutPlan.violations()).singleElement().satisfies(violation -> {
            assertThat(violation.code()).isEqualTo(ViolationCode.OUTPUT_MISSING);
            assertThat(violation.messageKey()).isEqualTo("catalogue.violation.output-missing-when");
            assertThat(violation.message()).isEqualTo("L'informazione e accesso ai servizi per l'impresa (B.2) deve "
                    + "registrare l'output «apertura del Piano d'azione dell'impresa» quando registra «Patto di Servizio dell'impresa sottoscritto».");
        });
        assertThat(withPlan.violations()).isEmpty();
    }

    @Test
    void does_not_require_the_company_action_plan_when_the_company_refused_the_pact() {
        assertThat(engine.check(aDeliveryOf(B2)).violations()).isEmpty();
    }

    @Test
    void requires_no_output_of_employer_side_matching_and_accepts_its_optional_ones() {
        assertThat(engine.check(aDeliveryOf(B4).withOutputs(Set.of())).violations()).isEmpty();
        assertThat(engine.check(aDeliveryOf(B4).withOutputs(OutputCode.INTERVIEW_REFERRAL, OutputCode.JOB_PLACEMENT))
                .violations()).isEmpty();
    }

    @Test
    void accepts_the_optional_outputs_of_matching_for_the_person() {
        DeliveryCheck matching = aDeliveryOf(A6);

        assertThat(engine.check(matching.withOutputs(plus(matching.outputs(), OutputCode.INTERVIEW_REFERRAL,
                OutputCode.JOB_PLACEMENT))).violations()).isEmpty();
    }
}
