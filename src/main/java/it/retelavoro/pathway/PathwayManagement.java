package it.retelavoro.pathway;

import it.retelavoro.audit.AuditLog;
import it.retelavoro.catalogue.Catalogue;
import it.retelavoro.catalogue.CpiExclusiveFunction;
import it.retelavoro.catalogue.DeliveryCheck;
import it.retelavoro.catalogue.OperatorProfile;
import it.retelavoro.catalogue.OutputCode;
import it.retelavoro.catalogue.RecipientHistory;
import it.retelavoro.catalogue.RecipientProfile;
import it.retelavoro.catalogue.RuleEngine;
import it.retelavoro.catalogue.RuleViolationException;
import it.retelavoro.catalogue.ServiceCode;
import it.retelavoro.catalogue.ServiceType;
import it.retelavoro.catalogue.SiteProfile;
import it.retelavoro.catalogue.Verdict;
import it.retelavoro.network.NetworkManagement;
import it.retelavoro.network.Organisation;
import it.retelavoro.network.Site;
import it.retelavoro.network.UserAccount;
import it.retelavoro.pathway.PathwayCommands.ActionPlanTerms;
import it.retelavoro.pathway.PathwayCommands.ActionUpdate;
import it.retelavoro.pathway.PathwayCommands.DeliveryOutputs;
import it.retelavoro.pathway.PathwayCommands.DeliveryRequest;
import it.retelavoro.pathway.PathwayCommands.DidDeclaration;
import it.retelavoro.pathway.PathwayCommands.DidStatusChange;
import it.retelavoro.pathway.PathwayCommands.GroupSessionRequest;
import it.retelavoro.pathway.PathwayCommands.InformationVisit;
import it.retelavoro.pathway.PathwayCommands.InternshipPlan;
import it.retelavoro.pathway.PathwayCommands.PactTerms;
import it.retelavoro.pathway.PathwayCommands.PlannedActionRequest;
import it.retelavoro.pathway.PathwayCommands.SpecificNeed;
import it.retelavoro.pathway.PathwayCommands.TrainingRecord;
import it.retelavoro.pathway.PathwayEvents.ActionPlanRefused;
import it.retelavoro.pathway.PathwayEvents.ActionPlanSigned;
import it.retelavoro.pathway.PathwayEvents.AnonymousVisitorInformed;
import it.retelavoro.pathway.PathwayEvents.DidCertified;
import it.retelavoro.pathway.PathwayEvents.DidDeclared;
import it.retelavoro.pathway.PathwayEvents.DidReinstated;
import it.retelavoro.pathway.PathwayEvents.DidRevoked;
import it.retelavoro.pathway.PathwayEvents.DidSuspended;
import it.retelavoro.pathway.PathwayEvents.InternshipActivated;
import it.retelavoro.pathway.PathwayEvents.PactRefused;
import it.retelavoro.pathway.PathwayEvents.PactSigned;
import it.retelavoro.pathway.PathwayEvents.PersonServiceDelivered;
import it.retelavoro.pathway.PathwayEvents.TrainingEventRecorded;
import it.retelavoro.person.Address;
import it.retelavoro.person.PersonId;
import it.retelavoro.person.PersonDirectory;
import it.retelavoro.person.SpecialCategoryData;
import it.retelavoro.person.PersonSummary;
import it.retelavoro.reference.Comune;
import it.retelavoro.reference.Comuni;
import it.retelavoro.shared.ConflictException;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.InvalidInputException;
import it.retelavoro.shared.NotFoundException;
import it.retelavoro.shared.OrganisationId;
import it.retelavoro.shared.Role;
import it.retelavoro.shared.TransactionLocks;
import it.retelavoro.shared.SiteId;
import it.retelavoro.shared.UserId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's pathway through the services: the DID and its certification, the deliveries of A.1-A.6
 * judged by the repertorio, the Patto di Servizio (A.2), the PAI (A.3) and its actions, training and
 * internships.
 *
 * <p>Who may do what: only operators of the organisation that has the person in charge act on and read
 * their pathway (another organisation gets 403, an unknown person 404: {@link PersonDirectory#requireInCharge});
 * only a CPI certifies a DID, and sees the queue of DIDs the agencies send it. Every write and every read
 * is audited in the same transaction, denials apart.
 *
 * <p>Every delivery goes through the rule engine with the person's whole history (their deliveries, the
 * days the Patto was signed and the specific need recorded), their complex targets and the operator's
 * competences and assignment to the site; a violation saves nothing ({@link RuleViolationException}).
 */
@Service
@Transactional
public class PathwayManagement {

    static final String PERSON = "PERSON";
    private static final int NOTES = 2000;
    private static final int SHORT_TEXT = 300;

    private final PersonDirectory persons;
    private final SpecialCategoryData specialCategoryData;
    private final NetworkManagement network;
    private final Catalogue catalogue;
    private final Comuni comuni;
    private final CpiDirectory cpis;
    private final DeliveryRepository deliveries;
    private final DidRepository dids;
    private final PactRepository pacts;
    private final ActionPlanRepository plans;
    private final TrainingEventRepository training;
    private final InternshipRepository internships;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final TransactionLocks locks;
    private final Clock clock;

    PathwayManagement(PersonDirectory persons, SpecialCategoryData specialCategoryData, NetworkManagement network,
            Catalogue catalogue, Comuni comuni,
            CpiDirectory cpis, DeliveryRepository deliveries, DidRepository dids, PactRepository pacts,
            ActionPlanRepository plans, TrainingEventRepository training, InternshipRepository internships,
            AuditLog audit, ApplicationEventPublisher events, TransactionLocks locks, Clock clock) {
        this.persons = persons;
        this.specialCategoryData = specialCategoryData;
        this.network = network;
        this.catalogue = catalogue;
        this.comuni = comuni;
        this.cpis = cpis;
        this.deliveries = deliveries;
        this.dids = dids;
        this.pacts = pacts;
        this.plans = plans;
        this.training = training;
        this.internships = internships;
        this.audit = audit;
        this.events = events;
        this.locks = locks;
        this.clock = clock;
    }

    /**
     * Takes the person's pathway lock: the checks of a write (DID in force, Patto in force, the history the
     * rule engine judges) then see whatever a concurrent write for the same person committed.
     */
    private void lockPathwayOf(PersonId personId) {
        locks.lock("pathway.person", personId.value());
    }

    // --- DID -----------------------------------------------------------------------------------------

    /**
     * Records the DID the person declared, received by the caller's organisation. A CPI keeps it to
     * certify; an agency sends it at once to the CPI with a site in the person's province of residence, or
     * to the CPI it chose ({@code cpiId}) when there is none.
     *
     * @throws ConflictException     when the person has a DID in force (not revoked)
     * @throws InvalidInputException {@code declaredOn} missing or in the future, {@code channel} missing,
     *                               {@code cpiId} missing or not a CPI when the caller must choose
     */
    public Did declareDid(PersonId personId, DidDeclaration declaration, CurrentUser caller) {
        PersonSummary person = persons.requireInCharge(personId, caller);
        lockPathwayOf(personId);
        var problems = new InvalidInputException.Collector();
        requirePastDate(problems, declaration.declaredOn(), "declaredOn");
        problems.require(declaration.channel() != null, "channel", "validation.required");
        problems.throwIfAny();
        if (dids.findInForce(personId.value()).isPresent()) {
            throw new ConflictException("pathway.did.in-force", List.of(), "/api/v1/persons/" + personId + "/did");
        }
        Did did;
        if (caller.isCpi()) {
            did = Did.receivedByCpi(personId, declaration.declaredOn(), declaration.channel(), caller.organisationId(),
                    caller.id(), clock.instant());
        } else {
            OrganisationId cpi = competentCpi(personId, declaration.cpiId(), caller);
            did = Did.receivedByAgency(person, declaration.declaredOn(), declaration.channel(), caller.organisationId(),
                    cpi, caller.id(), clock.instant());
        }
        did = dids.save(did);
        audit.success("DID_DECLARE", PERSON, personId, "state=" + did.state());
        events.publishEvent(new DidDeclared(did.id(), personId, caller.organisationId(), did.channel(),
                did.declaredOn()));
        return did;
    }

    /** The CPI of a site in the person's province of residence; else the one the caller chose. */
    private OrganisationId competentCpi(PersonId personId, OrganisationId chosen, CurrentUser caller) {
        Optional<String> province = Optional.ofNullable(persons.person(personId, caller).details().residence())
                .map(Address::comune).flatMap(comuni::byCode).map(Comune::provinceCode);
        Optional<OrganisationId> competent = province.flatMap(code -> cpis.cpisInProvince(code).stream().findFirst());
        if (competent.isPresent()) {
            return competent.get();
        }
        if (chosen == null) {
            throw InvalidInputException.of("cpiId", "pathway.did.choose-cpi");
        }
        if (!cpis.isCpi(chosen)) {
            throw InvalidInputException.of("cpiId", "pathway.did.not-a-cpi");
        }
        return chosen;
    }

    /** The person's DID in force, or else the last one; empty when none was declared. Audited. */
    @Transactional
    public Optional<Did> did(PersonId personId, CurrentUser caller) {
        persons.requireInCharge(personId, caller);
        audit.success("DID_READ", PERSON, personId);
        return lastDid(personId);
    }

    private Optional<Did> lastDid(PersonId personId) {
        return dids.findInForce(personId.value()).or(() -> {
            List<Did> all = dids.findByPerson(personId.value());
            return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
        });
    }

    /**
     * Certifies the DID of a person the caller's CPI has in charge.
     *
     * @throws AccessDeniedException when the caller's organisation is not a CPI (the repertorio keeps the
     *                               certification to the CPIs), audited
     */
    public Did certifyDid(PersonId personId, LocalDate on, CurrentUser caller, Locale locale) {
        LocalDate day = on == null ? LocalDate.now(clock) : on;
        requireDidCertification(caller, day, personId, locale);
        persons.requireInCharge(personId, caller);
        Did did = dids.findInForce(personId.value()).filter(Did::canBeCertified)
                .orElseThrow(() -> new NotFoundException("did", personId));
        return certify(did, day, caller);
    }

    /** The DIDs the agencies sent to the caller's CPI, waiting for certification, oldest first. Audited. */
    @Transactional
    public List<DidRequest> didRequests(CurrentUser caller) {
        requireCpiOperator(caller, "DID_REQUEST_READ");
        List<DidRequest> requests = dids.findRequestsTo(caller.organisationId().value()).stream()
                .map(did -> new DidRequest(did.id(), did.fiscalCode(), did.firstName(), did.lastName(),
                        did.birthDate(), did.declaredOn(), did.channel(), did.receivedBy(),
                        network.findOrganisation(did.receivedBy()).map(Organisation::name).orElse("")))
                .toList();
        audit.success("DID_REQUEST_READ", "DID", null, "rows=" + requests.size());
        return requests;
    }

    /**
     * Certifies a DID an agency sent to the caller's CPI.
     *
     * @throws AccessDeniedException when the caller is not an operator of a CPI, audited
     * @throws NotFoundException     when no request with the id is pending for the caller's CPI
     */
    public Did certifyRequest(DidId didId, LocalDate on, CurrentUser caller, Locale locale) {
        LocalDate day = on == null ? LocalDate.now(clock) : on;
        requireCpiOperator(caller, "DID_CERTIFY");
        requireDidCertification(caller, day, didId, locale);
        Did did = dids.findById(didId.value()).filter(Did::canBeCertified)
                .filter(found -> found.cpiId().filter(caller::belongsTo).isPresent())
                .orElseThrow(() -> new NotFoundException("did", didId));
        return certify(did, day, caller);
    }

    private Did certify(Did did, LocalDate day, CurrentUser caller) {
        var problems = new InvalidInputException.Collector();
        requirePastDate(problems, day, "certifiedOn");
        problems.require(!day.isBefore(did.declaredOn()), "certifiedOn", "pathway.did.certified-before-declared");
        problems.throwIfAny();
        did.certify(day, caller.organisationId(), caller.id(), clock.instant());
        Did saved = dids.save(did);
        audit.success("DID_CERTIFY", PERSON, did.personId(), "did=" + did.id());
        events.publishEvent(new DidCertified(did.id(), did.personId(), caller.organisationId(), day));
        return saved;
    }

    /** The three changes of status a CPI decides on a DID, each with its audit action. */
    private enum StatusChange {
        SUSPEND("DID_SUSPEND"), REINSTATE("DID_REINSTATE"), REVOKE("DID_REVOKE");

        private final String action;

        StatusChange(String action) {
            this.action = action;
        }
    }

    /**
     * Suspends the person's certified DID (e.g. a short job). Suspension, reinstatement and revocation
     * administer the status the CPI certified: they fall under the same CPI-exclusive function of the
     * repertorio (certificazione della DID e dello status professionale), for the CPI that has the person in
     * charge or the one that certified the DID.
     *
     * @throws AccessDeniedException when the caller is not a CPI operator allowed on this DID, audited
     * @throws NotFoundException     when the person has no DID in force
     * @throws ConflictException     when the DID is not certified
     * @throws InvalidInputException {@code date} in the future or before the last change, {@code reason}
     *                               missing or too long
     */
    public Did suspendDid(PersonId personId, DidStatusChange change, CurrentUser caller, Locale locale) {
        return changeStatus(personId, change, StatusChange.SUSPEND, caller, locale);
    }

    /** Puts a suspended DID back in force; same rules as {@link #suspendDid}. */
    public Did reinstateDid(PersonId personId, DidStatusChange change, CurrentUser caller, Locale locale) {
        return changeStatus(personId, change, StatusChange.REINSTATE, caller, locale);
    }

    /** Revokes the person's DID in force (in any state); same rules as {@link #suspendDid}. */
    public Did revokeDid(PersonId personId, DidStatusChange change, CurrentUser caller, Locale locale) {
        return changeStatus(personId, change, StatusChange.REVOKE, caller, locale);
    }

    private Did changeStatus(PersonId personId, DidStatusChange change, StatusChange kind, CurrentUser caller,
            Locale locale) {
        LocalDate day = change.date() == null ? LocalDate.now(clock) : change.date();
        if (caller.role() != Role.OPERATOR) {
            audit.denied(kind.action, PERSON, personId);
            throw new AccessDeniedException("Solo gli operatori dei CPI modificano lo stato della DID");
        }
        Verdict verdict = catalogue.ruleEngine(locale).checkFunction(CpiExclusiveFunction.DID_CERTIFICATION,
                caller.organisationKind(), day);
        if (!verdict.isAllowed()) {
            audit.denied(kind.action, PERSON, personId);
            throw new AccessDeniedException(verdict.violations().get(0).message());
        }
        Did did = dids.findInForce(personId.value()).orElse(null);
        if (did == null || did.cpiId().filter(caller::belongsTo).isEmpty()) {
            // Not the CPI of the DID: it may act only on a person it has in charge (audits the refusal).
            persons.requireInCharge(personId, caller);
        }
        if (did == null) {
            throw new NotFoundException("did", personId);
        }
        boolean possible = switch (kind) {
            case SUSPEND -> did.canBeSuspended();
            case REINSTATE -> did.canBeReinstated();
            case REVOKE -> did.canBeRevoked();
        };
        if (!possible) {
            throw new ConflictException("pathway.did.not-in-state", List.of(), "/api/v1/persons/" + personId + "/did");
        }
        var problems = new InvalidInputException.Collector();
        requirePastDate(problems, day, "date");
        problems.require(!day.isBefore(did.lastChangedOn()), "date", "pathway.did.before-last-change");
        problems.require(change.reason() != null && !change.reason().isBlank(), "reason", "validation.required");
        requireLength(problems, change.reason(), 500, "reason");
        problems.throwIfAny();
        String reason = change.reason().strip();
        switch (kind) {
            case SUSPEND -> did.suspend(day, reason, caller.organisationId(), caller.id(), clock.instant());
            case REINSTATE -> did.reinstate(day, reason, caller.organisationId(), caller.id(), clock.instant());
            case REVOKE -> did.revoke(day, reason, caller.organisationId(), caller.id(), clock.instant());
        }
        Did saved = dids.save(did);
        audit.success(kind.action, PERSON, personId, "did=" + did.id());
        events.publishEvent(switch (kind) {
            case SUSPEND -> new DidSuspended(did.id(), personId, caller.organisationId(), day);
            case REINSTATE -> new DidReinstated(did.id(), personId, caller.organisationId(), day);
            case REVOKE -> new DidRevoked(did.id(), personId, caller.organisationId(), day);
        });
        return saved;
    }

    /** Whether the caller may certify DIDs: the rule engine asks the repertorio (CPI-exclusive function). */
    @Transactional(readOnly = true)
    public boolean mayCertifyDid(CurrentUser caller) {
        return caller.role() == Role.OPERATOR && catalogue.ruleEngine(Locale.ITALIAN)
                .checkFunction(CpiExclusiveFunction.DID_CERTIFICATION, caller.organisationKind(),
                        LocalDate.now(clock)).isAllowed();
    }

    private void requireDidCertification(CurrentUser caller, LocalDate day, Object objectId, Locale locale) {
        Verdict verdict = catalogue.ruleEngine(locale).checkFunction(CpiExclusiveFunction.DID_CERTIFICATION,
                caller.organisationKind(), day);
        if (!verdict.isAllowed()) {
            audit.denied("DID_CERTIFY", PERSON, objectId);
            throw new AccessDeniedException(verdict.violations().get(0).message());
        }
    }

    private void requireCpiOperator(CurrentUser caller, String action) {
        if (caller.role() != Role.OPERATOR || !caller.isCpi()) {
            audit.denied(action, "DID", null);
            throw new AccessDeniedException("Solo gli operatori dei CPI certificano le DID");
        }
    }

    // --- deliveries ----------------------------------------------------------------------------------

    /**
     * Registers a delivery of A.1-A.6 to a person the caller's organisation has in charge, after the rule
     * engine allowed it. An A.2 records the Patto put to the person, an A.3 the PAI, an A.4-A.6 is
     * registered in the PAI in force.
     *
     * @throws InvalidInputException  a field missing or invalid, a date in the future, a site of another
     *                                organisation
     * @throws RuleViolationException every rule of the repertorio the delivery breaks; nothing saved
     */
    public Delivery registerDelivery(PersonId personId, DeliveryRequest request, CurrentUser caller, Locale locale) {
        persons.requireInCharge(personId, caller);
        lockPathwayOf(personId);
        Site site = validate(request, caller);
        Sitting sitting = prepare(personId, request, site, caller);
        Verdict verdict = catalogue.ruleEngine(locale).check(sitting.check());
        RuleViolationException.throwIfForbidden(verdict);
        return record(personId, null, sitting, verdict, caller);
    }

    /**
     * Registers a session delivered to a group: one delivery for each participant, all or none.
     *
     * @throws GroupSessionViolationException the participants the repertorio refuses, with their violations
     */
    public List<Delivery> registerGroupSession(GroupSessionRequest request, CurrentUser caller, Locale locale) {
        if (caller.role() != Role.OPERATOR) {
            audit.denied("PATHWAY_GROUP_SESSION", PERSON, null);
            throw new AccessDeniedException("Solo gli operatori registrano le prestazioni");
        }
        if (request.participants().isEmpty()) {
            throw InvalidInputException.of("participants", "validation.required");
        }
        if (new HashSet<>(request.participants()).size() != request.participants().size()) {
            throw InvalidInputException.of("participants", "pathway.group.repeated-participant");
        }
        for (PersonId participant : request.participants()) {
            if (participant == null) {
                throw InvalidInputException.of("participants", "validation.required");
            }
            persons.requireInCharge(participant, caller);
        }
        // one order for every session, so that two sessions sharing participants cannot deadlock
        request.participants().stream().map(PersonId::value).sorted()
                .forEach(participant -> locks.lock("pathway.person", participant));
        DeliveryRequest each = new DeliveryRequest(request.service(), request.mode(), request.date(),
                request.minutes(), 1, request.siteId(), request.notes(), request.togetherWith(), Set.of(),
                request.outputs());
        if (each.outputs().actionId() != null || each.outputs().actionPlan() != null) {
            // Each participant has a PAI of their own: a plan is put, and an action named, one person at a time.
            throw InvalidInputException.of("outputs", "pathway.group.individual-outputs");
        }
        Site site = validate(each, caller);
        RuleEngine engine = catalogue.ruleEngine(locale);
        Map<PersonId, Sitting> sittings = new LinkedHashMap<>();
        Map<PersonId, Verdict> verdicts = new LinkedHashMap<>();
        Map<PersonId, Verdict> refused = new LinkedHashMap<>();
        for (PersonId participant : request.participants()) {
            Sitting sitting = prepare(participant, each, site, caller);
            Verdict verdict = engine.check(sitting.check());
            sittings.put(participant, sitting);
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
        sittings.forEach((participant, sitting) -> saved.add(record(participant, session, sitting,
                verdicts.get(participant), caller)));
        return saved;
    }

    /**
     * Registers an A.1 given to a visitor who stays anonymous: only sex and age band are recorded.
     *
     * @throws RuleViolationException when the repertorio does not allow it (site, output)
     */
    public Delivery informAnonymousVisitor(InformationVisit visit, CurrentUser caller, Locale locale) {
        if (caller.role() != Role.OPERATOR) {
            audit.denied("PATHWAY_ANONYMOUS_A1", "DELIVERY", null);
            throw new AccessDeniedException("Solo gli operatori registrano le prestazioni");
        }
        DeliveryRequest request = new DeliveryRequest(ServiceCode.A1, it.retelavoro.catalogue.DeliveryMode.INDIVIDUAL,
                visit.date(), visit.minutes(), 1, visit.siteId(), visit.notes(), Set.of(), Set.of(),
                new DeliveryOutputs(visit.referral(), null, null, null, false, false));
        var problems = new InvalidInputException.Collector();
        problems.require(visit.sex() != null, "sex", "validation.required");
        problems.require(visit.ageBand() != null, "ageBand", "validation.required");
        problems.throwIfAny();
        Site site = validate(request, caller);
        UserAccount operator = network.findUser(caller.id()).orElseThrow();
        Set<OutputCode> outputs = Delivery.blankToNull(visit.referral()) == null ? Set.of()
                : Set.of(OutputCode.SERVICE_REFERRAL);
        DeliveryCheck check = new DeliveryCheck(ServiceCode.A1, request.mode(), visit.minutes(), 1, visit.date(),
                RecipientHistory.none(), Set.of(), outputs, operatorProfile(caller, operator, site),
                new SiteProfile(site.features()), RecipientProfile.ordinary(), Set.of());
        Verdict verdict = catalogue.ruleEngine(locale).check(check);
        RuleViolationException.throwIfForbidden(verdict);
        Delivery delivery = deliveries.save(Delivery.toAnonymousVisitor(visit.sex(), visit.ageBand(),
                facts(request, site, caller, outputs, verdict), clock.instant()));
        audit.success("PATHWAY_ANONYMOUS_A1", "DELIVERY", delivery.id());
        events.publishEvent(new PersonServiceDelivered(delivery.id(), null, caller.organisationId(), site.id(),
                caller.id(), ServiceCode.A1, request.mode(), delivery.date()));
        events.publishEvent(new AnonymousVisitorInformed(delivery.id(), caller.organisationId(), site.id(),
                delivery.date(), visit.sex(), visit.ageBand()));
        return delivery;
    }

    /** The person's deliveries, oldest first. Audited. */
    @Transactional
    public List<Delivery> deliveries(PersonId personId, CurrentUser caller) {
        persons.requireInCharge(personId, caller);
        audit.success("PATHWAY_READ", PERSON, personId, "part=deliveries");
        return deliveries.findByPerson(personId.value());
    }

    /** A delivery about to be registered, with everything the rule engine is asked. */
    private record Sitting(DeliveryRequest request, Site site, DeliveryCheck check, Optional<ActionPlan> planInForce) {
    }

    private Sitting prepare(PersonId personId, DeliveryRequest request, Site site, CurrentUser caller) {
        List<Delivery> past = deliveries.findByPerson(personId.value());
        List<Pact> personPacts = pacts.findByPerson(personId.value());
        List<ActionPlan> personPlans = plans.findByPerson(personId.value());
        RecipientHistory history = RecipientHistory.none();
        for (Delivery delivery : past) {
            history = history.withDelivery(delivery.service(), delivery.date());
        }
        for (Pact pact : personPacts) {
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
        Set<OutputCode> outputs = outputs(personId, request, planInForce);
        UserAccount operator = network.findUser(caller.id()).orElseThrow();
        RecipientProfile recipient = specialCategoryData.complexTargetsFor(personId, caller);
        DeliveryCheck check = new DeliveryCheck(request.service(), request.mode(), request.minutes(),
                request.meetingsOrOne(), request.date(), history, request.togetherWith(), outputs,
                operatorProfile(caller, operator, site), new SiteProfile(site.features()), recipient,
                request.functions());
        return new Sitting(request, site, check, planInForce);
    }

    /**
     * The outputs the registration carries, from what the request says was produced. The scheda anagrafica
     * (A.2) is the person's record in the registry, which exists since the person is in charge; a service of
     * A.4-A.6 is registered in the PAI when there is a signed one in force.
     */
    private Set<OutputCode> outputs(PersonId personId, DeliveryRequest request, Optional<ActionPlan> planInForce) {
        DeliveryOutputs given = request.outputs();
        Set<OutputCode> outputs = EnumSet.noneOf(OutputCode.class);
        switch (request.service()) {
            case A1 -> {
                if (Delivery.blankToNull(given.referral()) != null) {
                    outputs.add(OutputCode.SERVICE_REFERRAL);
                }
            }
            case A2 -> {
                outputs.add(OutputCode.PERSONAL_RECORD);
                if (given.pact() != null) {
                    outputs.add(OutputCode.PACT_OUTCOME);
                    if (given.pact().outcome() == Outcome.SIGNED) {
                        outputs.add(OutputCode.PACT_SIGNED);
                    }
                }
                dids.findInForce(personId.value()).filter(did -> !did.declaredOn().isAfter(request.date()))
                        .ifPresent(did -> outputs.add(OutputCode.DID_RECEIVED));
            }
            case A3 -> {
                if (given.actionPlan() != null) {
                    outputs.add(OutputCode.ACTION_PLAN_OUTCOME);
                    if (given.actionPlan().outcome() == Outcome.SIGNED) {
                        outputs.add(OutputCode.ACTION_PLAN_SIGNED);
                    }
                }
            }
            default -> {
                if (planInForce.filter(plan -> !plan.decidedOn().isAfter(request.date())).isPresent()) {
                    outputs.add(OutputCode.ACTION_PLAN_ENTRY);
                }
                if (given.interviewReferral()) {
                    outputs.add(OutputCode.INTERVIEW_REFERRAL);
                }
                if (given.jobPlacement()) {
                    outputs.add(OutputCode.JOB_PLACEMENT);
                }
            }
        }
        return outputs;
    }

    private static OperatorProfile operatorProfile(CurrentUser caller, UserAccount operator, Site site) {
        return new OperatorProfile(caller.organisationKind(), operator.competences(), operator.worksAt(site.id()));
    }

    private Delivery record(PersonId personId, GroupSessionId session, Sitting sitting, Verdict allowed,
            CurrentUser caller) {
        DeliveryRequest request = sitting.request();
        Delivery delivery = deliveries.save(Delivery.toPerson(personId, session,
                facts(request, sitting.site(), caller, sitting.check().outputs(), allowed), clock.instant()));
        audit.success("PATHWAY_DELIVERY_CREATE", PERSON, personId,
                "delivery=" + delivery.id() + " service=" + delivery.service());
        events.publishEvent(new PersonServiceDelivered(delivery.id(), personId, caller.organisationId(),
                delivery.siteId(), caller.id(), delivery.service(), delivery.mode(), delivery.date()));
        switch (delivery.service()) {
            case A2 -> Optional.ofNullable(request.outputs().pact()).ifPresent(terms -> putPact(personId, delivery,
                    terms));
            case A3 -> Optional.ofNullable(request.outputs().actionPlan()).ifPresent(terms -> putPlan(personId,
                    delivery, terms));
            case A4, A5, A6 -> sitting.planInForce().ifPresent(plan -> {
                plan.register(delivery, clock.instant());
                plans.save(plan);
            });
            default -> {
            }
        }
        return delivery;
    }

    private Delivery.Facts facts(DeliveryRequest request, Site site, CurrentUser caller, Set<OutputCode> outputs,
            Verdict verdict) {
        return new Delivery.Facts(request.service(), request.mode(), request.date(), request.minutes(),
                request.meetingsOrOne(), caller.organisationId(), site.id(), caller.id(), request.togetherWith(),
                outputs, request.functions(), request.outputs().referral(), request.outputs().actionId(),
                request.notes(), verdict.catalogueVersion().orElseThrow());
    }

    private void putPact(PersonId personId, Delivery delivery, PactTerms terms) {
        Pact pact = Pact.putTo(personId, delivery, terms, clock.instant());
        if (pact.isSigned()) {
            pacts.findByPerson(personId.value()).stream().filter(Pact::isInForce).forEach(old -> {
                old.supersededBy(pact.id());
                pacts.save(old);
            });
            events.publishEvent(new PactSigned(personId, delivery.organisationId(), delivery.date()));
        } else {
            events.publishEvent(new PactRefused(personId, delivery.organisationId(), delivery.date()));
        }
        pacts.save(pact);
    }

    private void putPlan(PersonId personId, Delivery delivery, ActionPlanTerms terms) {
        ActionPlan plan = ActionPlan.putTo(personId, delivery, terms, clock.instant());
        if (plan.isSigned()) {
            plans.findByPerson(personId.value()).stream().filter(ActionPlan::isInForce).forEach(old -> {
                old.supersededBy(plan.id());
                plans.save(old);
            });
            events.publishEvent(new ActionPlanSigned(personId, delivery.organisationId(), delivery.date()));
        } else {
            events.publishEvent(new ActionPlanRefused(personId, delivery.organisationId(), delivery.date()));
        }
        plans.save(plan);
    }

    /** Checks the fields of a delivery; answers the site, which must be one of the caller's organisation. */
    private Site validate(DeliveryRequest request, CurrentUser caller) {
        var problems = new InvalidInputException.Collector();
        problems.require(request.service() != null, "service", "validation.required");
        problems.require(request.service() == null || request.service().type() == ServiceType.PERSON, "service",
                "pathway.delivery.person-service");
        problems.require(request.mode() != null, "mode", "validation.required");
        requirePastDate(problems, request.date(), "date");
        problems.require(request.minutes() == null || (request.minutes() >= 0 && request.minutes() <= 100_000),
                "minutes", "pathway.delivery.minutes-range");
        problems.require(request.meetings() == null || (request.meetings() >= 1 && request.meetings() <= 100),
                "meetings", "pathway.delivery.meetings-range");
        problems.require(request.notes() == null || request.notes().length() <= NOTES, "notes", "validation.too-long",
                NOTES);
        problems.require(request.service() == null || !request.togetherWith().contains(request.service()),
                "togetherWith", "pathway.delivery.together-with-itself");
        DeliveryOutputs outputs = request.outputs();
        problems.require(outputs.referral() == null || outputs.referral().strip().length() <= SHORT_TEXT,
                "outputs.referral", "validation.too-long", SHORT_TEXT);
        if (outputs.pact() != null) {
            PactTerms pact = outputs.pact();
            problems.require(pact.outcome() != null, "outputs.pact.outcome", "validation.required");
            requireLength(problems, pact.responsibleOperator(), 200, "outputs.pact.responsibleOperator");
            requireLength(problems, pact.meetingFrequency(), 200, "outputs.pact.meetingFrequency");
            requireLength(problems, pact.jobSearchActs(), NOTES, "outputs.pact.jobSearchActs");
            requireLength(problems, pact.jobSearchTiming(), 500, "outputs.pact.jobSearchTiming");
        }
        if (outputs.actionPlan() != null) {
            ActionPlanTerms plan = outputs.actionPlan();
            problems.require(plan.outcome() != null, "outputs.actionPlan.outcome", "validation.required");
            requireLength(problems, plan.specificNeedText(), NOTES, "outputs.actionPlan.specificNeedText");
            for (int i = 0; i < plan.actions().size(); i++) {
                validate(plan.actions().get(i), "outputs.actionPlan.actions[" + i + "]", problems);
            }
        }
        problems.require(request.siteId() != null, "siteId", "validation.required");
        problems.throwIfAny();
        return network.findSite(request.siteId()).filter(site -> caller.belongsTo(site.organisationId()))
                .orElseThrow(() -> InvalidInputException.of("siteId", "pathway.site.not-of-organisation"));
    }

    private static void validate(PlannedActionRequest action, String field, InvalidInputException.Collector problems) {
        if (action == null) {
            problems.add(field, "validation.required");
            return;
        }
        problems.require(action.description() != null && !action.description().isBlank(), field + ".description",
                "validation.required");
        requireLength(problems, action.description(), 1000, field + ".description");
        problems.sensibleDate(action.dueOn(), field + ".dueOn");
        problems.require(action.service() == null || action.service().type() == ServiceType.PERSON,
                field + ".service", "pathway.delivery.person-service");
    }

    private static void requireLength(InvalidInputException.Collector problems, String text, int max, String field) {
        problems.require(text == null || text.strip().length() <= max, field, "validation.too-long", max);
    }

    private void requirePastDate(InvalidInputException.Collector problems, LocalDate date, String field) {
        if (date == null) {
            problems.add(field, "validation.required");
        } else if (RuleEngine.isInTheFuture(date, clock)) {
            problems.add(field, "pathway.date.future");
        } else {
            problems.sensibleDate(date, field);
        }
    }

    // --- Patto and PAI -------------------------------------------------------------------------------

    /** The Patti put to the person, oldest first. Audited. */
    @Transactional
    public List<Pact> pacts(PersonId personId, CurrentUser caller) {
        persons.requireInCharge(personId, caller);
        audit.success("PATHWAY_READ", PERSON, personId, "part=pacts");
        return pacts.findByPerson(personId.value());
    }

    /** The PAIs put to the person, oldest first, each with its actions and log. Audited. */
    @Transactional
    public List<ActionPlan> actionPlans(PersonId personId, CurrentUser caller) {
        persons.requireInCharge(personId, caller);
        audit.success("PATHWAY_READ", PERSON, personId, "part=action-plans");
        return plans.findByPerson(personId.value());
    }

    /**
     * Moves an action of the PAI in force to a new state, logged in the plan.
     *
     * @throws NotFoundException     when the person has no PAI in force with the action
     * @throws InvalidInputException state or date missing, date in the future, action already closed
     */
    public ActionPlan updateAction(PersonId personId, ActionId actionId, ActionUpdate update, CurrentUser caller) {
        persons.requireInCharge(personId, caller);
        ActionPlan plan = planInForceWith(personId, actionId);
        var problems = new InvalidInputException.Collector();
        problems.require(update.state() != null, "state", "validation.required");
        LocalDate day = update.date() == null ? LocalDate.now(clock) : update.date();
        requirePastDate(problems, day, "date");
        requireLength(problems, update.note(), 1000, "note");
        problems.require(plan.action(actionId).map(action -> !action.state().isClosed()).orElse(false), "state",
                "pathway.action.closed");
        problems.throwIfAny();
        plan.move(actionId, update.state(), day, caller.id(), update.note(), clock.instant());
        ActionPlan saved = plans.save(plan);
        audit.success("PATHWAY_ACTION_UPDATE", PERSON, personId, "action=" + actionId + " state=" + update.state());
        return saved;
    }

    /** Adds an action to the PAI in force. */
    public ActionPlan addAction(PersonId personId, PlannedActionRequest action, CurrentUser caller) {
        persons.requireInCharge(personId, caller);
        ActionPlan plan = plans.findByPerson(personId.value()).stream().filter(ActionPlan::isInForce).findFirst()
                .orElseThrow(() -> new NotFoundException("action-plan", personId));
        var problems = new InvalidInputException.Collector();
        validate(action, "action", problems);
        problems.throwIfAny();
        plan.plan(action, LocalDate.now(clock), caller.id(), clock.instant());
        ActionPlan saved = plans.save(plan);
        audit.success("PATHWAY_ACTION_CREATE", PERSON, personId);
        return saved;
    }

    /** Records in the PAI in force the specific need that opens A.4, found after the plan was signed. */
    public ActionPlan recordSpecificNeed(PersonId personId, SpecificNeed need, CurrentUser caller) {
        persons.requireInCharge(personId, caller);
        ActionPlan plan = plans.findByPerson(personId.value()).stream().filter(ActionPlan::isInForce).findFirst()
                .orElseThrow(() -> new NotFoundException("action-plan", personId));
        var problems = new InvalidInputException.Collector();
        problems.require(need.text() != null && !need.text().isBlank(), "text", "validation.required");
        requireLength(problems, need.text(), NOTES, "text");
        LocalDate day = need.date() == null ? LocalDate.now(clock) : need.date();
        requirePastDate(problems, day, "date");
        problems.require(!day.isBefore(plan.decidedOn()), "date", "pathway.plan.before-plan");
        problems.throwIfAny();
        plan.recordSpecificNeed(need.text(), day, caller.id(), clock.instant());
        ActionPlan saved = plans.save(plan);
        audit.success("PATHWAY_SPECIFIC_NEED", PERSON, personId);
        return saved;
    }

    private ActionPlan planInForceWith(PersonId personId, ActionId actionId) {
        return plans.findByPerson(personId.value()).stream().filter(ActionPlan::isInForce)
                .filter(plan -> plan.action(actionId).isPresent()).findFirst()
                .orElseThrow(() -> new NotFoundException("action", actionId));
    }

    // --- training and internships --------------------------------------------------------------------

    /**
     * Records a step of the person's training; when it belongs to an action of the PAI in force, the action
     * moves (in progress on referral and enrolment, done on completion) and the plan logs it.
     */
    public TrainingEvent recordTraining(PersonId personId, TrainingRecord record, CurrentUser caller) {
        persons.requireInCharge(personId, caller);
        lockPathwayOf(personId);
        var problems = new InvalidInputException.Collector();
        problems.require(record.event() != null, "event", "validation.required");
        requirePastDate(problems, record.date(), "date");
        problems.require(record.course() != null && !record.course().isBlank(), "course", "validation.required");
        requireLength(problems, record.course(), SHORT_TEXT, "course");
        requireLength(problems, record.provider(), SHORT_TEXT, "provider");
        problems.require(record.hours() == null || (record.hours() >= 0 && record.hours() <= 10_000), "hours",
                "pathway.training.hours-range");
        problems.require(record.event() != TrainingEventKind.COMPLETED || record.hours() != null, "hours",
                "validation.required");
        problems.throwIfAny();
        Optional<ActionPlan> plan = record.actionId() == null ? Optional.empty()
                : Optional.of(planInForceWithOrInvalid(personId, record.actionId()));
        TrainingEvent event = training.save(TrainingEvent.record(personId, caller.organisationId(), record.event(),
                record.date(), record.course(), record.provider(), record.hours(), record.actionId(), caller.id(),
                clock.instant()));
        plan.ifPresent(found -> {
            found.note(ActionPlan.EventKind.TRAINING_RECORDED, record.date(), caller.id(), record.actionId(),
                    record.event().actionState(), record.course(), clock.instant());
            plans.save(found);
        });
        audit.success("PATHWAY_TRAINING_CREATE", PERSON, personId, "event=" + record.event());
        events.publishEvent(new TrainingEventRecorded(event.id(), personId, caller.organisationId(), record.event(),
                record.date(), record.hours()));
        return event;
    }

    /** The person's training steps, oldest first. Audited. */
    @Transactional
    public List<TrainingEvent> training(PersonId personId, CurrentUser caller) {
        persons.requireInCharge(personId, caller);
        audit.success("PATHWAY_READ", PERSON, personId, "part=training");
        return training.findByPerson(personId.value());
    }

    /** Records an internship agreed with a host; it is activated later. */
    public Internship planInternship(PersonId personId, InternshipPlan plan, CurrentUser caller) {
        persons.requireInCharge(personId, caller);
        lockPathwayOf(personId);
        var problems = new InvalidInputException.Collector();
        problems.require(plan.start() != null, "start", "validation.required");
        problems.require(plan.end() != null, "end", "validation.required");
        problems.sensibleDate(plan.start(), "start").sensibleDate(plan.end(), "end");
        problems.require(plan.start() == null || plan.end() == null || !plan.end().isBefore(plan.start()), "end",
                "pathway.internship.end-before-start");
        problems.require(plan.host() != null && !plan.host().isBlank(), "host", "validation.required");
        requireLength(problems, plan.host(), SHORT_TEXT, "host");
        problems.require(plan.tutor() != null && !plan.tutor().isBlank(), "tutor", "validation.required");
        requireLength(problems, plan.tutor(), 200, "tutor");
        problems.throwIfAny();
        Optional<ActionPlan> actionPlan = plan.actionId() == null ? Optional.empty()
                : Optional.of(planInForceWithOrInvalid(personId, plan.actionId()));
        Internship internship = internships.save(Internship.plan(personId, caller.organisationId(), plan.start(),
                plan.end(), plan.host(), plan.tutor(), plan.actionId(), caller.id(), clock.instant()));
        actionPlan.ifPresent(found -> {
            found.note(ActionPlan.EventKind.INTERNSHIP_RECORDED, LocalDate.now(clock), caller.id(), plan.actionId(),
                    null, plan.host(), clock.instant());
            plans.save(found);
        });
        audit.success("PATHWAY_INTERNSHIP_CREATE", PERSON, personId, "internship=" + internship.id());
        return internship;
    }

    /**
     * Activates an internship on a day: its own event for monitoring (tirocini attivati).
     *
     * @throws ConflictException when it is already active
     */
    public Internship activateInternship(PersonId personId, InternshipId internshipId, LocalDate on,
            CurrentUser caller) {
        persons.requireInCharge(personId, caller);
        lockPathwayOf(personId);
        Internship internship = internships.findById(internshipId.value())
                .filter(found -> found.personId().equals(personId))
                .orElseThrow(() -> new NotFoundException("internship", internshipId));
        var problems = new InvalidInputException.Collector();
        LocalDate day = on == null ? LocalDate.now(clock) : on;
        requirePastDate(problems, day, "date");
        problems.throwIfAny();
        if (internship.state() == InternshipState.ACTIVE) {
            throw new ConflictException("pathway.internship.already-active", List.of(), null);
        }
        internship.activate(day);
        Internship saved = internships.save(internship);
        internship.actionId().ifPresent(actionId -> plans.findByPerson(personId.value()).stream()
                .filter(ActionPlan::isInForce).filter(plan -> plan.action(actionId).isPresent()).findFirst()
                .ifPresent(plan -> {
                    plan.note(ActionPlan.EventKind.INTERNSHIP_RECORDED, day, caller.id(), actionId,
                            ActionState.IN_PROGRESS, internship.host(), clock.instant());
                    plans.save(plan);
                }));
        audit.success("PATHWAY_INTERNSHIP_ACTIVATE", PERSON, personId, "internship=" + internshipId);
        events.publishEvent(new InternshipActivated(internshipId, personId, caller.organisationId(), day));
        return saved;
    }

    /** The person's internships. Audited. */
    @Transactional
    public List<Internship> internships(PersonId personId, CurrentUser caller) {
        persons.requireInCharge(personId, caller);
        audit.success("PATHWAY_READ", PERSON, personId, "part=internships");
        return internships.findByPerson(personId.value());
    }

    private ActionPlan planInForceWithOrInvalid(PersonId personId, ActionId actionId) {
        return plans.findByPerson(personId.value()).stream().filter(ActionPlan::isInForce)
                .filter(plan -> plan.action(actionId).isPresent()).findFirst()
                .orElseThrow(() -> InvalidInputException.of("actionId", "pathway.action.unknown"));
    }

    // --- the whole pathway ---------------------------------------------------------------------------

    /** The person's whole pathway, for their page and timeline. Audited as one read. */
    @Transactional
    public PathwayOverview overview(PersonId personId, CurrentUser caller) {
        PersonSummary person = persons.requireInCharge(personId, caller);
        audit.success("PATHWAY_READ", PERSON, personId, "part=overview");
        return new PathwayOverview(person, lastDid(personId), pacts.findByPerson(personId.value()),
                plans.findByPerson(personId.value()), deliveries.findByPerson(personId.value()),
                training.findByPerson(personId.value()), internships.findByPerson(personId.value()));
    }

    /** The person's timeline, oldest first. Audited. */
    @Transactional
    public List<TimelineEntry> timeline(PersonId personId, CurrentUser caller) {
        return overview(personId, caller).timeline();
    }

    /**
     * The last Patto put to the person, with what its printed form carries. Reading it for print is a read
     * of personal data: audited as {@code PATHWAY_PACT_PRINT}.
     *
     * @throws NotFoundException when no Patto was put to the person
     */
    @Transactional
    public Map.Entry<Pact, PrintableDocument> pactForPrint(PersonId personId, CurrentUser caller) {
        PersonSummary person = persons.requireInCharge(personId, caller);
        List<Pact> all = pacts.findByPerson(personId.value());
        Pact pact = all.stream().filter(Pact::isInForce).findFirst()
                .orElseGet(() -> all.isEmpty() ? null : all.get(all.size() - 1));
        if (pact == null) {
            throw new NotFoundException("pact", personId);
        }
        audit.success("PATHWAY_PACT_PRINT", PERSON, personId, "pact=" + pact.id());
        return Map.entry(pact, printable(person, pact.organisationId(), pact.siteId(), pact.operatorId()));
    }

    /**
     * The PAI in force (or the last one put to the person), with what its printed form carries. Audited as
     * {@code PATHWAY_ACTION_PLAN_PRINT}.
     *
     * @throws NotFoundException when no PAI was put to the person
     */
    @Transactional
    public Map.Entry<ActionPlan, PrintableDocument> actionPlanForPrint(PersonId personId, CurrentUser caller) {
        PersonSummary person = persons.requireInCharge(personId, caller);
        List<ActionPlan> all = plans.findByPerson(personId.value());
        ActionPlan plan = all.stream().filter(ActionPlan::isInForce).findFirst()
                .orElseGet(() -> all.isEmpty() ? null : all.get(all.size() - 1));
        if (plan == null) {
            throw new NotFoundException("action-plan", personId);
        }
        audit.success("PATHWAY_ACTION_PLAN_PRINT", PERSON, personId, "plan=" + plan.id());
        return Map.entry(plan, printable(person, plan.organisationId(), plan.siteId(), plan.operatorId()));
    }

    private PrintableDocument printable(PersonSummary person, OrganisationId organisation, SiteId siteId,
            it.retelavoro.shared.UserId operatorId) {
        Optional<Site> site = network.findSite(siteId);
        return new PrintableDocument(person,
                network.findOrganisation(organisation).map(Organisation::name).orElse(""),
                site.map(Site::name).orElse(""), site.map(Site::address).orElse(null),
                network.findUser(operatorId).map(UserAccount::fullName).orElse(""));
    }

    /**
     * Whether a person may be sent to a company on a day, as A.6 requires: a Patto di Servizio signed and an
     * A.3 delivered on or before that day. No access check: the asking module decides what its caller may do.
     */
    @Transactional(readOnly = true)
    public ReferralReadiness referralReadiness(PersonId personId, LocalDate on) {
        boolean pactSigned = pacts.findByPerson(personId.value()).stream()
                .anyMatch(pact -> pact.isSigned() && !pact.decidedOn().isAfter(on));
        boolean guidanceDone = deliveries.findByPerson(personId.value()).stream()
                .anyMatch(delivery -> delivery.service() == ServiceCode.A3 && !delivery.date().isAfter(on));
        return new ReferralReadiness(pactSigned, guidanceDone);
    }

    /** What a referral needs from the person's pathway. */
    public record ReferralReadiness(boolean pactSigned, boolean guidanceDone) {
    }

    /**
     * A hire through a referral, recorded in the PAI in force: its open A.6 action is done, or the placement
     * is noted. Called by the referral module, which has checked who may record the hire.
     */
    public void recordPlacement(PersonId personId, LocalDate on, UserId by, String note) {
        plans.findByPerson(personId.value()).stream().filter(ActionPlan::isInForce).findFirst().ifPresent(plan -> {
            plan.recordPlacement(on, by, note, clock.instant());
            plans.save(plan);
        });
    }

    /** The CPIs a DID may be sent to, by name, for an agency that must choose one. */
    @Transactional(readOnly = true)
    public List<Organisation> cpis() {
        return cpis.all().stream().map(network::findOrganisation).flatMap(Optional::stream)
                .sorted(java.util.Comparator.comparing(Organisation::name)).toList();
    }

    /** The sites where the caller may deliver services: those of their organisation. */
    @Transactional(readOnly = true)
    public List<Site> sitesOf(CurrentUser caller) {
        return network.allSites(caller);
    }
}
