package it.retelavoro.pathway;

import it.retelavoro.catalogue.Competence;
import it.retelavoro.catalogue.DeliveryCheck;
import it.retelavoro.catalogue.LanguageCodes;
import it.retelavoro.catalogue.MediatorProfile;
import it.retelavoro.catalogue.Catalogue;
import it.retelavoro.catalogue.Meeting;
import it.retelavoro.catalogue.ModeRule;
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
import it.retelavoro.pathway.PathwayCommands.MeetingEntry;
import it.retelavoro.pathway.PathwayCommands.PactTerms;
import it.retelavoro.person.PersonId;
import it.retelavoro.person.PersonSummary;
import it.retelavoro.person.SpecialCategoryData;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.InvalidInputException;
import it.retelavoro.shared.SiteId;
import java.time.Clock;
import java.time.LocalDate;
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
    private final Catalogue catalogue;
    private final Clock clock;
    private final PathwayAccess access;

    Sittings(SpecialCategoryData specialCategoryData, NetworkManagement network, DeliveryRepository deliveries, DidRepository dids,
            PactRepository pacts, ActionPlanRepository plans, Catalogue catalogue, Clock clock, PathwayAccess access) {
        this.access = access;
        this.specialCategoryData = specialCategoryData;
        this.network = network;
        this.deliveries = deliveries;
        this.dids = dids;
        this.pacts = pacts;
        this.plans = plans;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    /**
     * A delivery about to be registered, with everything the rule engine is asked.
     *
     * @param meetingsRequired for a delivery registered meeting by meeting and still short of its meetings, the
     *                         meetings its scheda asks; null when the delivery is complete
     */
    record Sitting(DeliveryRequest request, Site site, DeliveryCheck check, Optional<ActionPlan> planInForce,
            Integer meetingsRequired) {

        Sitting(DeliveryRequest request, Site site, DeliveryCheck check, Optional<ActionPlan> planInForce) {
            this(request, site, check, planInForce, null);
        }
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
                operator.worksAt(site.id()), operator.languages()));
    }

    /**
     * The one site the operator works at for their organisation, for a registration that names none.
     *
     * @throws InvalidInputException when there is not exactly one
     */
    SiteId onlySiteOf(CurrentUser caller) {
        List<SiteId> sites = network.findUser(caller.id()).map(user -> user.sites().stream()
                .filter(site -> network.findSite(site).filter(found -> caller.belongsTo(found.organisationId()))
                        .isPresent())
                .toList()).orElse(List.of());
        if (sites.size() != 1) {
            throw InvalidInputException.of("siteId", "validation.required");
        }
        return sites.get(0);
    }

    /** The sitting of one person: their history and complex targets, the outputs the delivery carries. */
    Sitting prepare(PersonId personId, DeliveryRequest request, Place place, CurrentUser caller) {
        List<ActionPlan> personPlans = plans.findByPerson(personId);
        // cancelled acts are no part of the history (issue 13)
        RecipientHistory history = new PersonActs(deliveries.findByPerson(personId), pacts.findByPerson(personId),
                personPlans).history();
        Optional<ActionPlan> planInForce = personPlans.stream().filter(ActionPlan::isInForce).findFirst();
        if (request.outputs().actionId() != null
                && planInForce.flatMap(plan -> plan.action(request.outputs().actionId())).isEmpty()) {
            throw InvalidInputException.of("outputs.actionId", "pathway.action.unknown");
        }
        Set<OutputCode> outputs = ProducedOutputs.of(request.service(), request.outputs(),
                () -> dids.findInForce(personId).filter(did -> !did.declaredOn().isAfter(request.date())).isPresent(),
                planInForce.filter(plan -> !plan.decidedOn().isAfter(request.date())).isPresent());
        RecipientProfile recipient = specialCategoryData.complexTargetsFor(personId, caller);
        Integer required = meetingsRequired(request);
        DeliveryCheck check = new DeliveryCheck(request.service(), request.mode(), request.minutes(),
                request.meetingsOrOne(), request.date(), history, request.togetherWith(), outputs, place.operator(),
                new SiteProfile(place.site().features()), recipient, request.functions())
                .withMediator(mediator(request.mediator(), caller))
                .withMeetingList(request.meetingList().stream()
                        .map(entry -> new Meeting(entry.date(), entry.minutes(), entry.mode(), entry.part())).toList())
                .withOpening(required != null)
                .withGroupCall(request.groupCall())
                .withRegisteredOn(LocalDate.now(clock));
        if (request.programme() != null) {
            check = check.withProgramme(programmeClaim(personId, request, caller));
        }
        return new Sitting(request, place.site(), check, planInForce, required);
    }

    /**
     * For a delivery registered meeting by meeting, the meetings its mode asks on the day when it has fewer yet;
     * null when it is complete with what it has.
     *
     * @throws InvalidInputException when its service is complete in one meeting, so not registered meeting by meeting
     */
    private Integer meetingsRequired(DeliveryRequest request) {
        if (!request.inProgress()) {
            return null;
        }
        int required = catalogue.inForceOn(request.date()).map(version -> version.service(request.service()))
                .flatMap(service -> service.mode(request.mode())).map(ModeRule::minMeetings).orElse(1);
        if (required <= 1) {
            throw InvalidInputException.of("inProgress", "pathway.delivery.not-meeting-by-meeting");
        }
        return required > request.meetingsOrOne() ? required : null;
    }

    /**
     * The mediator as the rules see them: an operator of the caller's organisation with the cultural mediation
     * competence, or an external mediator by name and organisation. Anything else is invalid input.
     */
    private MediatorProfile mediator(DeliveryMediator named, CurrentUser caller) {
        if (named == null) {
            return null;
        }
        if (named.operatorId().isPresent()) {
            UserAccount mediator = network.findUser(named.operatorId().get())
                    .filter(user -> caller.belongsTo(user.organisationId()) && user.enabled())
                    .orElseThrow(() -> InvalidInputException.of("mediator.operatorId", "pathway.mediator.unknown"));
            if (!mediator.competences().contains(Competence.CULTURAL_MEDIATION)) {
                throw InvalidInputException.of("mediator.operatorId", "pathway.mediator.not-a-mediator");
            }
            return MediatorProfile.operator(mediator.competences(), mediator.languages());
        }
        return MediatorProfile.external(named.languages());
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
                // a delivery in progress is judged again, with all its meetings, by the meeting that continues it
                .filter(delivery -> !delivery.isCancelled() && !delivery.inProgress())
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
        validateMeetings(problems, request);
        if (request.groupCall() != null) {
            PathwayChecks.requireLength(problems, request.groupCall().name(), Delivery.GROUP_REASON_NAME_MAX,
                    "groupReasonName");
        }
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
        validateMediator(problems, request.mediator());
        problems.throwIfAny();
    }

    private static void validateMediator(InvalidInputException.Collector problems, DeliveryMediator mediator) {
        if (mediator == null || mediator.operatorId().isPresent()) {
            problems.require(mediator == null || (mediator.name() == null && mediator.organisation() == null),
                    "mediator", "pathway.mediator.one-kind");
            return;
        }
        PathwayChecks.requireText(problems, mediator.name(), "mediator.name");
        PathwayChecks.requireText(problems, mediator.organisation(), "mediator.organisation");
        PathwayChecks.requireLength(problems, mediator.name(), Delivery.MEDIATOR_NAME_MAX, "mediator.name");
        PathwayChecks.requireLength(problems, mediator.organisation(), Delivery.MEDIATOR_ORGANISATION_MAX,
                "mediator.organisation");
        for (String language : mediator.languages()) {
            problems.require(LanguageCodes.isValid(language), "mediator.languages", "pathway.mediator.language",
                    language);
        }
    }

    /** The meetings listed: each with a past date not before the delivery's, sensible minutes; as many as counted. */
    private void validateMeetings(InvalidInputException.Collector problems, DeliveryRequest request) {
        List<MeetingEntry> meetings = request.meetingList();
        problems.require(meetings.size() <= 100, "meetings", "pathway.delivery.meetings-range");
        problems.require(meetings.isEmpty() || request.meetings() == null || request.meetings() == meetings.size(),
                "meetings", "pathway.delivery.meetings-count");
        for (int i = 0; i < meetings.size() && i < 100; i++) {
            MeetingEntry meeting = meetings.get(i);
            String field = "meetings[" + i + "]";
            if (meeting == null) {
                problems.add(field, "validation.required");
                continue;
            }
            PathwayChecks.requirePastDate(problems, meeting.date(), field + ".date", clock);
            problems.require(meeting.date() == null || request.date() == null
                    || !meeting.date().isBefore(request.date()), field + ".date", "pathway.meeting.before-delivery");
            problems.require(meeting.minutes() == null || (meeting.minutes() >= 0 && meeting.minutes() <= 100_000),
                    field + ".minutes", "pathway.delivery.minutes-range");
        }
    }
}
