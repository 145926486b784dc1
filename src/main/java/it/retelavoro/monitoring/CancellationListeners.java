package it.retelavoro.monitoring;

import it.retelavoro.employer.EmployerEvents.EmployerDeliveryCancelled;
import it.retelavoro.pathway.PathwayEvents.ActionPlanCancelled;
import it.retelavoro.pathway.PathwayEvents.DeliveryCancelled;
import it.retelavoro.pathway.PathwayEvents.InternshipCancelled;
import it.retelavoro.pathway.PathwayEvents.PactCancelled;
import it.retelavoro.pathway.PathwayEvents.TrainingEventCancelled;
import it.retelavoro.referral.ReferralEvents.ReferralStepCancelled;
import it.retelavoro.referral.ReferralStatus;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Reverses the facts of the acts the other modules cancelled as registered by mistake (issue 13): each
 * listener names the facts {@link MonitoringListeners} recorded from the act, by the same kinds and source
 * keys, so that the indicators of the act's period no longer count it and its records show it reversed. A
 * redelivered event, or a fact never recorded (a refused Patto has none), reverses nothing.
 */
@Component
class CancellationListeners {

    private final FactStore facts;

    CancellationListeners(FactStore facts) {
        this.facts = facts;
    }

    @ApplicationModuleListener
    void on(DeliveryCancelled event) {
        // the same key for a person's delivery and an anonymous visitor's A.1
        facts.reverse(FactKind.DELIVERY, FactKeys.of(event.deliveryId().value()));
    }

    @ApplicationModuleListener
    void on(PactCancelled event) {
        if (event.signed()) {
            facts.reverse(FactKind.PACT_SIGNED, FactKeys.daily(event.personId().value(),
                    event.organisationId().value(), event.date()));
        }
    }

    @ApplicationModuleListener
    void on(ActionPlanCancelled event) {
        facts.reverse(event.signed() ? FactKind.PLAN_SIGNED : FactKind.PLAN_REFUSED, FactKeys.daily(
                event.personId().value(), event.organisationId().value(), event.date()));
    }

    @ApplicationModuleListener
    void on(TrainingEventCancelled event) {
        facts.reverse(FactKind.TRAINING, FactKeys.of(event.id().value()));
    }

    @ApplicationModuleListener
    void on(InternshipCancelled event) {
        if (event.activatedOn() != null) {
            facts.reverse(FactKind.INTERNSHIP_ACTIVATED, FactKeys.of(event.id().value()));
        }
    }

    @ApplicationModuleListener
    void on(EmployerDeliveryCancelled event) {
        String key = FactKeys.of(event.deliveryId().value());
        facts.reverse(FactKind.EMPLOYER_DELIVERY, key);
        facts.reverse(FactKind.COMPANY_NEED, key);
        if (event.cancelledPactId() != null) {
            facts.reverse(FactKind.COMPANY_PACT_SIGNED, FactKeys.of(event.cancelledPactId().value()));
        }
    }

    @ApplicationModuleListener
    void on(ReferralStepCancelled event) {
        if (event.status() == ReferralStatus.SENT) {
            facts.reverse(FactKind.REFERRAL, FactKeys.of(event.referralId().value()));
            return;
        }
        facts.reverse(FactKind.REFERRAL_OUTCOME,
                FactKeys.referralOutcome(event.referralId().value(), event.status().name()));
        if (event.status() == ReferralStatus.HIRED) {
            facts.reverse(FactKind.CONTRACT_STARTED, FactKeys.of(event.referralId().value()));
        }
    }
}
