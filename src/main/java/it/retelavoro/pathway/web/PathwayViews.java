package it.retelavoro.pathway.web;

import it.retelavoro.catalogue.CpiExclusiveFunction;
import it.retelavoro.catalogue.DeliveryMode;
import it.retelavoro.catalogue.GroupCall;
import it.retelavoro.catalogue.GroupReason;
import it.retelavoro.catalogue.MeetingPart;
import it.retelavoro.catalogue.OutputCode;
import it.retelavoro.catalogue.ServiceCode;
import it.retelavoro.pathway.ActionPlan;
import it.retelavoro.pathway.ActionState;
import it.retelavoro.pathway.Delivery;
import it.retelavoro.pathway.DeliveryAdvisory;
import it.retelavoro.pathway.Did;
import it.retelavoro.pathway.DidChannel;
import it.retelavoro.pathway.DidState;
import it.retelavoro.pathway.Internship;
import it.retelavoro.pathway.InternshipState;
import it.retelavoro.pathway.Outcome;
import it.retelavoro.pathway.Pact;
import it.retelavoro.pathway.TrainingEvent;
import it.retelavoro.pathway.TrainingEventKind;
import com.fasterxml.jackson.annotation.JsonInclude;
import it.retelavoro.shared.Cancellation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The JSON the pathway API answers: plain records built from the aggregates, ids as strings. */
final class PathwayViews {

    private PathwayViews() {
    }

    /** A meeting of a delivery. */
    record MeetingView(LocalDate date, Integer minutes, DeliveryMode mode, MeetingPart part) {
    }

    /**
     * A delivery. {@code meetings} stays the count (clients read it); the meetings one by one are
     * {@code meetingList}; {@code inProgress} with {@code meetingsRequired} tells a delivery registered meeting by
     * meeting that waits for more ("1 incontro su 2"); {@code backOfficeOnly} an A.6 made only of back office.
     */
    record DeliveryView(UUID id, UUID personId, UUID groupSessionId, ServiceCode service, DeliveryMode mode,
            LocalDate date, Integer minutes, int meetings, UUID organisationId, UUID siteId, UUID operatorId,
            Set<ServiceCode> togetherWith, Set<OutputCode> outputs, Set<CpiExclusiveFunction> functions,
            String referral, UUID actionId, String notes, String catalogueVersion, boolean cancelled,
            CancellationView cancellation, List<AdvisoryView> advisories,
            @JsonInclude(JsonInclude.Include.NON_NULL) MediatorView mediator, List<MeetingView> meetingList,
            boolean inProgress, int meetingsRequired, boolean backOfficeOnly, GroupReason groupReason,
            String groupReasonName, String programme) {

        /** The delivery with every advisory finding about special categories restricted. */
        static DeliveryView of(Delivery delivery) {
            return of(delivery, delivery.advisories().stream().map(AdvisoryView::restricted).toList());
        }

        /** The delivery with its advisory findings as the caller may read them (see {@link AdvisoryViews}). */
        static DeliveryView of(Delivery delivery, List<AdvisoryView> advisories) {
            return new DeliveryView(delivery.id().value(), delivery.personId().map(id -> id.value()).orElse(null),
                    delivery.groupSessionId().map(id -> id.value()).orElse(null), delivery.service(), delivery.mode(),
                    delivery.date(), delivery.minutes(), delivery.meetings(), delivery.organisationId().value(),
                    delivery.siteId().value(), delivery.operatorId().value(), delivery.togetherWith(),
                    delivery.outputs(), delivery.functions(), delivery.referral(),
                    delivery.actionId().map(id -> id.value()).orElse(null), delivery.notes(),
                    delivery.catalogueVersion(), delivery.isCancelled(),
                    CancellationView.of(delivery.cancellation()), advisories,
                    delivery.mediator().map(MediatorView::of).orElse(null),
                    delivery.meetingList().stream().map(meeting -> new MeetingView(
                            meeting.date(), meeting.minutes(), meeting.mode(), meeting.part())).toList(),
                    delivery.inProgress(), delivery.meetingsRequired(), delivery.backOfficeOnly(),
                    delivery.groupCall().map(GroupCall::reason).orElse(null),
                    delivery.groupCall().map(GroupCall::name).orElse(null), delivery.programme().orElse(null));
        }
    }

    /**
     * An advisory finding, as the 422 renders a violation: {@code {code, message, source: {service, field,
     * catalogueVersion}, field}}.
     */
    record AdvisoryView(String code, String message, SourceView source,
            @JsonInclude(JsonInclude.Include.NON_NULL) String field) {

        /** A finding whose special source the reader may not see: its code, never which target or need. */
        static AdvisoryView restricted(DeliveryAdvisory advisory) {
            return restricted(advisory, AdvisoryViews.RESTRICTED_PLACEHOLDER);
        }

        static AdvisoryView restricted(DeliveryAdvisory advisory, String message) {
            return new AdvisoryView(advisory.code(), message, new SourceView(advisory.sourceService(),
                    it.retelavoro.pathway.AdvisoryDisclosure.RESTRICTED_SOURCE, advisory.sourceVersion()),
                    advisory.field());
        }

        static AdvisoryView of(DeliveryAdvisory advisory) {
            return new AdvisoryView(advisory.code(), advisory.message(), new SourceView(advisory.sourceService(),
                    advisory.sourceField(), advisory.sourceVersion()), advisory.field());
        }
    }

    record SourceView(@JsonInclude(JsonInclude.Include.NON_NULL) String service, String field,
            @JsonInclude(JsonInclude.Include.NON_NULL) String catalogueVersion) {
    }

    /** The mediator: an operator ({@code operatorId}) or an external one ({@code name, organisation, languages}). */
    record MediatorView(@JsonInclude(JsonInclude.Include.NON_NULL) UUID operatorId,
            @JsonInclude(JsonInclude.Include.NON_NULL) String name,
            @JsonInclude(JsonInclude.Include.NON_NULL) String organisation, Set<String> languages) {

        static MediatorView of(it.retelavoro.pathway.DeliveryMediator mediator) {
            return new MediatorView(mediator.operatorId().map(id -> id.value()).orElse(null), mediator.name(),
                    mediator.organisation(), new java.util.TreeSet<>(mediator.languages()));
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
            String jobSearchTiming, Boolean trainingAvailability, boolean cancelled, CancellationView cancellation) {

        static PactView of(Pact pact) {
            return new PactView(pact.id().value(), pact.deliveryId().value(), pact.outcome(), pact.decidedOn(),
                    pact.isInForce(), pact.organisationId().value(), pact.siteId().value(), pact.operatorId().value(),
                    pact.responsibleOperator(), pact.meetingFrequency(), pact.jobSearchActs(), pact.jobSearchTiming(),
                    pact.trainingAvailability(), pact.isCancelled(), CancellationView.of(pact.cancellation()));
        }
    }

    record ActionView(UUID id, ServiceCode service, String description, LocalDate dueOn, ActionState state) {
    }

    record PlanEventView(String kind, LocalDate date, UUID actionId, ActionState state, ServiceCode service,
            UUID deliveryId, String note) {
    }

    record ActionPlanView(UUID id, UUID deliveryId, Outcome outcome, LocalDate date, boolean inForce,
            boolean specificNeed, String specificNeedText, LocalDate specificNeedOn, UUID organisationId,
            List<ActionView> actions, List<PlanEventView> log, boolean cancelled, CancellationView cancellation) {

        static ActionPlanView of(ActionPlan plan) {
            return new ActionPlanView(plan.id().value(), plan.deliveryId().value(), plan.outcome(), plan.decidedOn(),
                    plan.isInForce(), plan.specificNeed(), plan.specificNeedText(),
                    plan.specificNeedOn().orElse(null), plan.organisationId().value(),
                    plan.actions().stream().map(action -> new ActionView(action.actionKey(), action.service(),
                            action.description(), action.dueOn(), action.state())).toList(),
                    plan.log().stream().map(event -> new PlanEventView(event.kind().name(), event.occurredOn(),
                            event.actionId() == null ? null : event.actionId().value(), event.state(), event.service(),
                            event.deliveryId() == null ? null : event.deliveryId().value(), event.note()))
                            .toList(), plan.isCancelled(), CancellationView.of(plan.cancellation()));
        }
    }

    record TrainingView(UUID id, TrainingEventKind event, LocalDate date, String course, String provider,
            Integer hours, UUID actionId, boolean cancelled, CancellationView cancellation) {

        static TrainingView of(TrainingEvent event) {
            return new TrainingView(event.id().value(), event.event(), event.date(), event.course(), event.provider(),
                    event.hours(), event.actionId().map(id -> id.value()).orElse(null), event.isCancelled(),
                    CancellationView.of(event.cancellation()));
        }
    }

    record InternshipView(UUID id, LocalDate start, LocalDate end, String host, String tutor, InternshipState state,
            LocalDate activatedOn, UUID actionId, boolean cancelled, CancellationView cancellation) {

        static InternshipView of(Internship internship) {
            return new InternshipView(internship.id().value(), internship.start(), internship.end(),
                    internship.host(), internship.tutor(), internship.state(),
                    internship.activatedOn().orElse(null), internship.actionId().map(id -> id.value()).orElse(null),
                    internship.isCancelled(), CancellationView.of(internship.cancellation()));
        }
    }

    /** An act cancelled as registered by mistake (issue 13): why, when, by whom (the user's id). */
    record CancellationView(String reason, Instant at, UUID by) {

        static CancellationView of(Optional<Cancellation> cancellation) {
            return cancellation.map(found -> new CancellationView(found.reason(), found.at(), found.by().value()))
                    .orElse(null);
        }
    }
}
