package it.retelavoro.pathway;

import it.retelavoro.catalogue.CancellationPolicy.Dependent;
import it.retelavoro.catalogue.DeliveryCheck;
import it.retelavoro.catalogue.OperatorProfile;
import it.retelavoro.catalogue.RecipientHistory;
import it.retelavoro.catalogue.RuleEngine;
import it.retelavoro.catalogue.ServiceCode;
import it.retelavoro.catalogue.SiteProfile;
import it.retelavoro.catalogue.ViolationCode;
import it.retelavoro.shared.OrganisationKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The acts of a person's pathway the rule engine judges by: their deliveries, the Patti and the PAIs, as
 * registered. A cancelled act is no part of the history ({@link #history}); the acts that would lose the
 * way the repertorio opens to them without one more are its {@link #dependents}.
 */
record PersonActs(List<Delivery> deliveries, List<Pact> pacts, List<ActionPlan> plans) {

    PersonActs {
        deliveries = List.copyOf(deliveries);
        pacts = List.copyOf(pacts);
        plans = List.copyOf(plans);
    }

    /** The history the rule engine judges by: the acts not cancelled. */
    RecipientHistory history() {
        return history(Set.of());
    }

    /**
     * The history without the cancelled acts and without the acts named (ids of deliveries, Patti, PAIs).
     */
    RecipientHistory history(Set<?> without) {
        RecipientHistory history = RecipientHistory.none();
        for (Delivery delivery : deliveries) {
            // a delivery still waiting for its meetings (A.4 meeting by meeting) is not delivered yet: it opens nothing
            if (!delivery.isCancelled() && !delivery.inProgress() && !without.contains(delivery.id())) {
                history = history.withDelivery(delivery.service(), delivery.date());
            }
        }
        for (Pact pact : pacts) {
            if (pact.isSigned() && !pact.isCancelled() && !without.contains(pact.id())) {
                history = history.withPactSignedOn(pact.decidedOn());
            }
        }
        for (ActionPlan plan : plans) {
            if (plan.isSigned() && !plan.isCancelled() && !without.contains(plan.id())
                    && plan.specificNeedOn().isPresent()) {
                history = history.withSpecificNeedRecordedOn(plan.specificNeedOn().get());
            }
        }
        return history;
    }

    /**
     * The deliveries, not cancelled, on or after {@code from}, whose modalità di accesso the rule engine would
     * no longer find met without the acts named: each was allowed because of one of them. Only the access
     * rules are asked again, each delivery judged with and without the acts so that a delivery that already
     * broke one (an old registration) is not blamed on them.
     */
    List<Dependent> dependents(Set<?> cancelled, LocalDate from, RuleEngine engine) {
        List<Dependent> dependents = new ArrayList<>();
        for (Delivery later : deliveries) {
            if (later.isCancelled() || cancelled.contains(later.id()) || later.date().isBefore(from)) {
                continue;
            }
            Set<Object> itself = Set.of(later.id());
            Set<Object> withCancelled = new HashSet<>(cancelled);
            withCancelled.add(later.id());
            DeliveryCheck check = DeliveryCheck.of(later.service(), later.mode(), later.date(),
                            OperatorProfile.of(OrganisationKind.CPI), new SiteProfile(Set.of()))
                    .withMinutes(later.minutes()).withMeetings(Math.max(1, later.meetings()))
                    .withOutputs(later.outputs())
                    .withTogetherWith(later.togetherWith().toArray(ServiceCode[]::new));
            int before = accessViolations(engine, check.withHistory(history(itself)));
            int after = accessViolations(engine, check.withHistory(history(withCancelled)));
            if (after > before) {
                dependents.add(new Dependent(later.service(), later.date(), later.id().value()));
            }
        }
        return dependents;
    }

    private static int accessViolations(RuleEngine engine, DeliveryCheck check) {
        return engine.check(check).violationsOf(ViolationCode.ACCESS_RULE).size();
    }
}
