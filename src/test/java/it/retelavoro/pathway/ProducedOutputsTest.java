package it.retelavoro.pathway;

import static org.assertj.core.api.Assertions.assertThat;

import it.retelavoro.catalogue.OutputCode;
import it.retelavoro.catalogue.ServiceCode;
import it.retelavoro.pathway.PathwayCommands.ActionPlanTerms;
import it.retelavoro.pathway.PathwayCommands.DeliveryOutputs;
import it.retelavoro.pathway.PathwayCommands.PactTerms;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/** Which outputs a registration of A.1-A.6 carries, from what it produced and what the pathway holds. */
class ProducedOutputsTest {

    private static final BooleanSupplier NO_DID = () -> false;
    private static final BooleanSupplier NOT_ASKED = () -> {
        throw new AssertionError("the DID is asked for A.2 only");
    };

    private static DeliveryOutputs referral(String text) {
        return new DeliveryOutputs(text, null, null, null, false, false);
    }

    private static DeliveryOutputs pact(Outcome outcome) {
        return new DeliveryOutputs(null, new PactTerms(outcome, null, null, null, null, null), null, null, false,
                false);
    }

    private static DeliveryOutputs plan(Outcome outcome) {
        return new DeliveryOutputs(null, null, new ActionPlanTerms(outcome, false, null, List.of()), null, false,
                false);
    }

    @Test
    void an_a1_carries_the_referral_when_one_is_named() {
        assertThat(ProducedOutputs.of(ServiceCode.A1, referral("Servizio X"), NOT_ASKED, true))
                .containsExactly(OutputCode.SERVICE_REFERRAL);
        assertThat(ProducedOutputs.of(ServiceCode.A1, referral("  "), NOT_ASKED, true)).isEmpty();
    }

    @Test
    void an_a2_carries_the_personal_record_the_pact_outcome_its_signature_and_the_did_received() {
        assertThat(ProducedOutputs.of(ServiceCode.A2, pact(Outcome.SIGNED), () -> true, false)).containsExactly(
                OutputCode.PERSONAL_RECORD, OutputCode.PACT_OUTCOME, OutputCode.PACT_SIGNED, OutputCode.DID_RECEIVED);
        assertThat(ProducedOutputs.of(ServiceCode.A2, pact(Outcome.REFUSED), NO_DID, false))
                .containsExactly(OutputCode.PERSONAL_RECORD, OutputCode.PACT_OUTCOME);
        assertThat(ProducedOutputs.of(ServiceCode.A2, DeliveryOutputs.none(), NO_DID, false))
                .containsExactly(OutputCode.PERSONAL_RECORD);
    }

    @Test
    void an_a3_carries_the_plan_outcome_and_its_signature() {
        assertThat(ProducedOutputs.of(ServiceCode.A3, plan(Outcome.SIGNED), NOT_ASKED, false))
                .containsExactly(OutputCode.ACTION_PLAN_OUTCOME, OutputCode.ACTION_PLAN_SIGNED);
        assertThat(ProducedOutputs.of(ServiceCode.A3, plan(Outcome.REFUSED), NOT_ASKED, false))
                .containsExactly(OutputCode.ACTION_PLAN_OUTCOME);
        assertThat(ProducedOutputs.of(ServiceCode.A3, DeliveryOutputs.none(), NOT_ASKED, true)).isEmpty();
    }

    @Test
    void an_a4_to_a6_is_entered_in_the_plan_signed_by_then_and_carries_interviews_and_placement() {
        assertThat(ProducedOutputs.of(ServiceCode.A4, DeliveryOutputs.none(), NOT_ASKED, true))
                .containsExactly(OutputCode.ACTION_PLAN_ENTRY);
        assertThat(ProducedOutputs.of(ServiceCode.A5, DeliveryOutputs.none(), NOT_ASKED, false)).isEmpty();
        assertThat(ProducedOutputs.of(ServiceCode.A6, new DeliveryOutputs(null, null, null, null, true, true),
                NOT_ASKED, false)).containsExactly(OutputCode.INTERVIEW_REFERRAL, OutputCode.JOB_PLACEMENT);
    }
}
