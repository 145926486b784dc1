package it.retelavoro.pathway;

import it.retelavoro.catalogue.OutputCode;
import it.retelavoro.catalogue.ServiceCode;
import it.retelavoro.pathway.PathwayCommands.DeliveryOutputs;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Which outputs a registration of A.1-A.6 carries, from what the operator says the delivery produced and
 * what the person's pathway holds on the day: the one place that decides it, for the catalogue's output
 * rules ({@code OutputRule}) to judge.
 *
 * <ul>
 * <li>A.1: the referral to another service, when one is named;</li>
 * <li>A.2: the scheda anagrafica (the person's record in the registry, which exists since the person is in
 * charge), the outcome of the Patto and its signature, the DID received when one in force was declared by
 * the day;</li>
 * <li>A.3: the outcome of the PAI and its signature;</li>
 * <li>A.4-A.6: the entry in the PAI when a signed one is in force since the day, the referral to job
 * interviews, the placement.</li>
 * </ul>
 */
final class ProducedOutputs {

    private ProducedOutputs() {
    }

    /**
     * @param service           the service delivered
     * @param given             what the operator says it produced
     * @param didDeclaredByThen whether a DID in force was declared by the day (asked for A.2 only)
     * @param planSignedByThen  whether a signed PAI in force was decided by the day
     */
    static Set<OutputCode> of(ServiceCode service, DeliveryOutputs given, BooleanSupplier didDeclaredByThen,
            boolean planSignedByThen) {
        Set<OutputCode> outputs = EnumSet.noneOf(OutputCode.class);
        switch (service) {
            case A1 -> {
                if (Delivery.blankToNull(given.referral()) != null) {
                    outputs.add(OutputCode.SERVICE_REFERRAL);
                }
            }
            case A2 -> {
                outputs.add(OutputCode.PERSONAL_RECORD);
                if (given.pact() != null) {
                    outputs.add(OutputCode.PACT_OUTCOME);
                    if (given.pact().outcome() == Outcome.SIGNED) {
                        outputs.add(OutputCode.PACT_SIGNED);
                    }
                }
                if (didDeclaredByThen.getAsBoolean()) {
                    outputs.add(OutputCode.DID_RECEIVED);
                }
            }
            case A3 -> {
                if (given.actionPlan() != null) {
                    outputs.add(OutputCode.ACTION_PLAN_OUTCOME);
                    if (given.actionPlan().outcome() == Outcome.SIGNED) {
                        outputs.add(OutputCode.ACTION_PLAN_SIGNED);
                    }
                }
            }
            default -> {
                if (planSignedByThen) {
                    outputs.add(OutputCode.ACTION_PLAN_ENTRY);
                }
                if (given.interviewReferral()) {
                    outputs.add(OutputCode.INTERVIEW_REFERRAL);
                }
                if (given.jobPlacement()) {
                    outputs.add(OutputCode.JOB_PLACEMENT);
                }
            }
        }
        return outputs;
    }
}
