package it.retelavoro.catalogue;

import static it.retelavoro.catalogue.Competence.ADDICTION_EXPERIENCE;
import static it.retelavoro.catalogue.Competence.CARE_NEEDS_EXPERIENCE;
import static it.retelavoro.catalogue.Competence.CULTURAL_MEDIATION;
import static it.retelavoro.catalogue.Competence.DISABILITY_EXPERIENCE;
import static it.retelavoro.catalogue.Competence.FOREIGN_LANGUAGES;
import static it.retelavoro.catalogue.Competence.PRISON_EXPERIENCE;
import static it.retelavoro.catalogue.Competence.SOCIO_HEALTH_SPECIALISATION;
import static it.retelavoro.catalogue.ComplexTarget.DISABLED;
import static it.retelavoro.catalogue.ComplexTarget.FAMILY_CARE_WORKER;
import static it.retelavoro.catalogue.ComplexTarget.IMMIGRANT;
import static it.retelavoro.catalogue.Deliveries.aDeliveryOf;
import static it.retelavoro.catalogue.Deliveries.anAgencyOperator;
import static it.retelavoro.catalogue.ServiceCode.A2;
import static it.retelavoro.catalogue.ServiceCode.A3;
import static it.retelavoro.catalogue.ServiceCode.A5;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** PRE CONDIZIONI PROFESSIONALI: the operator's site, the complex targets' competences, cultural mediation. */
class OperatorPreconditionsTest {

    private final RuleEngine engine = Deliveries.engine();

    @ParameterizedTest(name = "{0} needs {1}")
    @CsvSource({
            "DISABLED, DISABILITY_EXPERIENCE",
            "ADDICTION, ADDICTION_EXPERIENCE",
            "PRISONER, PRISON_EXPERIENCE" })
    void finds_an_operator_without_the_competence_the_target_asks_for(ComplexTarget target, Competence competence) {
        DeliveryCheck delivery = aDeliveryOf(A3).withRecipient(RecipientProfile.inTargets(target));

        Verdict without = engine.check(delivery);
        Verdict with = engine.check(delivery.withOperator(anAgencyOperator().withCompetences(competence)));

        assertThat(without.violations()).singleElement().satisfies(violation -> {
            assertThat(violation.code()).isEqualTo(ViolationCode.OPERATOR_PRECONDITION);
            assertThat(violation.arguments()).containsExactly(A3, target, competence);
            assertThat(violation.field()).contains(RequestField.OPERATOR);
            assertThat(violation.severity()).isEqualTo(Severity.ADVISORY);
            assertThat(violation.source()).isEqualTo(new RuleSource(Optional.of(A3), "targetComplessi." + target.name(),
                    Optional.of("piemonte-2012")));
        });
        assertThat(with.violations()).isEmpty();
    }

    @Test
    void asks_two_competences_and_the_persons_language_for_a_family_care_worker() {
        DeliveryCheck delivery = aDeliveryOf(A5).withRecipient(RecipientProfile.inTargets(FAMILY_CARE_WORKER));

        Verdict without = engine.check(delivery);
        Verdict partly = engine.check(delivery.withOperator(anAgencyOperator().withCompetences(CARE_NEEDS_EXPERIENCE)));
        Verdict fully = engine.check(delivery.withOperator(anAgencyOperator()
                .withCompetences(CARE_NEEDS_EXPERIENCE, SOCIO_HEALTH_SPECIALISATION)));

        assertThat(without.violations()).extracting(v -> v.arguments().get(2))
                .containsExactly(CARE_NEEDS_EXPERIENCE, SOCIO_HEALTH_SPECIALISATION);
        assertThat(partly.violations()).extracting(v -> v.arguments().get(2))
                .containsExactly(SOCIO_HEALTH_SPECIALISATION);
        assertThat(fully.violations()).isEmpty();
    }

    @Test
    void asks_the_competences_of_every_target_the_person_belongs_to() {
        DeliveryCheck delivery = aDeliveryOf(A3).withRecipient(RecipientProfile.inTargets(DISABLED, IMMIGRANT))
                .withOperator(anAgencyOperator().withCompetences(FOREIGN_LANGUAGES));

        assertThat(engine.check(delivery).violations()).singleElement().satisfies(violation -> {
            assertThat(violation.source().field()).isEqualTo("targetComplessi.DISABLED");
            assertThat(violation.message()).isEqualTo("L'orientamento professionale (A.3), per una persona del target "
                    + "«disabili», richiede un operatore con: comprovata esperienza pluriennale nell'accompagnamento di persone con disabilità.");
        });
    }

    @Test
    void asks_for_cultural_mediation_when_the_person_needs_it() {
        DeliveryCheck delivery = aDeliveryOf(A2).withRecipient(RecipientProfile.ordinary().needingCulturalMediation());

        Verdict without = engine.check(delivery);
        Verdict with = engine.check(delivery.withOperator(anAgencyOperator().withCompetences(CULTURAL_MEDIATION)));

        assertThat(without.violations()).singleElement().satisfies(violation -> {
            assertThat(violation.code()).isEqualTo(ViolationCode.OPERATOR_PRECONDITION);
            assertThat(violation.source().field()).isEqualTo("mediazioneCulturale");
            assertThat(violation.message()).isEqualTo("L'accoglienza e presa in carico (A.2), per una persona che necessita "
                    + "di mediazione interculturale, richiede un operatore con: mediazione culturale.");
        });
        assertThat(with.violations()).isEmpty();
    }

    @Test
    void does_not_ask_an_immigrant_who_needs_no_mediation_for_a_cultural_mediator() {
        DeliveryCheck delivery = aDeliveryOf(A2).withRecipient(RecipientProfile.inTargets(IMMIGRANT))
                .withOperator(anAgencyOperator().withCompetences(FOREIGN_LANGUAGES));

        assertThat(engine.check(delivery).violations()).isEmpty();
        assertThat(engine.check(delivery.withRecipient(RecipientProfile.inTargets(IMMIGRANT).needingCulturalMediation()))
                .codes()).containsExactly(ViolationCode.OPERATOR_PRECONDITION);
    }

    @Test
    void refuses_an_operator_not_assigned_to_the_site() {
        Verdict verdict = engine.check(aDeliveryOf(A3).withOperator(anAgencyOperator().notAssignedToSite()));

        assertThat(verdict.violations()).singleElement().satisfies(violation -> {
            assertThat(violation.code()).isEqualTo(ViolationCode.OPERATOR_PRECONDITION);
            assertThat(violation.source().field()).isEqualTo("precondizioni.professionali");
            assertThat(violation.message()).isEqualTo(
                    "L'orientamento professionale (A.3) deve essere erogato da un operatore assegnato alla sede.");
        });
    }

    @Test
    void an_experienced_operator_serves_a_disabled_person_in_a_standard_service_without_cpi_functions() {
        DeliveryCheck delivery = aDeliveryOf(A3).withRecipient(RecipientProfile.inTargets(DISABLED))
                .withOperator(anAgencyOperator().withCompetences(DISABILITY_EXPERIENCE, ADDICTION_EXPERIENCE, PRISON_EXPERIENCE));

        assertThat(engine.check(delivery).violations()).isEmpty();
    }
}
