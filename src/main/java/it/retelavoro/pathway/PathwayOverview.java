package it.retelavoro.pathway;

import it.retelavoro.person.PersonSummary;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A person's whole pathway as the organisation in charge sees it: DID, Patti, PAI, deliveries, training,
 * internships, and the timeline of all of them.
 */
public record PathwayOverview(PersonSummary person, Optional<Did> did, List<Pact> pacts, List<ActionPlan> plans,
        List<Delivery> deliveries, List<TrainingEvent> training, List<Internship> internships) {

    /** The signed Patto in force, if any. */
    public Optional<Pact> pactInForce() {
        return pacts.stream().filter(Pact::isInForce).findFirst();
    }

    /** The last Patto put to the person, signed or refused. */
    public Optional<Pact> lastPact() {
        return pacts.isEmpty() ? Optional.empty() : Optional.of(pacts.get(pacts.size() - 1));
    }

    /** The signed PAI in force, if any. */
    public Optional<ActionPlan> planInForce() {
        return plans.stream().filter(ActionPlan::isInForce).findFirst();
    }

    public Optional<ActionPlan> lastPlan() {
        return plans.isEmpty() ? Optional.empty() : Optional.of(plans.get(plans.size() - 1));
    }

    /** Everything that happened, oldest first. */
    public List<TimelineEntry> timeline() {
        java.util.ArrayList<TimelineEntry> entries = new java.util.ArrayList<>();
        did.ifPresent(d -> d.history().forEach(event -> entries.add(new TimelineEntry(event.occurredOn(),
                event.recordedAt(), "DID_" + event.state().name(), null, d.channel().name()))));
        for (Delivery delivery : deliveries) {
            entries.add(new TimelineEntry(delivery.date(), delivery.recordedAt(), "DELIVERY",
                    delivery.service().name(), delivery.mode().name()));
        }
        for (Pact pact : pacts) {
            entries.add(new TimelineEntry(pact.decidedOn(), pact.recordedAt(), "PACT_" + pact.outcome().name(), "A2",
                    null));
        }
        for (ActionPlan plan : plans) {
            for (ActionPlan.PlanEvent event : plan.log()) {
                String detail = event.actionId() == null ? event.note()
                        : plan.action(event.actionId()).map(ActionPlan.PlannedAction::description)
                                .orElse(event.note());
                entries.add(new TimelineEntry(event.occurredOn(), event.recordedAt(), "PLAN_" + event.kind().name(),
                        event.service() == null ? null : event.service().name(), detail));
            }
        }
        for (TrainingEvent event : training) {
            entries.add(new TimelineEntry(event.date(), event.recordedAt(), "TRAINING_" + event.event().name(), null,
                    event.course()));
        }
        for (Internship internship : internships) {
            entries.add(new TimelineEntry(internship.start(), internship.recordedAt(), "INTERNSHIP_PLANNED", null,
                    internship.host()));
            internship.activatedOn().ifPresent(on -> entries.add(new TimelineEntry(on, internship.recordedAt(),
                    "INTERNSHIP_ACTIVATED", null, internship.host())));
        }
        entries.sort(Comparator.comparing(TimelineEntry::date).thenComparing(TimelineEntry::recordedAt));
        return List.copyOf(entries);
    }
}
