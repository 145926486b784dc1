package it.retelavoro.pathway;

import it.retelavoro.network.NetworkManagement;
import it.retelavoro.network.Organisation;
import it.retelavoro.network.Site;
import it.retelavoro.network.UserAccount;
import it.retelavoro.pathway.PathwayCommands.ActionUpdate;
import it.retelavoro.pathway.PathwayCommands.PlannedActionRequest;
import it.retelavoro.pathway.PathwayCommands.SpecificNeed;
import it.retelavoro.person.PersonId;
import it.retelavoro.person.PersonSummary;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.InvalidInputException;
import it.retelavoro.shared.NotFoundException;
import it.retelavoro.shared.OrganisationId;
import it.retelavoro.shared.SiteId;
import it.retelavoro.shared.UserId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Patto di Servizio (A.2) and the PAI (A.3) once put to the person (a delivery puts them: see
 * {@link DeliveryRegistration}): their reads and printed forms, the actions of the PAI in force and the
 * specific need that opens A.4, and the hire a referral records in it. Only operators of the organisation
 * that has the person in charge act on and read them; every write and read is audited.
 */
@Service
@Transactional
public class PactsAndPlans {

    private final PathwayAccess access;
    private final NetworkManagement network;
    private final PactRepository pacts;
    private final ActionPlanRepository plans;
    private final Clock clock;

    PactsAndPlans(PathwayAccess access, NetworkManagement network, PactRepository pacts, ActionPlanRepository plans,
            Clock clock) {
        this.access = access;
        this.network = network;
        this.pacts = pacts;
        this.plans = plans;
        this.clock = clock;
    }

    /** The Patti put to the person, oldest first (to a former organisation, those it registered). Audited. */
    public List<Pact> pacts(PersonId personId, CurrentUser caller) {
        return access.read(personId, caller, "pacts").filter(pacts.findByPerson(personId), Pact::organisationId);
    }

    /**
     * The PAIs put to the person, oldest first, each with its actions and log (to an organisation that lost the person by a taking over on their choice, those it registered). Audited.
     */
    public List<ActionPlan> actionPlans(PersonId personId, CurrentUser caller) {
        return access.read(personId, caller, "action-plans").filter(plans.findByPerson(personId),
                ActionPlan::organisationId);
    }

    /**
     * Moves an action of the PAI in force to a new state, logged in the plan.
     *
     * @throws NotFoundException     when the person has no PAI in force with the action
     * @throws InvalidInputException state or date missing, date in the future, action already closed
     */
    public ActionPlan updateAction(PersonId personId, ActionId actionId, ActionUpdate update, CurrentUser caller) {
        access.requireInCharge(personId, caller);
        ActionPlan plan = plans.findInForce(personId).filter(found -> found.action(actionId).isPresent())
                .orElseThrow(() -> new NotFoundException("action", actionId));
        var problems = new InvalidInputException.Collector();
        problems.require(update.state() != null, "state", "validation.required");
        LocalDate day = update.date() == null ? LocalDate.now(clock) : update.date();
        PathwayChecks.requirePastDate(problems, day, "date", clock);
        PathwayChecks.requireLength(problems, update.note(), ActionPlan.NOTE_MAX, "note");
        problems.require(plan.action(actionId).map(action -> !action.state().isClosed()).orElse(false), "state",
                "pathway.action.closed");
        problems.throwIfAny();
        plan.move(actionId, update.state(), day, caller.id(), update.note(), clock.instant());
        ActionPlan saved = plans.save(plan);
        access.done("PATHWAY_ACTION_UPDATE", personId, "action=" + actionId + " state=" + update.state());
        return saved;
    }

    /** Adds an action to the PAI in force. */
    public ActionPlan addAction(PersonId personId, PlannedActionRequest action, CurrentUser caller) {
        access.requireInCharge(personId, caller);
        ActionPlan plan = planInForce(personId);
        var problems = new InvalidInputException.Collector();
        PathwayChecks.requireValidAction(problems, action, "action");
        problems.throwIfAny();
        plan.plan(action, LocalDate.now(clock), caller.id(), clock.instant());
        ActionPlan saved = plans.save(plan);
        access.done("PATHWAY_ACTION_CREATE", personId, null);
        return saved;
    }

    /** Records in the PAI in force the specific need that opens A.4, found after the plan was signed. */
    public ActionPlan recordSpecificNeed(PersonId personId, SpecificNeed need, CurrentUser caller) {
        access.requireInCharge(personId, caller);
        ActionPlan plan = planInForce(personId);
        var problems = new InvalidInputException.Collector();
        PathwayChecks.requireText(problems, need.text(), "text");
        PathwayChecks.requireLength(problems, need.text(), ActionPlan.SPECIFIC_NEED_TEXT_MAX, "text");
        LocalDate day = need.date() == null ? LocalDate.now(clock) : need.date();
        PathwayChecks.requirePastDate(problems, day, "date", clock);
        problems.require(!day.isBefore(plan.decidedOn()), "date", "pathway.plan.before-plan");
        problems.throwIfAny();
        plan.recordSpecificNeed(need.text(), day, caller.id(), clock.instant());
        ActionPlan saved = plans.save(plan);
        access.done("PATHWAY_SPECIFIC_NEED", personId, null);
        return saved;
    }

    private ActionPlan planInForce(PersonId personId) {
        return plans.findInForce(personId).orElseThrow(() -> new NotFoundException("action-plan", personId));
    }

    /**
     * A hire through a referral, recorded in the PAI in force: its open A.6 action is done, or the placement
     * is noted. Called by the referral module, which has checked who may record the hire.
     */
    public void recordPlacement(PersonId personId, LocalDate on, UserId by, String note) {
        plans.findInForce(personId).ifPresent(plan -> {
            plan.recordPlacement(on, by, note, clock.instant());
            plans.save(plan);
        });
    }

    /**
     * A hire through a referral was cancelled as registered by mistake: the PAI in force logs it and its placement
     * action, closed by that hire, is in progress again (see {@link ActionPlan#cancelPlacement}).
     */
    public void cancelPlacement(PersonId personId, LocalDate placedOn, UserId by, String note) {
        plans.findInForce(personId).ifPresent(plan -> {
            plan.cancelPlacement(placedOn, LocalDate.now(clock), by, note, clock.instant());
            plans.save(plan);
        });
    }

    /**
     * The last Patto put to the person, with what its printed form carries. Reading it for print is a read
     * of personal data: audited as {@code PATHWAY_PACT_PRINT}.
     *
     * @throws NotFoundException when no Patto was put to the person
     */
    public Map.Entry<Pact, PrintableDocument> pactForPrint(PersonId personId, CurrentUser caller) {
        PersonSummary person = access.requireInCharge(personId, caller);
        Pact pact = inForceOrLast(pacts.findByPerson(personId), Pact::isInForce)
                .orElseThrow(() -> new NotFoundException("pact", personId));
        access.done("PATHWAY_PACT_PRINT", personId, "pact=" + pact.id());
        return Map.entry(pact, printable(person, pact.organisationId(), pact.siteId(), pact.operatorId()));
    }

    /**
     * The PAI in force (or the last one put to the person), with what its printed form carries. Audited as
     * {@code PATHWAY_ACTION_PLAN_PRINT}.
     *
     * @throws NotFoundException when no PAI was put to the person
     */
    public Map.Entry<ActionPlan, PrintableDocument> actionPlanForPrint(PersonId personId, CurrentUser caller) {
        PersonSummary person = access.requireInCharge(personId, caller);
        ActionPlan plan = inForceOrLast(plans.findByPerson(personId), ActionPlan::isInForce)
                .orElseThrow(() -> new NotFoundException("action-plan", personId));
        access.done("PATHWAY_ACTION_PLAN_PRINT", personId, "plan=" + plan.id());
        return Map.entry(plan, printable(person, plan.organisationId(), plan.siteId(), plan.operatorId()));
    }

    static <D> Optional<D> inForceOrLast(List<D> all, java.util.function.Predicate<D> inForce) {
        return all.stream().filter(inForce).findFirst()
                .or(() -> all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1)));
    }

    PrintableDocument printable(PersonSummary person, OrganisationId organisation, SiteId siteId,
            UserId operatorId) {
        Optional<Site> site = network.findSite(siteId);
        return new PrintableDocument(person,
                network.findOrganisation(organisation).map(Organisation::name).orElse(""),
                site.map(Site::name).orElse(""), site.map(Site::address).orElse(null),
                network.findUser(operatorId).map(UserAccount::fullName).orElse(""));
    }
}
