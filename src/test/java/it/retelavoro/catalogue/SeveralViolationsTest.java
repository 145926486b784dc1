package it.retelavoro.catalogue;

import static it.retelavoro.catalogue.Deliveries.aDeliveryOf;
import static it.retelavoro.catalogue.Deliveries.anAgencyOperator;
import static it.retelavoro.catalogue.ServiceCode.A3;
import static it.retelavoro.catalogue.ServiceCode.A4;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

/** The engine answers with every broken rule at once, so the operator fixes them in one go. */
class SeveralViolationsTest {

    private final RuleEngine engine = Deliveries.engine();

    @Test
    void reports_every_broken_rule_of_a_delivery_at_once() {
        DeliveryCheck delivery = aDeliveryOf(A3).withMinutes(45).withHistory(RecipientHistory.none())
                .withOutputs(Set.of()).withSite(SiteProfile.with(SiteFeature.PC_WITH_INTERNET))
                .withRecipient(RecipientProfile.inTargets(ComplexTarget.PRISONER).needingCulturalMediation())
                .withOperator(anAgencyOperator().notAssignedToSite())
                .withFunctions(CpiExclusiveFunction.MOBILITY_LISTS);

        Verdict verdict = engine.check(delivery);

        assertThat(verdict.isAllowed()).isFalse();
        assertThat(verdict.violations()).extracting(Violation::code).containsExactly(ViolationCode.MIN_DURATION,
                ViolationCode.ACCESS_RULE, ViolationCode.ACCESS_RULE, ViolationCode.OUTPUT_MISSING,
                ViolationCode.SITE_PRECONDITION, ViolationCode.OPERATOR_PRECONDITION,
                ViolationCode.OPERATOR_PRECONDITION, ViolationCode.OPERATOR_PRECONDITION, ViolationCode.CPI_EXCLUSIVE);
        assertThat(verdict.violations()).extracting(v -> v.field().orElseThrow()).containsExactly(RequestField.MINUTES,
                RequestField.HISTORY, RequestField.HISTORY, RequestField.OUTPUTS, RequestField.SITE, RequestField.OPERATOR,
                RequestField.OPERATOR, RequestField.OPERATOR, RequestField.FUNCTIONS);
        assertThat(verdict.violationsOf(ViolationCode.OPERATOR_PRECONDITION)).extracting(v -> v.source().field())
                .containsExactly("precondizioni.professionali", "targetComplessi.PRISONER", "mediazioneCulturale");
    }

    @Test
    void reports_too_few_meetings_and_too_few_minutes_together() {
        Verdict verdict = engine.check(aDeliveryOf(A4).withMeetings(1).withMinutes(59));

        assertThat(verdict.violations()).extracting(Violation::code)
                .containsExactly(ViolationCode.MIN_MEETINGS, ViolationCode.MIN_DURATION);
    }
}
