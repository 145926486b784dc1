package it.retelavoro.pathway;

import it.retelavoro.catalogue.Catalogue;
import it.retelavoro.catalogue.DeliveryCheck;
import it.retelavoro.catalogue.DeliveryMode;
import it.retelavoro.catalogue.OutputCode;
import it.retelavoro.catalogue.RecipientHistory;
import it.retelavoro.catalogue.RecipientProfile;
import it.retelavoro.catalogue.RuleEngine;
import it.retelavoro.catalogue.RuleViolationException;
import it.retelavoro.catalogue.ServiceCode;
import it.retelavoro.catalogue.SiteProfile;
import it.retelavoro.catalogue.Verdict;
import it.retelavoro.network.Site;
import it.retelavoro.pathway.PathwayCommands.DeliveryOutputs;
import it.retelavoro.pathway.PathwayCommands.DeliveryRequest;
import it.retelavoro.pathway.PathwayCommands.GroupSessionRequest;
import it.retelavoro.pathway.PathwayCommands.InformationVisit;
import it.retelavoro.pathway.PathwayCommands.PactTerms;
import it.retelavoro.pathway.Sittings.Place;
import it.retelavoro.pathway.Sittings.Sitting;
import it.retelavoro.person.PersonId;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.InvalidInputException;
import it.retelavoro.shared.Role;
import it.retelavoro.shared.SiteId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers the deliveries of A.1-A.6: to a person the caller's organisation has in charge, to a group of
 * them in one session, to an anonymous visitor of A.1. Every delivery goes through the rule engine with the
 * person's whole history (their deliveries, the days the Patto was signed and the specific need recorded),
 * their complex targets and the operator's competences and assignment to the site; a violation saves
 * nothing ({@link RuleViolationException}); an advisory finding never refuses, it is recorded with the delivery
 * (a group session's on each participant's delivery, from their own verdict). An A.2 records the Patto put to the person, an A.3 the PAI, an
 * A.4-A.6 is registered in the PAI in force. Each delivery publishes {@code PersonServiceDelivered}.
 */
@Service
@Transactional
public class DeliveryRegistration {

    private final PathwayAccess access;
    private final Sittings sittings;
    private final Catalogue catalogue;
    private final DeliveryRepository deliveries;
    private final PactRepository pacts;
    private final ActionPlanRepository plans;
    private final Clock clock;

    DeliveryRegistration(PathwayAccess access, Sittings sittings, Catalogue catalogue, DeliveryRepository deliveries,
            PactRepository pacts, ActionPlanRepository plans, Clock clock) {
        this.access = access;
        this.sittings = sittings;
        this.catalogue = catalogue;
        this.deliveries = deliveries;
        this.pacts = pacts;
        this.plans = plans;
        this.clock = clock;
    }

    /**
     * Registers a delivery of A.1-A.6 to a person the caller's organisation has in charge, after the rule
     * engine allowed it.
     *
     * @throws InvalidInputException  a field missing or invalid, a date in the future, a site of another
     *                                organisation
     * @throws RuleViolationException every rule of the repertorio the delivery breaks; nothing saved
     */
    public Delivery registerDelivery(PersonId personId, DeliveryRequest request, CurrentUser caller, Locale locale) {
        access.requireInChargeAndLock(personId, caller);
        Place place = sittings.place(request, caller);
        Sitting sitting = sittings.prepare(personId, request, place, caller);
        access.requireOpenPeriod(request.date(), locale);
        Verdict verdict = catalogue.ruleEngine(locale).check(sitting.check());
        RuleViolationException.throwIfForbidden(verdict);
        return record(personId, null, sitting, verdict, caller);
    }

    /**
     * Judges a delivery as {@link #registerDelivery} would, and saves nothing: the findings the operator is
     * shown before saving (the blocking ones that would refuse it, the advisory ones that would be recorded
     * with it). Read-only: no lock.
     *
     * @throws InvalidInputException a field missing or invalid, as the registration would answer
     */
    @Transactional(readOnly = true)
    public Verdict check(PersonId personId, DeliveryRequest request, CurrentUser caller, Locale locale) {
        access.requireInCharge(personId, caller);
        Place place = sittings.place(request, caller);
        Sitting sitting = sittings.prepare(personId, request, place, caller);
        return catalogue.ruleEngine(locale).check(sitting.check());
    }

    /**
     * Registers a session delivered to a group: one delivery for each participant, all or none. What the
     * sitting shares (its fields, the site, the operator) is checked once; each participant's history and
     * complex targets are judged on their own, and each delivery is audited under its person.
     *
     * @throws GroupSessionViolationException the participants the repertorio refuses, with their violations
     */
    public List<Delivery> registerGroupSession(GroupSessionRequest request, CurrentUser caller, Locale locale) {
        if (caller.role() != Role.OPERATOR) {
            access.denied("PATHWAY_GROUP_SESSION", PathwayAccess.PERSON, null);
            throw new AccessDeniedException("Solo gli operatori registrano le prestazioni");
        }
        List<PersonId> participants = request.participants();
        if (participants.isEmpty()) {
            throw InvalidInputException.of("participants", "validation.required");
        }
        if (new HashSet<>(participants).size() != participants.size()) {
            throw InvalidInputException.of("participants", "pathway.group.repeated-participant");
        }
        for (PersonId participant : participants) {
            if (participant == null) {
                throw InvalidInputException.of("participants", "validation.required");
            }
            access.requireInCharge(participant, caller);
        }
        // one order for every session, so that two sessions sharing participants cannot deadlock
        participants.stream().sorted(Comparator.comparing(PersonId::value)).forEach(access::lockPathwayOf);
        DeliveryRequest each = new DeliveryRequest(request.service(), request.mode(), request.date(),
                request.minutes(), 1, request.siteId(), request.notes(), request.togetherWith(), Set.of(),
                request.outputs(), request.mediator(), List.of(), false, request.groupCall(), null);
        if (each.outputs().actionId() != null || each.outputs().actionPlan() != null) {
            // Each participant has a PAI of their own: a plan is put, and an action named, one person at a time.
            throw InvalidInputException.of("outputs", "pathway.group.individual-outputs");
        }
        requireOwnOutcomesOfParticipants(request);
        Place place = sittings.place(each, caller);
        access.requireOpenPeriod(each.date(), locale);
        RuleEngine engine = catalogue.ruleEngine(locale);
        Map<PersonId, Sitting> prepared = new LinkedHashMap<>();
        Map<PersonId, Verdict> verdicts = new LinkedHashMap<>();
        Map<PersonId, Verdict> refused = new LinkedHashMap<>();
        for (PersonId participant : participants) {
            Sitting sitting = sittings.prepare(participant, withOwnPact(each, request.pactOutcomes().get(participant)),
                    place, caller);
            Verdict verdict = engine.check(sitting.check());
            prepared.put(participant, sitting);
            verdicts.put(participant, verdict);
            if (!verdict.isAllowed()) {
                refused.put(participant, verdict);
            }
        }
        if (!refused.isEmpty()) {
            throw new GroupSessionViolationException(refused);
        }
        GroupSessionId session = GroupSessionId.random();
        List<Delivery> saved = new ArrayList<>();
        prepared.forEach((participant, sitting) -> saved.add(record(participant, session, sitting,
                verdicts.get(participant), caller)));
        return saved;
    }

    /**
     * Registers an A.1 given to a visitor who stays anonymous: only sex and age band are recorded. Publishes
     * {@code PersonServiceDelivered} and {@code AnonymousVisitorInformed}.
     *
     * @throws RuleViolationException when the repertorio does not allow it (site, output)
     */
    public Delivery informAnonymousVisitor(InformationVisit visit, CurrentUser caller, Locale locale) {
        if (caller.role() != Role.OPERATOR) {
            access.denied("PATHWAY_ANONYMOUS_A1", "DELIVERY", null);
            throw new AccessDeniedException("Solo gli operatori registrano le prestazioni");
        }
        DeliveryOutputs given = new DeliveryOutputs(visit.referral(), null, null, null, false, false);
        DeliveryRequest request = new DeliveryRequest(ServiceCode.A1, DeliveryMode.INDIVIDUAL, visit.date(),
                visit.minutes(), 1, visit.siteId(), visit.notes(), Set.of(), Set.of(), given);
        var problems = new InvalidInputException.Collector();
        problems.require(visit.sex() != null, "sex", "validation.required");
        problems.require(visit.ageBand() != null, "ageBand", "validation.required");
        problems.throwIfAny();
        Place place = sittings.place(request, caller);
        Set<OutputCode> outputs = ProducedOutputs.of(ServiceCode.A1, given, () -> false, false);
        DeliveryCheck check = new DeliveryCheck(ServiceCode.A1, request.mode(), visit.minutes(), 1, visit.date(),
                RecipientHistory.none(), Set.of(), outputs, place.operator(), new SiteProfile(place.site().features()),
                RecipientProfile.ordinary(), Set.of()).withRegisteredOn(LocalDate.now(clock));
        access.requireOpenPeriod(visit.date(), locale);
        Verdict verdict = catalogue.ruleEngine(locale).check(check);
        RuleViolationException.throwIfForbidden(verdict);
        Delivery delivery = deliveries.save(Delivery.toAnonymousVisitor(visit.sex(), visit.ageBand(),
                facts(request, place.site(), caller, outputs, verdict), clock.instant()));
        access.done("PATHWAY_ANONYMOUS_A1", "DELIVERY", delivery.id(), null);
        return delivery;
    }

    /**
     * Each participant's own Patto outcome is for a group A.2 only, and names participants of the session: the Patto
     * is put to each person in their "colloquio individuale per la sottoscrizione del Patto".
     */
    private static void requireOwnOutcomesOfParticipants(GroupSessionRequest request) {
        if (request.pactOutcomes().isEmpty()) {
            return;
        }
        if (request.service() != ServiceCode.A2) {
            throw InvalidInputException.of("pactOutcomes", "pathway.group.pact-outcomes-a2");
        }
        if (!request.participants().containsAll(request.pactOutcomes().keySet())) {
            throw InvalidInputException.of("pactOutcomes", "pathway.group.pact-outcome-not-participant");
        }
    }

    /** The session's request for one participant, with their own Patto outcome when they have one. */
    private static DeliveryRequest withOwnPact(DeliveryRequest each, Outcome own) {
        if (own == null) {
            return each;
        }
        DeliveryOutputs shared = each.outputs();
        PactTerms session = shared.pact();
        PactTerms pact = session == null ? new PactTerms(own, null, null, null, null, null)
                : new PactTerms(own, session.responsibleOperator(), session.meetingFrequency(), session.jobSearchActs(),
                        session.jobSearchTiming(), session.trainingAvailability());
        return new DeliveryRequest(each.service(), each.mode(), each.date(), each.minutes(), each.meetings(),
                each.siteId(), each.notes(), each.togetherWith(), each.functions(), new DeliveryOutputs(
                        shared.referral(), pact, shared.actionPlan(), shared.actionId(), shared.interviewReferral(),
                        shared.jobPlacement()), each.mediator(), each.meetingList(), each.inProgress(),
                each.groupCall(), each.programme());
    }

    /**
     * What a referral to a job interview tells the pathway: the A.6 output "Invio a colloqui di lavoro" is given
     * on {@code date}, at {@code siteId} (when absent, the site where the organisation last served the person,
     * else the one site the operator works at for their organisation), after {@code minutes} of back-office work (for the A.6 the referral registers, not one it
     * joins).
     */
    public record InterviewReferral(LocalDate date, SiteId siteId, Integer minutes) {
    }

    /**
     * The A.6 a referral belongs to (issue 13: a referral is the A.6 output "Invio a colloqui di lavoro"): the
     * A.6 the caller's organisation delivered to the person on the referral's day, which the referral joins, or
     * else a new A.6 in back office carrying that output, judged by the rule engine like any delivery (the
     * repertorio's "minimo 2 ore" for the service, presence and back office together, applies to it). The one
     * place where the referral module registers a service on the pathway.
     *
     * @throws InvalidInputException  no site given and the operator works at more than one (or none)
     * @throws RuleViolationException the repertorio does not allow the A.6 (access, PAI, site, minimum
     *                                duration...); nothing saved
     */
    public Delivery registerForReferral(PersonId personId, InterviewReferral referral, CurrentUser caller,
            Locale locale) {
        access.requireInChargeAndLock(personId, caller);
        if (referral.date() != null) {
            Optional<Delivery> sameDay = deliveries.findByPerson(personId).stream()
                    .filter(delivery -> delivery.service() == ServiceCode.A6 && delivery.date().equals(referral.date())
                            && delivery.organisationId().equals(caller.organisationId())
                            && !delivery.isCancelled() && !delivery.inProgress())
                    .findFirst();
            if (sameDay.isPresent()) {
                return sameDay.get();
            }
        }
        // No site named: where the organisation last served the person, else the operator's one site.
        SiteId site = referral.siteId() != null ? referral.siteId() : deliveries.findByPerson(personId).stream()
                .filter(delivery -> delivery.organisationId().equals(caller.organisationId())
                        && delivery.siteId() != null)
                .reduce((first, second) -> second).map(Delivery::siteId)
                .orElseGet(() -> sittings.onlySiteOf(caller));
        DeliveryRequest request = new DeliveryRequest(ServiceCode.A6, DeliveryMode.BACK_OFFICE, referral.date(),
                referral.minutes(), 1, site, null, Set.of(), Set.of(),
                new DeliveryOutputs(null, null, null, null, true, false));
        return registerDelivery(personId, request, caller, locale);
    }

    /**
     * The person's deliveries, oldest first (to an organisation that lost the person by a taking over on their choice, those it registered). Audited.
     */
    public List<Delivery> deliveries(PersonId personId, CurrentUser caller) {
        return access.read(personId, caller, "deliveries").filter(deliveries.findByPerson(personId),
                Delivery::organisationId);
    }

    private Delivery record(PersonId personId, GroupSessionId session, Sitting sitting, Verdict allowed,
            CurrentUser caller) {
        DeliveryRequest request = sitting.request();
        Delivery delivery = deliveries.save(Delivery.toPerson(personId, session,
                facts(request, sitting.site(), caller, sitting.check().outputs(), allowed)
                        .withMeetings(sitting.check().meetingList(), sitting.meetingsRequired()),
                clock.instant()));
        access.done("PATHWAY_DELIVERY_CREATE", personId, "delivery=" + delivery.id() + " service="
                + delivery.service() + (session == null ? "" : " session=" + session));
        switch (delivery.service()) {
            case A2 -> {
                if (request.outputs().pact() != null) {
                    Pact pact = Pact.putTo(personId, delivery, request.outputs().pact(), clock.instant());
                    pacts.saveAll(pact.supersede(pacts.findByPerson(personId)));
                    pacts.save(pact);
                }
            }
            case A3 -> {
                if (request.outputs().actionPlan() != null) {
                    ActionPlan plan = ActionPlan.putTo(personId, delivery, request.outputs().actionPlan(),
                            clock.instant());
                    plans.saveAll(plan.supersede(plans.findByPerson(personId)));
                    plans.save(plan);
                }
            }
            case A4, A5, A6 -> sitting.planInForce().ifPresent(plan -> {
                plan.register(delivery, clock.instant());
                plans.save(plan);
            });
            default -> {
            }
        }
        return delivery;
    }

    private static DeliveryFacts facts(DeliveryRequest request, Site site, CurrentUser caller,
            Set<OutputCode> outputs, Verdict verdict) {
        return new DeliveryFacts(request.service(), request.mode(), request.date(), request.minutes(),
                request.meetingsOrOne(), caller.organisationId(), site.id(), caller.id(),
                request.togetherWith(), outputs, request.functions(), request.outputs().referral(),
                request.outputs().actionId(), request.notes(), verdict.catalogueVersion().orElseThrow(),
                verdict.advisories().stream().map(DeliveryAdvisory::of).toList(), request.mediator(), List.of(),
                null, request.groupCall(), request.programme());
    }
}
