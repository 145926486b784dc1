package it.retelavoro.catalogue;

import static it.retelavoro.catalogue.Competence.CULTURAL_MEDIATION;
import static it.retelavoro.catalogue.Competence.DISABILITY_EXPERIENCE;
import static it.retelavoro.catalogue.ComplexTarget.DISABLED;
import static it.retelavoro.catalogue.ComplexTarget.IMMIGRANT;
import static it.retelavoro.catalogue.Deliveries.aDeliveryOf;
import static it.retelavoro.catalogue.Deliveries.anAgencyOperator;
import static it.retelavoro.catalogue.ServiceCode.A1;
import static it.retelavoro.catalogue.ServiceCode.A2;
import static it.retelavoro.catalogue.ServiceCode.A3;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Point 2 of issue 13: the preconditions the repertorio gives as examples are advice. The target table opens
 * with "si riportano di seguito alcuni esempi di integrazione degli stessi ai fini della formulazione di Atti
 * d'Indirizzo"; the mediation is "azione trasversale e di supporto".
 */
class AdvisoryRulesTest {

    private final RuleEngine engine = Deliveries.engine();

    @Test
    @DisplayName("«alcuni esempi di integrazione ... ai fini della formulazione di Atti d'Indirizzo»: a missing target competence is advice, the delivery is allowed")
    void a_missing_target_competence_is_an_advisory_finding_that_allows_the_delivery() {
        Verdict verdict = engine.check(aDeliveryOf(A3).withRecipient(RecipientProfile.inTargets(DISABLED)));

        assertThat(verdict.isAllowed()).isTrue();
        assertThat(verdict.blocking()).isEmpty();
        assertThat(verdict.advisories()).singleElement().satisfies(advisory -> {
            assertThat(advisory.severity()).isEqualTo(Severity.ADVISORY);
            assertThat(advisory.source().field()).isEqualTo("targetComplessi.DISABLED");
            assertThat(advisory.arguments()).containsExactly(A3, DISABLED, DISABILITY_EXPERIENCE);
        });
        RuleViolationException.throwIfForbidden(verdict);
    }

    @Test
    @DisplayName("Advice beside a blocking rule: only the blocking one refuses, and the refusal lists only it")
    void only_blocking_findings_refuse_and_are_listed_by_the_refusal() {
        Verdict verdict = engine.check(aDeliveryOf(A3).withMinutes(10)
                .withRecipient(RecipientProfile.inTargets(DISABLED)));

        assertThat(verdict.isAllowed()).isFalse();
        assertThat(verdict.advisories()).extracting(Violation::code).containsExactly(ViolationCode.OPERATOR_PRECONDITION);
        assertThatThrownBy(() -> RuleViolationException.throwIfForbidden(verdict))
                .isInstanceOfSatisfying(RuleViolationException.class, refusal -> assertThat(refusal.violations())
                        .extracting(Violation::code).containsExactly(ViolationCode.MIN_DURATION));
    }

    @Test
    @DisplayName("Other rules stay binding: «modalitaDurata» is BLOCKING, no severity written for it")
    void a_rule_the_version_does_not_name_is_blocking() {
        CatalogueVersion version = CatalogueFixtures.shippedVersion();

        assertThat(version.severities().of("modalitaDurata")).isEqualTo(Severity.BLOCKING);
        assertThat(version.severities().of("precondizioni.professionali")).isEqualTo(Severity.BLOCKING);
        assertThat(version.severities().of("targetComplessi.PRISONER")).isEqualTo(Severity.ADVISORY);
        assertThat(version.severities().of("mediazioneCulturale")).isEqualTo(Severity.ADVISORY);
        assertThat(engine.check(aDeliveryOf(A3).withOperator(anAgencyOperator().notAssignedToSite())).isAllowed())
                .isFalse();
    }

    @Test
    @DisplayName("A.1 «L'utente vi accede da qualsiasi punto della rete»: never judged by the targets' preconditions")
    void information_is_never_judged_by_target_preconditions() {
        RecipientProfile everything = RecipientProfile.inTargets(DISABLED, IMMIGRANT).needingCulturalMediation()
                .speaking("ar");

        assertThat(engine.check(aDeliveryOf(A1).withRecipient(everything)).violations()).isEmpty();
        assertThat(engine.check(aDeliveryOf(A2).withRecipient(everything)).advisories()).hasSize(3);
    }

    @Test
    @DisplayName("Mediazione «azione trasversale e di supporto»: a named mediator of the organisation supports the delivery")
    void a_named_mediator_operator_spares_the_operator_the_mediation_competence() {
        DeliveryCheck delivery = aDeliveryOf(A2).withRecipient(RecipientProfile.ordinary().needingCulturalMediation());

        assertThat(engine.check(delivery).advisories()).extracting(v -> v.source().field())
                .containsExactly("mediazioneCulturale");
        assertThat(engine.check(delivery.withMediator(MediatorProfile.operator(Set.of(CULTURAL_MEDIATION), Set.of())))
                .violations()).isEmpty();
        assertThat(engine.check(delivery.withMediator(MediatorProfile.external(Set.of()))).violations()).isEmpty();
        assertThat(engine.check(delivery.withMediator(MediatorProfile.operator(Set.of(), Set.of()))).advisories())
                .as("an operator named as mediator without the competence does not mediate").hasSize(1);
    }

    @Test
    @DisplayName("Immigrati, «Conoscenza lingue straniere»: the operator's languages compared with the person's")
    void the_persons_language_is_compared_with_the_operators_and_the_mediators() {
        DeliveryCheck delivery = aDeliveryOf(A3).withRecipient(RecipientProfile.inTargets(IMMIGRANT).speaking("ar"));

        Verdict unspoken = engine.check(delivery.withOperator(anAgencyOperator().withLanguages("en", "fr")));
        Verdict spoken = engine.check(delivery.withOperator(anAgencyOperator().withLanguages("ar")));
        Verdict mediated = engine.check(delivery.withMediator(MediatorProfile.external(Set.of("ar"))));
        Verdict noLanguageNeeded = engine.check(aDeliveryOf(A3).withRecipient(RecipientProfile.inTargets(IMMIGRANT)));

        assertThat(unspoken.isAllowed()).isTrue();
        assertThat(unspoken.advisories()).singleElement().satisfies(advisory -> {
            assertThat(advisory.messageKey()).isEqualTo("catalogue.violation.operator-person-language");
            assertThat(advisory.source().field()).isEqualTo("targetComplessi.IMMIGRANT");
            assertThat(advisory.message()).isEqualTo("L'orientamento professionale (A.3), per una persona del target "
                    + "«immigrati», richiede un operatore o un mediatore che parli la lingua della persona: arabo (ar).");
        });
        assertThat(spoken.violations()).isEmpty();
        assertThat(mediated.violations()).isEmpty();
        assertThat(noLanguageNeeded.violations()).as("a generic FOREIGN_LANGUAGES is no longer asked").isEmpty();
    }

    @Test
    @DisplayName("A later Atto d'indirizzo makes the same rule blocking without code: the version file says BLOCKING")
    void a_later_version_makes_the_target_competences_blocking() {
        RuleEngine withLaterAct = new RuleEngine(CatalogueVersions.of(CatalogueFixtures.shippedVersion(),
                LaterActVersion.read()));
        DeliveryCheck before = aDeliveryOf(A3).withRecipient(RecipientProfile.inTargets(DISABLED));
        DeliveryCheck after = before.withDate(LaterActVersion.VALID_FROM.plusDays(1));

        assertThat(withLaterAct.check(before).isAllowed()).isTrue();
        Verdict binding = withLaterAct.check(after);
        assertThat(binding.isAllowed()).isFalse();
        assertThat(binding.blocking()).singleElement().satisfies(violation -> {
            assertThat(violation.source().field()).isEqualTo("targetComplessi.DISABLED");
            assertThat(violation.source().catalogueVersion()).contains(LaterActVersion.ID);
        });
        assertThat(withLaterAct.check(after.withRecipient(RecipientProfile.ordinary().needingCulturalMediation()))
                .advisories()).as("what the later act does not name keeps its old weight").hasSize(1);
    }

    @Test
    void refuses_a_severity_for_a_rule_the_engine_does_not_have() {
        String yaml = CatalogueFixtures.shippedYaml().replace("  mediazioneCulturale: ADVISORY",
                "  mediazioneCuturale: ADVISORY\n  modalitaDurata: SOMETIMES");

        assertThatThrownBy(() -> new CatalogueVersionReader().read(yaml, "typo.yaml"))
                .isInstanceOf(InvalidCatalogueVersionException.class)
                .hasMessageContaining("severities.mediazioneCuturale").hasMessageContaining("regola sconosciuta")
                .hasMessageContaining("severities.modalitaDurata");
    }
}
