package it.retelavoro.pathway;

import it.retelavoro.catalogue.ServiceCode;
import it.retelavoro.pathway.PathwayCommands.ActionPlanTerms;
import it.retelavoro.pathway.PathwayCommands.PlannedActionRequest;
import it.retelavoro.pathway.PathwayEvents.ActionPlanRefused;
import it.retelavoro.pathway.PathwayEvents.ActionPlanSigned;
import it.retelavoro.person.PersonId;
import it.retelavoro.shared.OrganisationId;
import it.retelavoro.shared.SiteId;
import it.retelavoro.shared.UserId;
import it.retelavoro.shared.Cancellation;
import org.springframework.data.relational.core.mapping.Embedded;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The Piano di Azione Individuale put to the person in an A.3: signed or refused, with its planned actions
 * and, when one was found, the specific need that opens A.4. A.4-A.6, training and internships update it;
 * every change is appended to its log, which is never rewritten. One signed PAI is in force: a new
 * signature supersedes it ({@link Supersession}).
 */
@Table("pathway_action_plan")
public class ActionPlan extends AbstractAggregateRoot<ActionPlan> {

    /** The longest text of each field (the columns' lengths). */
    public static final int SPECIFIC_NEED_TEXT_MAX = 2000;
    public static final int ACTION_DESCRIPTION_MAX = 1000;
    public static final int NOTE_MAX = 1000;

    @Id
    private ActionPlanId id;
    private PersonId personId;
    private DeliveryId deliveryId;
    private OrganisationId organisationId;
    private SiteId siteId;
    private UserId operatorId;
    private Outcome outcome;
    private LocalDate decidedOn;
    private boolean specificNeed;
    private String specificNeedText;
    private LocalDate specificNeedOn;
    private ActionPlanId supersededBy;
    private Instant recordedAt;
    @MappedCollection(idColumn = "action_plan_id", keyColumn = "position")
    private List<PlannedAction> actions;
    @MappedCollection(idColumn = "action_plan_id", keyColumn = "position")
    private List<PlanEvent> log;
    @Version
    private Integer version;
    /** Set when the act was cancelled as registered by mistake (issue 13): the act stays, marked. */
    @Embedded.Nullable(prefix = "cancellation_")
    private Cancellation cancellation;

    @PersistenceCreator
    ActionPlan(ActionPlanId id, PersonId personId, DeliveryId deliveryId, OrganisationId organisationId,
            SiteId siteId, UserId operatorId, Outcome outcome, LocalDate decidedOn, boolean specificNeed,
            String specificNeedText, LocalDate specificNeedOn, ActionPlanId supersededBy, Instant recordedAt, List<PlannedAction> actions,
            List<PlanEvent> log, Integer version) {
        this.id = id;
        this.personId = personId;
        this.deliveryId = deliveryId;
        this.organisationId = organisationId;
        this.siteId = siteId;
        this.operatorId = operatorId;
        this.outcome = outcome;
        this.decidedOn = decidedOn;
        this.specificNeed = specificNeed;
        this.specificNeedText = specificNeedText;
        this.specificNeedOn = specificNeedOn;
        this.supersededBy = supersededBy;
        this.recordedAt = recordedAt;
        this.actions = actions == null ? new ArrayList<>() : new ArrayList<>(actions);
        this.log = log == null ? new ArrayList<>() : new ArrayList<>(log);
        this.version = version;
    }

    /** What happened to the plan. */
    public enum EventKind {
        SIGNED, REFUSED, ACTION_PLANNED, ACTION_STATE_CHANGED, SPECIFIC_NEED_RECORDED, SERVICE_REGISTERED,
        TRAINING_RECORDED, INTERNSHIP_RECORDED, PLACEMENT_RECORDED, PLACEMENT_CANCELLED;

        public String labelKey() {
            return "pathway.plan.event." + name();
        }
    }

    /** An action of the plan; its id stays when the plan is saved again. */
    @Table("pathway_action")
    public record PlannedAction(@Column("action_key") ActionId actionId, ServiceCode service, String description,
            LocalDate dueOn, ActionState state) {

        /** The id as the pages write it in their links and forms. */
        public java.util.UUID actionKey() {
            return actionId.value();
        }

        PlannedAction inState(ActionState newState) {
            return new PlannedAction(actionId, service, description, dueOn, newState);
        }
    }

    /** One line of the plan's log. */
    @Table("pathway_action_plan_event")
    public record PlanEvent(EventKind kind, LocalDate occurredOn, Instant recordedAt, UserId userId,
            ActionId actionId, ActionState state, ServiceCode service, DeliveryId deliveryId, String note) {
    }

    /**
     * The PAI put to the person in an A.3, signed or refused, with its first actions: registers
     * {@code ActionPlanSigned} or {@code ActionPlanRefused}.
     */
    static ActionPlan putTo(PersonId person, Delivery delivery, ActionPlanTerms terms, Instant now) {
        boolean need = Boolean.TRUE.equals(terms.specificNeed());
        ActionPlan plan = new ActionPlan(ActionPlanId.random(), person, delivery.id(), delivery.organisationId(),
                delivery.siteId(), delivery.operatorId(), terms.outcome(), delivery.date(), need, need ? Delivery.blankToNull(terms.specificNeedText()) : null,
                need ? delivery.date() : null, null, now, List.of(), List.of(), null);
        UserId by = delivery.operatorId();
        plan.append(terms.outcome() == Outcome.SIGNED ? EventKind.SIGNED : EventKind.REFUSED, delivery.date(), now, by,
                null, null, ServiceCode.A3, delivery.id(), null);
        if (need) {
            plan.append(EventKind.SPECIFIC_NEED_RECORDED, delivery.date(), now, by, null, null, null, delivery.id(),
                    null);
        }
        for (PlannedActionRequest action : terms.actions()) {
            plan.plan(action, delivery.date(), by, now);
        }
        plan.registerEvent(plan.isSigned() ? new ActionPlanSigned(person, delivery.organisationId(), delivery.date())
                : new ActionPlanRefused(person, delivery.organisationId(), delivery.date()));
        return plan;
    }

    /**
     * The earlier PAIs of the person this one supersedes, now marked so: the one in force when this one is
     * signed, none when it is refused. They are to be saved before this one.
     */
    List<ActionPlan> supersede(List<ActionPlan> earlier) {
        return Supersession.supersede(isSigned(), earlier, ActionPlan::isInForce, old -> old.supersededBy = id);
    }

    /** Adds an action to the plan, PLANNED. */
    PlannedAction plan(PlannedActionRequest request, LocalDate on, UserId by, Instant now) {
        PlannedAction action = new PlannedAction(ActionId.random(), request.service(), request.description().strip(),
                request.dueOn(), ActionState.PLANNED);
        actions.add(action);
        append(EventKind.ACTION_PLANNED, on, now, by, action.actionId(), ActionState.PLANNED, request.service(), null,
                null);
        return action;
    }

    /**
     * Moves an action to a new state.
     *
     * @throws IllegalStateException when the action is closed (DONE or CANCELLED)
     */
    void move(ActionId actionId, ActionState state, LocalDate on, UserId by, String note, Instant now) {
        PlannedAction action = action(actionId).orElseThrow();
        if (action.state().isClosed()) {
            throw new IllegalStateException("Azione " + actionId + " chiusa");
        }
        if (action.state() == state) {
            return;
        }
        actions.set(actions.indexOf(action), action.inState(state));
        append(EventKind.ACTION_STATE_CHANGED, on, now, by, action.actionId(), state, action.service(), null,
                Delivery.blankToNull(note));
    }

    /** A service of A.4-A.6 registered in the plan; the action it carries out, if any, is in progress. */
    void register(Delivery delivery, Instant now) {
        append(EventKind.SERVICE_REGISTERED, delivery.date(), now, delivery.operatorId(),
                delivery.actionId().orElse(null), null, delivery.service(), delivery.id(), null);
        delivery.actionId().flatMap(this::action).filter(action -> action.state() == ActionState.PLANNED)
                .ifPresent(action -> move(action.actionId(), ActionState.IN_PROGRESS, delivery.date(),
                        delivery.operatorId(), null, now));
    }

    /** The specific need that opens A.4, found on a day after the plan was signed. */
    void recordSpecificNeed(String text, LocalDate on, UserId by, Instant now) {
        if (!specificNeed || specificNeedOn == null || on.isBefore(specificNeedOn)) {
            this.specificNeedOn = on;
        }
        this.specificNeed = true;
        this.specificNeedText = Delivery.blankToNull(text);
        append(EventKind.SPECIFIC_NEED_RECORDED, on, now, by, null, null, null, null, null);
    }

    /** A training step or an internship noted in the plan, moving the action it belongs to. */
    void note(EventKind kind, LocalDate on, UserId by, ActionId actionId, ActionState actionState, String note,
            Instant now) {
        append(kind, on, now, by, actionId, actionState, null, null, Delivery.blankToNull(note));
        if (actionId != null && actionState != null) {
            action(actionId).filter(action -> !action.state().isClosed() && action.state() != actionState)
                    .ifPresent(action -> move(actionId, actionState, on, by, null, now));
        }
    }

    /**
     * A hire through a referral: the first open action of incontro domanda/offerta (A.6) is done; without
     * one, the placement is noted in the log alone.
     */
    void recordPlacement(LocalDate on, UserId by, String note, Instant now) {
        Optional<PlannedAction> placementAction = actions.stream()
                .filter(action -> action.service() == ServiceCode.A6 && !action.state().isClosed()).findFirst();
        append(EventKind.PLACEMENT_RECORDED, on, now, by, placementAction.map(PlannedAction::actionId).orElse(null),
                placementAction.isPresent() ? ActionState.DONE : null, ServiceCode.A6, null, Delivery.blankToNull(note));
        placementAction.ifPresent(action -> move(action.actionId(), ActionState.DONE, on, by, note, now));
    }

    /**
     * A hire through a referral, cancelled as registered by mistake (issue 13): the log gains a line (it keeps the
     * placement too), and the placement action the hire had closed is in progress again, unless a later step of
     * the log moved it since. {@code placedOn} is the day the placement was recorded on (the contract's start).
     */
    void cancelPlacement(LocalDate placedOn, LocalDate on, UserId by, String note, Instant now) {
        Optional<PlanEvent> placement = log.stream()
                .filter(event -> event.kind() == EventKind.PLACEMENT_RECORDED && event.occurredOn().equals(placedOn))
                .reduce((first, second) -> second);
        ActionId closed = placement.map(PlanEvent::actionId).orElse(null);
        Optional<PlannedAction> reopened = closed == null ? Optional.empty() : action(closed)
                .filter(action -> action.state() == ActionState.DONE)
                .filter(action -> log.stream().filter(event -> closed.equals(event.actionId())
                                && event.kind() == EventKind.ACTION_STATE_CHANGED).reduce((first, second) -> second)
                        .filter(last -> last.state() == ActionState.DONE && last.occurredOn().equals(placedOn))
                        .isPresent());
        reopened.ifPresent(action -> actions.set(actions.indexOf(action), action.inState(ActionState.IN_PROGRESS)));
        append(EventKind.PLACEMENT_CANCELLED, on, now, by, closed, reopened.isPresent() ? ActionState.IN_PROGRESS : null,
                ServiceCode.A6, null, Delivery.blankToNull(note));
    }

    private void append(EventKind kind, LocalDate on, Instant now, UserId by, ActionId actionId, ActionState state,
            ServiceCode service, DeliveryId delivery, String note) {
        log.add(new PlanEvent(kind, on, now, by, actionId, state, service, delivery, note));
    }

    public Optional<PlannedAction> action(ActionId actionId) {
        return actions.stream().filter(action -> action.actionId().equals(actionId)).findFirst();
    }

    public ActionPlanId id() {
        return id;
    }

    public PersonId personId() {
        return personId;
    }

    public DeliveryId deliveryId() {
        return deliveryId;
    }

    public OrganisationId organisationId() {
        return organisationId;
    }

    public SiteId siteId() {
        return siteId;
    }

    public UserId operatorId() {
        return operatorId;
    }

    public Outcome outcome() {
        return outcome;
    }

    public boolean isSigned() {
        return outcome == Outcome.SIGNED;
    }

    /** Signed, not superseded by a later signature and not cancelled. */
    public boolean isInForce() {
        return isSigned() && supersededBy == null && cancellation == null;
    }

    public LocalDate decidedOn() {
        return decidedOn;
    }

    public boolean specificNeed() {
        return specificNeed;
    }

    public String specificNeedText() {
        return specificNeedText;
    }

    public Optional<LocalDate> specificNeedOn() {
        return Optional.ofNullable(specificNeedOn);
    }

    public List<PlannedAction> actions() {
        return List.copyOf(actions);
    }

    public List<PlanEvent> log() {
        return List.copyOf(log);
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public Integer version() {
        return version;
    }

    /** The cancellation, when the act was cancelled as registered by mistake. */
    public Optional<Cancellation> cancellation() {
        return Optional.ofNullable(cancellation);
    }

    public boolean isCancelled() {
        return cancellation != null;
    }

    private void markCancelled(Cancellation cancellation) {
        this.cancellation = Cancellation.first(this.cancellation, cancellation);
    }

    /**
     * Cancels the outcome registered by mistake: registers {@code ActionPlanCancelled}. The PAIs it
     * superseded are to be put back ({@link #reinstate}).
     *
     * @throws IllegalStateException when it is already cancelled
     */
    void cancel(Cancellation cancellation) {
        markCancelled(cancellation);
        registerEvent(new PathwayEvents.ActionPlanCancelled(id, personId, organisationId, decidedOn, isSigned()));
    }

    /** The earlier PAIs the cancelled one had superseded, put back as they were (saved after it). */
    List<ActionPlan> reinstate(List<ActionPlan> earlier) {
        return Supersession.reinstate(id, earlier, old -> old.supersededBy, old -> old.supersededBy = null);
    }
}
