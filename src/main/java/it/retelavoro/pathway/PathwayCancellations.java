package it.retelavoro.pathway;

import it.retelavoro.catalogue.CancellationPolicy;
import it.retelavoro.catalogue.RegistrationPeriods;
import it.retelavoro.catalogue.CancellationPolicy.Dependent;
import it.retelavoro.catalogue.Catalogue;
import it.retelavoro.catalogue.RuleViolationException;
import it.retelavoro.catalogue.ServiceCode;
import it.retelavoro.person.PersonId;
import it.retelavoro.shared.Cancellation;
import it.retelavoro.shared.ConflictException;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.InvalidInputException;
import it.retelavoro.shared.NotFoundException;
import it.retelavoro.shared.OrganisationId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cancels ("annullamento") the acts of a pathway registered by mistake: a delivery (with the Patto or PAI
 * outcome it recorded), a Patto or PAI outcome alone, a training step, an internship. The act stays, marked
 * with the reason, when and who; the rule engine judges the later acts without it, and each cancellation
 * publishes its event so that monitoring reverses the facts it produced. Who may cancel, and when, is
 * decided in one place, {@link #allow}, by the catalogue's {@link CancellationPolicy}.
 */
@Service
@Transactional
public class PathwayCancellations {

    private final PathwayAccess access;
    private final Catalogue catalogue;
    private final DeliveryRepository deliveries;
    private final PactRepository pacts;
    private final ActionPlanRepository plans;
    private final TrainingEventRepository training;
    private final InternshipRepository internships;
    private final MessageSource messages;
    private final Clock clock;
    private final RegistrationPeriods periods;

    PathwayCancellations(PathwayAccess access, Catalogue catalogue, DeliveryRepository deliveries,
            PactRepository pacts, ActionPlanRepository plans, TrainingEventRepository training,
            InternshipRepository internships, MessageSource messages, Clock clock, RegistrationPeriods periods) {
        this.periods = periods;
        this.access = access;
        this.catalogue = catalogue;
        this.deliveries = deliveries;
        this.pacts = pacts;
        this.plans = plans;
        this.training = training;
        this.internships = internships;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * Cancels a delivery, and the Patto (A.2) or PAI (A.3) outcome it recorded with it.
     *
     * @throws InvalidInputException  no reason, or one too long
     * @throws RuleViolationException the window passed for a caller who is not a supervisor, or a later act
     *                                depends on it (named)
     * @throws ConflictException      it is already cancelled
     */
    public Delivery cancelDelivery(DeliveryId id, String reason, CurrentUser caller, Locale locale) {
        Cancellation.requireValidReason(reason);
        Delivery delivery = deliveries.findById(id).orElseThrow(() -> new NotFoundException("delivery", id));
        requireMayCancel(delivery.organisationId(), caller, "DELIVERY", id);
        delivery.personId().ifPresent(access::lockPathwayOf);
        requireNotCancelled(delivery.isCancelled());
        Optional<PersonActs> acts = delivery.personId().map(this::actsOf);
        List<Pact> ownPacts = acts.map(found -> found.pacts().stream()
                .filter(pact -> pact.deliveryId().equals(id) && !pact.isCancelled()).toList()).orElse(List.of());
        List<ActionPlan> ownPlans = acts.map(found -> found.plans().stream()
                .filter(plan -> plan.deliveryId().equals(id) && !plan.isCancelled()).toList()).orElse(List.of());
        Set<Object> cancelled = new HashSet<>();
        cancelled.add(id);
        ownPacts.forEach(pact -> cancelled.add(pact.id()));
        ownPlans.forEach(plan -> cancelled.add(plan.id()));
        List<Dependent> dependents = new ArrayList<>(acts.map(found -> found.dependents(cancelled, delivery.date(),
                catalogue.ruleEngine(locale))).orElse(List.of()));
        ownPlans.forEach(plan -> dependents.addAll(inPlan(plan, dependents, locale)));
        allow(new CancellationPolicy.Act(Optional.of(delivery.service()), delivery.organisationId(),
                delivery.recordedAt(), dependents), delivery.date(), caller, locale);
        Cancellation cancellation = cancellation(reason, caller);
        ownPacts.forEach(pact -> cancelPact(pact, acts.get().pacts(), cancellation));
        ownPlans.forEach(plan -> cancelPlan(plan, acts.get().plans(), cancellation));
        delivery.cancel(cancellation);
        Delivery saved = deliveries.save(delivery);
        String detail = "delivery=" + id + " service=" + delivery.service();
        delivery.personId().ifPresentOrElse(person -> access.done("PATHWAY_DELIVERY_CANCEL", person, detail),
                () -> access.done("PATHWAY_DELIVERY_CANCEL", "DELIVERY", id, detail));
        return saved;
    }

    /** Cancels a Patto outcome (signed or refused); the Patto it had superseded is in force again. */
    public Pact cancelPact(PactId id, String reason, CurrentUser caller, Locale locale) {
        Cancellation.requireValidReason(reason);
        Pact pact = pacts.findById(id).orElseThrow(() -> new NotFoundException("pact", id));
        requireMayCancel(pact.organisationId(), caller, "PACT", id);
        access.lockPathwayOf(pact.personId());
        requireNotCancelled(pact.isCancelled());
        PersonActs acts = actsOf(pact.personId());
        allow(new CancellationPolicy.Act(Optional.of(ServiceCode.A2), pact.organisationId(), pact.recordedAt(),
                acts.dependents(Set.of(id), pact.decidedOn(), catalogue.ruleEngine(locale))), pact.decidedOn(),
                caller, locale);
        Pact saved = cancelPact(pact, acts.pacts(), cancellation(reason, caller));
        access.done("PATHWAY_PACT_CANCEL", pact.personId(), "pact=" + id);
        return saved;
    }

    /** Cancels a PAI outcome (signed or refused); the PAI it had superseded is in force again. */
    public ActionPlan cancelActionPlan(ActionPlanId id, String reason, CurrentUser caller, Locale locale) {
        Cancellation.requireValidReason(reason);
        ActionPlan plan = plans.findById(id).orElseThrow(() -> new NotFoundException("action-plan", id));
        requireMayCancel(plan.organisationId(), caller, "ACTION_PLAN", id);
        access.lockPathwayOf(plan.personId());
        requireNotCancelled(plan.isCancelled());
        PersonActs acts = actsOf(plan.personId());
        List<Dependent> dependents = new ArrayList<>(acts.dependents(Set.of(id), plan.decidedOn(),
                catalogue.ruleEngine(locale)));
        dependents.addAll(inPlan(plan, dependents, locale));
        allow(new CancellationPolicy.Act(Optional.of(ServiceCode.A3), plan.organisationId(), plan.recordedAt(),
                dependents), plan.decidedOn(), caller, locale);
        ActionPlan saved = cancelPlan(plan, acts.plans(), cancellation(reason, caller));
        access.done("PATHWAY_ACTION_PLAN_CANCEL", plan.personId(), "plan=" + id);
        return saved;
    }

    /** Cancels a training step; the PAI's log keeps what it noted. */
    public TrainingEvent cancelTrainingEvent(TrainingEventId id, String reason, CurrentUser caller, Locale locale) {
        Cancellation.requireValidReason(reason);
        TrainingEvent event = training.findById(id).orElseThrow(() -> new NotFoundException("training-event", id));
        requireMayCancel(event.organisationId(), caller, "TRAINING_EVENT", id);
        access.lockPathwayOf(event.personId());
        requireNotCancelled(event.isCancelled());
        allow(new CancellationPolicy.Act(Optional.empty(), event.organisationId(), event.recordedAt(), List.of()),
                event.date(), caller, locale);
        event.cancel(cancellation(reason, caller));
        TrainingEvent saved = training.save(event);
        access.done("PATHWAY_TRAINING_CANCEL", event.personId(), "event=" + id);
        return saved;
    }

    /** Cancels an internship, planned or active; the PAI's log keeps what it noted. */
    public Internship cancelInternship(InternshipId id, String reason, CurrentUser caller, Locale locale) {
        Cancellation.requireValidReason(reason);
        Internship internship = internships.findById(id)
                .orElseThrow(() -> new NotFoundException("internship", id));
        requireMayCancel(internship.organisationId(), caller, "INTERNSHIP", id);
        access.lockPathwayOf(internship.personId());
        requireNotCancelled(internship.isCancelled());
        allow(new CancellationPolicy.Act(Optional.empty(), internship.organisationId(), internship.recordedAt(),
                List.of()), internship.activatedOn().orElse(internship.start()), caller, locale);
        internship.cancel(cancellation(reason, caller));
        Internship saved = internships.save(internship);
        access.done("PATHWAY_INTERNSHIP_CANCEL", internship.personId(), "internship=" + id);
        return saved;
    }

    /**
     * The one place that decides whether an act of the pathway may be cancelled now: the catalogue's policy
     * (window, supervisor, dependent acts). The day of the act is the one whose period the cancellation
     * changes (where the closed months are to be checked).
     *
     * @throws RuleViolationException with every reason it may not
     */
    void allow(CancellationPolicy.Act act, LocalDate actDay, CurrentUser caller, Locale locale) {
        RuleViolationException.throwIfForbidden(CancellationPolicy.judge(act, caller, clock.instant(), locale));
        // a closed month's figures change only after an administrator reopens it (issue 13)
        periods.requireOpen(actDay, locale);
    }

    private Pact cancelPact(Pact pact, List<Pact> all, Cancellation cancellation) {
        pact.cancel(cancellation);
        Pact saved = pacts.save(pact);
        pacts.saveAll(pact.reinstate(all.stream().filter(other -> !other.id().equals(pact.id())).toList()));
        return saved;
    }

    private ActionPlan cancelPlan(ActionPlan plan, List<ActionPlan> all, Cancellation cancellation) {
        plan.cancel(cancellation);
        ActionPlan saved = plans.save(plan);
        plans.saveAll(plan.reinstate(all.stream().filter(other -> !other.id().equals(plan.id())).toList()));
        return saved;
    }

    /** The acts, not cancelled, that carry out an action of the plan: they were registered in it. */
    private List<Dependent> inPlan(ActionPlan plan, List<Dependent> known, Locale locale) {
        Set<ActionId> actions = new HashSet<>();
        plan.actions().forEach(action -> actions.add(action.actionId()));
        Set<DeliveryId> registered = new HashSet<>();
        plan.log().stream().filter(line -> line.kind() == ActionPlan.EventKind.SERVICE_REGISTERED
                && line.deliveryId() != null).forEach(line -> registered.add(line.deliveryId()));
        Set<Object> named = new HashSet<>();
        known.forEach(dependent -> named.add(dependent.id()));
        List<Dependent> found = new ArrayList<>();
        for (Delivery delivery : deliveries.findByPerson(plan.personId())) {
            boolean ofPlan = registered.contains(delivery.id())
                    || delivery.actionId().filter(actions::contains).isPresent();
            if (!delivery.isCancelled() && ofPlan && !named.contains(delivery.id().value())) {
                found.add(new Dependent(delivery.service(), delivery.date(), delivery.id().value()));
            }
        }
        for (TrainingEvent event : training.findByPerson(plan.personId())) {
            if (!event.isCancelled() && event.actionId().filter(actions::contains).isPresent()) {
                found.add(new Dependent(messages.getMessage(event.event().labelKey(), null, locale), event.date(),
                        event.id().value()));
            }
        }
        for (Internship internship : internships.findByPerson(plan.personId())) {
            if (!internship.isCancelled() && internship.actionId().filter(actions::contains).isPresent()) {
                found.add(new Dependent(messages.getMessage("pathway.cancellation.internship", null, locale),
                        internship.start(), internship.id().value()));
            }
        }
        return found;
    }

    private PersonActs actsOf(PersonId person) {
        return new PersonActs(deliveries.findByPerson(person), pacts.findByPerson(person),
                plans.findByPerson(person));
    }

    private void requireMayCancel(OrganisationId owner, CurrentUser caller, String objectType, Object id) {
        if (!CancellationPolicy.mayCancel(caller, owner)) {
            access.denied("PATHWAY_CANCEL", objectType, id);
            throw new AccessDeniedException("Solo l'organizzazione che l'ha registrato annulla un atto");
        }
    }

    private static void requireNotCancelled(boolean cancelled) {
        if (cancelled) {
            throw new ConflictException("cancellation.already", List.of(), null);
        }
    }

    private Cancellation cancellation(String reason, CurrentUser caller) {
        Instant now = clock.instant();
        return new Cancellation(reason, now, caller.id());
    }
}
