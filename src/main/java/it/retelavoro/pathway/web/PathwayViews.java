package it.retelavoro.pathway.web;

import it.retelavoro.catalogue.CpiExclusiveFunction;
import it.retelavoro.catalogue.DeliveryMode;
import it.retelavoro.catalogue.OutputCode;
import it.retelavoro.catalogue.ServiceCode;
import it.retelavoro.pathway.ActionPlan;
import it.retelavoro.pathway.ActionState;
import it.retelavoro.pathway.Delivery;
import it.retelavoro.pathway.Did;
import it.retelavoro.pathway.DidChannel;
import it.retelavoro.pathway.DidState;
import it.retelavoro.pathway.Internship;
import it.retelavoro.pathway.InternshipState;
import it.retelavoro.pathway.Outcome;
import it.retelavoro.pathway.Pact;
import it.retelavoro.pathway.TrainingEvent;
import it.retelavoro.pathway.TrainingEventKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The JSON the pathway API answers: plain records built from the aggregates, ids as strings. */
final class PathwayViews {

    private PathwayViews() {
    }

    record DeliveryView(UUID id, UUID personId, UUID groupSessionId, ServiceCode service, DeliveryMode mode,
            LocalDate date, Integer minutes, int meetings, UUID organisationId, UUID siteId, UUID operatorId,
            Set<ServiceCode> togetherWith, Set<OutputCode> outputs, Set<CpiExclusiveFunction> functions,
            String referral, UUID actionId, String notes, String catalogueVersion, String programme) {

        static DeliveryView of(Delivery delivery) {
            return new DeliveryView(delivery.id().value(), delivery.personId().map(id -> id.value()).orElse(null),
                    delivery.groupSessionId().map(id -> id.value()).orElse(null), delivery.service(), delivery.mode(),
                    delivery.date(), delivery.minutes(), delivery.meetings(), delivery.organisationId().value(),
                    delivery.siteId().value(), delivery.operatorId().value(), delivery.togetherWith(),
                    delivery.outputs(), delivery.functions(), delivery.referral(),
                    delivery.actionId().map(id -> id.value()).orElse(null), delivery.notes(),
                    delivery.catalogueVersion(), delivery.programme().orElse(null));
        }
    }

    record DidEventView(DidState state, LocalDate date, UUID organisationId, String reason) {
    }

    record DidView(UUID id, DidState state, LocalDate declaredOn, DidChannel channel, UUID receivedBy, UUID cpiId,
            LocalDate certifiedOn, List<DidEventView> history) {

        static DidView of(Did did) {
            return new DidView(did.id().value(), did.state(), did.declaredOn(), did.channel(),
                    did.receivedBy().value(), did.cpiId().map(id -> id.value()).orElse(null),
                    did.certifiedOn().orElse(null), did.history().stream()
                            .map(event -> new DidEventView(event.state(), event.occurredOn(),
                                    event.organisationId().value(), event.reason()))
                            .toList());
        }
    }

    record DidRequestView(UUID didId, String fiscalCode, String firstName, String lastName, LocalDate birthDate,
            LocalDate declaredOn, DidChannel channel, UUID requestedBy, String requesterName) {

        static DidRequestView of(it.retelavoro.pathway.DidRequest request) {
            return new DidRequestView(request.didId().value(), request.fiscalCode(), request.firstName(),
                    request.lastName(), request.birthDate(), request.declaredOn(), request.channel(),
                    request.requestedBy().value(), request.requesterName());
        }
    }

    record PactView(UUID id, UUID deliveryId, Outcome outcome, LocalDate date, boolean inForce, UUID organisationId,
            UUID siteId, UUID operatorId, String responsibleOperator, String meetingFrequency, String jobSearchActs,
            String jobSearchTiming, Boolean trainingAvailability) {

        static PactView of(Pact pact) {
            return new PactView(pact.id().value(), pact.deliveryId().value(), pact.outcome(), pact.decidedOn(),
                    pact.isInForce(), pact.organisationId().value(), pact.siteId().value(), pact.operatorId().value(),
                    pact.responsibleOperator(), pact.meetingFrequency(), pact.jobSearchActs(), pact.jobSearchTiming(),
                    pact.trainingAvailability());
        }
    }

    record ActionView(UUID id, ServiceCode service, String description, LocalDate dueOn, ActionState state) {
    }

    record PlanEventView(String kind, LocalDate date, UUID actionId, ActionState state, ServiceCode service,
            UUID deliveryId, String note) {
    }

    record ActionPlanView(UUID id, UUID deliveryId, Outcome outcome, LocalDate date, boolean inForce,
            boolean specificNeed, String specificNeedText, LocalDate specificNeedOn, UUID organisationId,
            List<ActionView> actions, List<PlanEventView> log) {

        static ActionPlanView of(ActionPlan plan) {
            return new ActionPlanView(plan.id().value(), plan.deliveryId().value(), plan.outcome(), plan.decidedOn(),
                    plan.isInForce(), plan.specificNeed(), plan.specificNeedText(),
                    plan.specificNeedOn().orElse(null), plan.organisationId().value(),
                    plan.actions().stream().map(action -> new ActionView(action.actionKey(), action.service(),
                            action.description(), action.dueOn(), action.state())).toList(),
                    plan.log().stream().map(event -> new PlanEventView(event.kind().name(), event.occurredOn(),
                            event.actionId() == null ? null : event.actionId().value(), event.state(), event.service(),
                            event.deliveryId() == null ? null : event.deliveryId().value(), event.note()))
                            .toList());
        }
    }

    record TrainingView(UUID id, TrainingEventKind event, LocalDate date, String course, String provider,
            Integer hours, UUID actionId) {

        static TrainingView of(TrainingEvent event) {
            return new TrainingView(event.id().value(), event.event(), event.date(), event.course(), event.provider(),
                    event.hours(), event.actionId().map(id -> id.value()).orElse(null));
        }
    }

    record InternshipView(UUID id, LocalDate start, LocalDate end, String host, String tutor, InternshipState state,
            LocalDate activatedOn, UUID actionId) {

        static InternshipView of(Internship internship) {
            return new InternshipView(internship.id().value(), internship.start(), internship.end(),
                    internship.host(), internship.tutor(), internship.state(),
                    internship.activatedOn().orElse(null), internship.actionId().map(id -> id.value()).orElse(null));
        }
    }
}
