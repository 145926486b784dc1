package it.retelavoro.pathway;

import it.retelavoro.catalogue.DeliveryCheck;
import it.retelavoro.catalogue.EligibilityFacts;
import it.retelavoro.catalogue.ProgrammeClaim;
import it.retelavoro.catalogue.OperatorProfile;
import it.retelavoro.catalogue.OutputCode;
import it.retelavoro.catalogue.RecipientHistory;
import it.retelavoro.catalogue.RecipientProfile;
import it.retelavoro.catalogue.ServiceType;
import it.retelavoro.catalogue.SiteProfile;
import it.retelavoro.network.NetworkManagement;
import it.retelavoro.network.Site;
import it.retelavoro.network.UserAccount;
import it.retelavoro.pathway.PathwayCommands.ActionPlanTerms;
import it.retelavoro.pathway.PathwayCommands.DeliveryOutputs;
import it.retelavoro.pathway.PathwayCommands.DeliveryRequest;
import it.retelavoro.pathway.PathwayCommands.PactTerms;
import it.retelavoro.person.PersonId;
import it.retelavoro.person.PersonSummary;
import it.retelavoro.person.SpecialCategoryData;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.InvalidInputException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Prepares the sittings {@link DeliveryRegistration} registers: checks the fields of a delivery and its
 * site, finds the operator once per sitting, and gathers for each person what the rule engine is asked (their
 * history, complex targets, the outputs the delivery carries).
 */
@Component
class Sittings {

    private final SpecialCategoryData specialCategoryData;
    private final NetworkManagement network;
    private final DeliveryRepository deliveries;
    private final DidRepository dids;
    private final PactRepository pacts;
    private final ActionPlanRepository plans;
    private final Clock clock;
    private final PathwayAccess access;

    Sittings(SpecialCategoryData specialCategoryData, NetworkManagement network, DeliveryRepository deliveries, DidRepository dids,
            PactRepository pacts, ActionPlanRepository plans, Clock clock, PathwayAccess access) {
        this.access = access;
        this.specialCategoryData = specialCategoryData;
        this.network = network;
        this.deliveries = deliveries;
        this.dids = dids;
        this.pacts = pacts;
        this.plans = plans;
        this.clock = clock;
    }

    /** A delivery about to be registered, with everything the rule engine is asked. */
    record Sitting(DeliveryRequest request, Site site, DeliveryCheck check, Optional<ActionPlan> planInForce) {
    }

    /** Where and by whom a sitting is delivered: the same for every participant of a group session. */
    record Place(Site site, OperatorProfile operator) {
    }

    /**
     * Checks the fields of a delivery, and that its site is one of the caller's organisation; answers the site
     * with the operator's profile there.
     */
    Place place(DeliveryRequest request, CurrentUser caller) {
        validate(request);
        Site site = network.findSite(request.siteId()).filter(found -> caller.belongsTo(found.organisationId()))
                .orElseThrow(() -> InvalidInputException.of("siteId", "pathway.site.not-of-organisation"));
        UserAccount operator = network.findUser(caller.id()).orElseThrow();
        return new Place(site, new OperatorProfile(caller.organisationKind(), operator.competences(),
                operator.worksAt(site.id())));
    }

    /** The sitting of one person: their history and complex targets, the outputs the delivery carries. */
    Sitting prepare(PersonId personId, DeliveryRequest request, Place place, CurrentUser caller) {
        List<ActionPlan> personPlans = plans.findByPerson(personId);
        RecipientHistory history = RecipientHistory.none();
        for (Delivery delivery : deliveries.findByPerson(personId)) {
            history = history.withDelivery(delivery.service(), delivery.date());
        }
        for (Pact pact : pacts.findByPerson(personId)) {
            if (pact.isSigned()) {
                history = history.withPactSignedOn(pact.decidedOn());
            }
        }
        for (ActionPlan plan : personPlans) {
            if (plan.isSigned() && plan.specificNeedOn().isPresent()) {
                history = history.withSpecificNeedRecordedOn(plan.specificNeedOn().get());
            }
        }
        Optional<ActionPlan> planInForce = personPlans.stream().filter(ActionPlan::isInForce).findFirst();
        if (request.outputs().actionId() != null
                && planInForce.flatMap(plan -> plan.action(request.outputs().actionId())).isEmpty()) {
            throw InvalidInputException.of("outputs.actionId", "pathway.action.unknown");
        }
        Set<OutputCode> outputs = ProducedOutputs.of(request.service(), request.outputs(),
                () -> dids.findInForce(personId).filter(did -> !did.declaredOn().isAfter(request.date())).isPresent(),
                planInForce.filter(plan -> !plan.decidedOn().isAfter(request.date())).isPresent());
        RecipientProfile recipient = specialCategoryData.complexTargetsFor(personId, caller);
        DeliveryCheck check = new DeliveryCheck(request.service(), request.mode(), request.minutes(),
                request.meetingsOrOne(), request.date(), history, request.togetherWith(), outputs, place.operator(),
                new SiteProfile(place.site().features()), recipient, request.functions());
        if (request.programme() != null) {
            check = check.withProgramme(programmeClaim(personId, request, caller));
        }
        return new Sitting(request, place.site(), check, planInForce);
    }

    /**
     * What a programme's rules need of the person on the day: birth date, the DID in force then (a suspended one
     * is not: the person is working), whether it was made with the NASpI application, and the minutes of the
     * same service already registered to them under the programme (its maximum hours are per person).
     */
    private ProgrammeClaim programmeClaim(PersonId personId, DeliveryRequest request, CurrentUser caller) {
        PersonSummary person = access.requireInCharge(personId, caller);
        Optional<Did> did = dids.findInForce(personId).filter(found -> found.state() != DidState.SUSPENDED)
                .filter(found -> !found.declaredOn().isAfter(request.date()));
        int prior = deliveries.findByPerson(personId).stream()
                .filter(delivery -> delivery.service() == request.service())
                .filter(delivery -> delivery.programme().filter(request.programme()::equals).isPresent())
                .mapToInt(delivery -> delivery.minutes() == null ? 0 : delivery.minutes()).sum();
        return new ProgrammeClaim(request.programme(), new EligibilityFacts(Optional.ofNullable(person.birthDate()),
                did.map(Did::declaredOn), did.filter(found -> found.channel() == DidChannel.NASPI_APPLICATION)
                        .isPresent()), prior);
    }

    private void validate(DeliveryRequest request) {
        var problems = new InvalidInputException.Collector();
        problems.require(request.service() != null, "service", "validation.required");
        problems.require(request.service() == null || request.service().type() == ServiceType.PERSON, "service",
                "pathway.delivery.person-service");
        problems.require(request.mode() != null, "mode", "validation.required");
        PathwayChecks.requirePastDate(problems, request.date(), "date", clock);
        problems.require(request.minutes() == null || (request.minutes() >= 0 && request.minutes() <= 100_000),
                "minutes", "pathway.delivery.minutes-range");
        problems.require(request.meetings() == null || (request.meetings() >= 1 && request.meetings() <= 100),
                "meetings", "pathway.delivery.meetings-range");
        problems.maxLength(request.notes(), Delivery.NOTES_MAX, "notes");
        problems.require(request.service() == null || !request.togetherWith().contains(request.service()),
                "togetherWith", "pathway.delivery.together-with-itself");
        DeliveryOutputs outputs = request.outputs();
        PathwayChecks.requireLength(problems, outputs.referral(), Delivery.REFERRAL_MAX, "outputs.referral");
        // A code of the catalogue: an unknown one is the rule engine's to refuse, a code this long is no code.
        PathwayChecks.requireLength(problems, request.programme(), Delivery.PROGRAMME_MAX, "programme");
        if (outputs.pact() != null) {
            PactTerms pact = outputs.pact();
            problems.require(pact.outcome() != null, "outputs.pact.outcome", "validation.required");
            PathwayChecks.requireLength(problems, pact.responsibleOperator(), Pact.RESPONSIBLE_OPERATOR_MAX,
                    "outputs.pact.responsibleOperator");
            PathwayChecks.requireLength(problems, pact.meetingFrequency(), Pact.MEETING_FREQUENCY_MAX,
                    "outputs.pact.meetingFrequency");
            PathwayChecks.requireLength(problems, pact.jobSearchActs(), Pact.JOB_SEARCH_ACTS_MAX,
                    "outputs.pact.jobSearchActs");
            PathwayChecks.requireLength(problems, pact.jobSearchTiming(), Pact.JOB_SEARCH_TIMING_MAX,
                    "outputs.pact.jobSearchTiming");
        }
        if (outputs.actionPlan() != null) {
            ActionPlanTerms plan = outputs.actionPlan();
            problems.require(plan.outcome() != null, "outputs.actionPlan.outcome", "validation.required");
            PathwayChecks.requireLength(problems, plan.specificNeedText(), ActionPlan.SPECIFIC_NEED_TEXT_MAX,
                    "outputs.actionPlan.specificNeedText");
            for (int i = 0; i < plan.actions().size(); i++) {
                PathwayChecks.requireValidAction(problems, plan.actions().get(i),
                        "outputs.actionPlan.actions[" + i + "]");
            }
        }
        problems.require(request.siteId() != null, "siteId", "validation.required");
        problems.throwIfAny();
    }
}
