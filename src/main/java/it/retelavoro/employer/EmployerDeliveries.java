package it.retelavoro.employer;

import static it.retelavoro.employer.EmployerAccess.maxLength;

import it.retelavoro.audit.AuditLog;
import it.retelavoro.catalogue.Catalogue;
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
import it.retelavoro.employer.EmployerCommands.DeliveryOutputs;
import it.retelavoro.employer.EmployerCommands.NewDelivery;
import it.retelavoro.employer.EmployerEvents.EmployerServiceDelivered;
import it.retelavoro.network.NetworkManagement;
import it.retelavoro.network.Site;
import it.retelavoro.network.UserAccount;
import it.retelavoro.shared.ConflictException;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.InvalidInputException;
import it.retelavoro.shared.TransactionLocks;
import it.retelavoro.catalogue.DeliveryMode;
import it.retelavoro.network.Organisation;
import it.retelavoro.shared.OrganisationKind;
import it.retelavoro.shared.SiteId;
import it.retelavoro.shared.UserId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The standard services B.1-B.4 delivered to companies, each judged by the catalogue's rule engine before
 * it is registered. Audited as {@code EMPLOYER_DELIVERY_*} (a registration the repertorio forbids too);
 * publishes {@link EmployerServiceDelivered}.
 */
@Service
@Transactional
public class EmployerDeliveries {

    private static final int MAX_MINUTES = 24 * 60;

    private final EmployerDeliveryRepository deliveries;
    private final VacancyRepository vacancies;
    private final CompanyPacts pacts;
    private final EmployerAccess access;
    private final NetworkManagement network;
    private final Catalogue catalogue;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final TransactionLocks locks;
    private final Clock clock;

    EmployerDeliveries(EmployerDeliveryRepository deliveries, VacancyRepository vacancies, CompanyPacts pacts,
            EmployerAccess access, NetworkManagement network, Catalogue catalogue, AuditLog audit,
            ApplicationEventPublisher events, TransactionLocks locks, Clock clock) {
        this.deliveries = deliveries;
        this.vacancies = vacancies;
        this.pacts = pacts;
        this.access = access;
        this.network = network;
        this.catalogue = catalogue;
        this.audit = audit;
        this.events = events;
        this.locks = locks;
        this.clock = clock;
    }

    /**
     * Registers a standard service B.1-B.4 delivered to a company, after the catalogue's rule engine has
     * judged it by the version in force on its date, against the company's history as it was that day. A
     * B.2 registers the company Patto (a signed one opens the action plan); a B.3 or B.4 after the
     * signature is entered in the plan.
     *
     * @throws InvalidInputException  when the request is malformed, dated in the future, or names a site of
     *                                another organisation or a vacancy of another company
     * @throws RuleViolationException when the repertorio does not allow it: nothing is saved
     * @throws ConflictException      when a B.2 registers a Patto for a company that signed one already
     */
    public EmployerDelivery deliver(EmployerId employerId, NewDelivery command, CurrentUser caller, Locale locale) {
        Employer employer = access.serving(employerId, caller, "EMPLOYER_DELIVERY_CREATE");
        Site site = validate(employer, command, caller);
        // the company's Patto and history, read below, as a concurrent B.1-B.4 for it committed them
        locks.lock("employer", employerId.value());
        return judgeAndRecord(employer, command, site, Set.of(), caller.id(), caller.organisationKind(), locale);
    }

    /**
     * The B.4 a referral to a job interview belongs to (issue 13: the B.4 output "Invio di lavoratori per
     * colloqui di selezione", so that 10.1 is counted within B.4): the B.4 the company's organisation delivered
     * for the vacancy on the referral's day, which the referral joins, or else a new B.4 in back office for the
     * vacancy carrying that output, judged by the rule engine like any B.4. It is registered by the caller at
     * their site when the caller's organisation serves the company; when another organisation refers its person,
     * by the operator who registered the company's signed Patto, at its site (the company's reference there).
     *
     * @param siteId the caller's site, used when the caller serves the company
     * @throws RuleViolationException when the repertorio does not allow the B.4; nothing saved
     */
    public EmployerDeliveryId registerForReferral(VacancyId vacancyId, LocalDate date, SiteId siteId,
            CurrentUser caller, Locale locale) {
        Vacancy vacancy = access.loadVacancy(vacancyId);
        Employer employer = access.load(vacancy.employerId());
        locks.lock("employer", employer.id().value());
        Optional<EmployerDelivery> sameDay = deliveries.findByEmployer(employer.id()).stream()
                .filter(delivery -> delivery.service() == ServiceCode.B4 && delivery.date().equals(date)
                        && delivery.organisationId().equals(employer.organisationId()) && !delivery.isCancelled()
                        && delivery.vacancyId().filter(vacancyId::equals).isPresent())
                .findFirst();
        if (sameDay.isPresent()) {
            return sameDay.get().id();
        }
        UserId operator = caller.id();
        OrganisationKind kind = caller.organisationKind();
        SiteId site = siteId;
        if (!employer.isServedBy(caller.organisationId())) {
            CompanyPact pact = pacts.signed(employer.id()).orElseThrow(() -> new IllegalStateException(
                    "referral to a company without a signed Patto"));
            operator = pact.operatorId();
            site = pact.siteId();
            kind = network.findOrganisation(employer.organisationId()).map(Organisation::kind).orElseThrow();
        }
        Site where = Optional.ofNullable(site).flatMap(network::findSite)
                .filter(found -> found.organisationId().equals(employer.organisationId()))
                .orElseThrow(() -> InvalidInputException.of("siteId", "employer.validation.site"));
        NewDelivery command = new NewDelivery(ServiceCode.B4, DeliveryMode.BACK_OFFICE, date, null, where.id(), null,
                null, new DeliveryOutputs(null, null, null, Set.of(), List.of(), vacancyId, List.of()));
        return judgeAndRecord(employer, command, where, Set.of(OutputCode.INTERVIEW_REFERRAL), operator, kind, locale)
                .id();
    }

    /** Judges a B.1-B.4 by the rule engine and, when allowed, records it with its Patto and event. */
    private EmployerDelivery judgeAndRecord(Employer employer, NewDelivery command, Site site,
            Set<OutputCode> given, UserId operatorId, OrganisationKind kind, Locale locale) {
        EmployerId employerId = employer.id();
        DeliveryOutputs produced = command.outputs();
        Optional<CompanyPact> signed = pacts.signed(employerId);
        CompanyPacts.requireNoneSigned(employerId, command, signed);
        Set<OutputCode> outputs = EnumSet.noneOf(OutputCode.class);
        outputs.addAll(EmployerDelivery.outputsOf(command,
                signed.filter(pact -> pact.planOpenOn(command.date())).isPresent()));
        outputs.addAll(given);
        UserAccount operator = network.findUser(operatorId)
                .orElseThrow(() -> new AccessDeniedException("Operatore sconosciuto"));
        RecipientHistory history = RecipientHistory.none();
        for (EmployerDelivery earlier : deliveries.findByEmployer(employerId)) {
            if (!earlier.isCancelled()) {
                // a cancelled act is no part of the history (issue 13)
                history = history.withDelivery(earlier.service(), earlier.date());
            }
        }
        if (signed.isPresent()) {
            history = history.withCompanyPactSignedOn(signed.get().date());
        }
        DeliveryCheck check = new DeliveryCheck(command.service(), command.mode(), command.minutes(), 1,
                command.date(), history, Set.of(), outputs,
                new OperatorProfile(kind, operator.competences(), operator.worksAt(site.id())),
                new SiteProfile(site.features()), RecipientProfile.ordinary(), Set.of())
                .withRegisteredOn(LocalDate.now(clock));
        access.requireOpenPeriod(command.date(), locale);
        Verdict verdict = catalogue.ruleEngine(locale).check(check);
        if (!verdict.isAllowed()) {
            audit.failed("EMPLOYER_DELIVERY_CREATE", "EMPLOYER", employerId, "rule-violation " + command.service()
                    + " " + verdict.codes().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
            throw new RuleViolationException(verdict);
        }
        EmployerDelivery delivery = deliveries.save(EmployerDelivery.record(EmployerDeliveryId.random(), employerId,
                employer.organisationId(), site.id(), operatorId, command, outputs,
                verdict.catalogueVersion().orElseThrow(), clock.instant()));
        Boolean pactSigned = pacts.afterDelivery(employer, delivery, site.id(), operatorId, command, signed);
        events.publishEvent(new EmployerServiceDelivered(employerId, employer.organisationId(), site.id(),
                operatorId, command.service(), command.date(),
                command.service() == ServiceCode.B1 ? produced.interest() : null, pactSigned, delivery.id(),
                produced.vacancyIds().size()));
        audit.success("EMPLOYER_DELIVERY_CREATE", "EMPLOYER", employerId,
                "delivery=" + delivery.id() + " service=" + command.service());
        return delivery;
    }

    /** Checks the shape of the request (not the repertorio's rules); returns the site of delivery. */
    private Site validate(Employer employer, NewDelivery command, CurrentUser caller) {
        var problems = new InvalidInputException.Collector();
        ServiceCode service = command.service();
        problems.require(service != null && service.type() == ServiceType.EMPLOYER, "service",
                "employer.validation.service");
        problems.require(command.mode() != null, "mode", "validation.required");
        problems.require(command.date() != null, "date", "validation.required");
        problems.require(command.date() == null || !RuleEngine.isInTheFuture(command.date(), clock), "date",
                "employer.validation.future-date");
        problems.require(command.minutes() == null || (command.minutes() >= 0 && command.minutes() <= MAX_MINUTES),
                "minutes", "employer.validation.minutes", MAX_MINUTES);
        Site site = null;
        if (command.siteId() == null) {
            problems.add("siteId", "validation.required");
        } else {
            site = network.findSite(command.siteId()).orElse(null);
            problems.require(site != null && site.organisationId().equals(caller.organisationId()), "siteId",
                    "employer.validation.site");
        }
        maxLength(command.needs(), EmployerDelivery.NEEDS_MAX, "needs", problems);
        DeliveryOutputs produced = command.outputs();
        if (service == ServiceCode.B1) {
            problems.require(command.place() != null, "place", "validation.required");
        }
        problems.require(produced.interest() == null || service == ServiceCode.B1, "outputs.interest",
                "employer.validation.output-of-other-service", "B1");
        problems.require(produced.pactOutcome() == null || service == ServiceCode.B2, "outputs.pact",
                "employer.validation.output-of-other-service", "B2");
        maxLength(produced.commitments(), CompanyPact.COMMITMENTS_MAX, "outputs.pact.commitments", problems);
        problems.require(produced.plannedServices().stream().allMatch(s -> s.type() == ServiceType.EMPLOYER),
                "outputs.pact.plannedServices", "employer.validation.service");
        if (service == ServiceCode.B3) {
            problems.require(!produced.topics().isEmpty(), "outputs.topics", "validation.required");
        } else {
            problems.require(produced.topics().isEmpty(), "outputs.topics",
                    "employer.validation.output-of-other-service", "B3");
        }
        if (service == ServiceCode.B4) {
            problems.require(produced.vacancyId() != null && isVacancyOf(produced.vacancyId(), employer),
                    "outputs.vacancyId", "employer.validation.vacancy");
        } else {
            problems.require(produced.vacancyId() == null, "outputs.vacancyId",
                    "employer.validation.output-of-other-service", "B4");
        }
        problems.require(produced.vacancyIds().isEmpty() || service == ServiceCode.B1 || service == ServiceCode.B2,
                "outputs.vacancyIds", "employer.validation.output-of-other-service", "B1, B2");
        problems.require(produced.vacancyIds().stream().allMatch(id -> id != null && isVacancyOf(id, employer)),
                "outputs.vacancyIds", "employer.validation.vacancy");
        problems.throwIfAny();
        return site;
    }

    private boolean isVacancyOf(VacancyId vacancy, Employer employer) {
        return vacancies.findById(vacancy).filter(found -> found.employerId().equals(employer.id())).isPresent();
    }

    /** The services delivered to a company, oldest first (to a former organisation, those it delivered). */
    public List<EmployerDelivery> deliveries(EmployerId id, CurrentUser caller) {
        boolean serving = access.readable(id, caller, "EMPLOYER_DELIVERY_READ").isServedBy(caller.organisationId());
        audit.success("EMPLOYER_DELIVERY_READ", "EMPLOYER", id);
        // an organisation that lost the company on its choice reads the services it delivered itself
        return deliveries.findByEmployer(id).stream()
                .filter(delivery -> serving || caller.belongsTo(delivery.organisationId())).toList();
    }
}
