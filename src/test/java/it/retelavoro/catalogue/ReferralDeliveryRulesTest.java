package it.retelavoro.catalogue;

import static it.retelavoro.catalogue.Deliveries.LAST_WEEK;
import static it.retelavoro.catalogue.Deliveries.aDeliveryOf;
import static it.retelavoro.catalogue.Deliveries.engine;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, point 6: the rules the A6 and B4 a referral belongs to are judged by, and B2 for a company that
 * already signed its Patto. Plain rule engine over the shipped version.
 */
class ReferralDeliveryRulesTest {

    private final RuleEngine engine = engine();

    @Test
    @DisplayName("A.6 «Parte in presenza ... e parte in back office: minimo 2 ore»: the A6 a referral registers "
            + "in back office with its output «Invio a colloqui di lavoro» needs its two hours")
    void the_back_office_a6_of_a_referral_needs_two_hours() {
        DeliveryCheck referral = aDeliveryOf(ServiceCode.A6).withMode(DeliveryMode.BACK_OFFICE)
                .withOutputs(OutputCode.ACTION_PLAN_ENTRY, OutputCode.INTERVIEW_REFERRAL);

        assertThat(engine.check(referral.withMinutes(120)).violations()).isEmpty();
        assertThat(engine.check(referral.withMinutes(45)).codes()).containsExactly(ViolationCode.MIN_DURATION);
        assertThat(engine.check(referral.withMinutes(null)).codes()).containsExactly(ViolationCode.MIN_DURATION);
        assertThat(engine.check(referral.withMinutes(45)).violations().get(0).field()).contains(RequestField.MINUTES);
    }

    @Test
    @DisplayName("A.6 «L'utente vi accede dopo ... il servizio di orientamento di 1° livello»: no referral's A6 "
            + "without an A3 (or A4, A5) before it")
    void the_a6_of_a_referral_follows_the_access_rule() {
        DeliveryCheck withoutGuidance = aDeliveryOf(ServiceCode.A6).withMode(DeliveryMode.BACK_OFFICE)
                .withMinutes(120).withHistory(RecipientHistory.none().withDelivery(ServiceCode.A2, LAST_WEEK)
                        .withPactSignedOn(LAST_WEEK))
                .withOutputs(OutputCode.ACTION_PLAN_ENTRY, OutputCode.INTERVIEW_REFERRAL);

        assertThat(engine.check(withoutGuidance).codes()).containsExactly(ViolationCode.ACCESS_RULE);
    }

    @Test
    @DisplayName("B.4 «Prestazione in back office», OUTPUT «Invio di lavoratori per colloqui di selezione»: the "
            + "B4 of a referral is in back office")
    void the_b4_of_a_referral_is_in_back_office() {
        DeliveryCheck referral = aDeliveryOf(ServiceCode.B4).withOutputs(OutputCode.INTERVIEW_REFERRAL);

        assertThat(engine.check(referral).violations()).isEmpty();
        assertThat(engine.check(referral.withMode(DeliveryMode.INDIVIDUAL)).codes())
                .containsExactly(ViolationCode.MODE_NOT_ALLOWED);
    }

    @Test
    @DisplayName("B.2 «L'impresa vi accede da qualsiasi punto della rete»: a company that signed its Patto may "
            + "receive B2 again and sign a new one (8.1)")
    void a_company_that_signed_may_receive_b2_again() {
        RecipientHistory signed = RecipientHistory.none().withDelivery(ServiceCode.B2, LAST_WEEK.minusMonths(6))
                .withCompanyPactSignedOn(LAST_WEEK.minusMonths(6));

        assertThat(engine.check(aDeliveryOf(ServiceCode.B2).withHistory(signed).withOutputs(
                OutputCode.COMPANY_PACT_OUTCOME, OutputCode.COMPANY_PACT_SIGNED,
                OutputCode.COMPANY_ACTION_PLAN_OPENED)).violations()).isEmpty();
    }
}
