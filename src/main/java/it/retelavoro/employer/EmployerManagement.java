package it.retelavoro.employer;

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
import it.retelavoro.employer.EmployerCommands.ContactDetails;
import it.retelavoro.employer.EmployerCommands.DeliveryOutputs;
import it.retelavoro.employer.EmployerCommands.EmployerDetails;
import it.retelavoro.employer.EmployerCommands.LanguageRequirement;
import it.retelavoro.employer.EmployerCommands.NewDelivery;
import it.retelavoro.employer.EmployerCommands.NewEmployer;
import it.retelavoro.employer.EmployerCommands.NewVacancy;
import it.retelavoro.employer.EmployerCommands.SiteDetails;
import it.retelavoro.employer.EmployerCommands.StateChange;
import it.retelavoro.employer.EmployerEvents.CompanyPactSigned;
import it.retelavoro.employer.EmployerEvents.EmployerRegistered;
import it.retelavoro.employer.EmployerEvents.EmployerServiceDelivered;
import it.retelavoro.employer.EmployerEvents.VacancyRegistered;
import it.retelavoro.employer.EmployerEvents.VacancyStateChanged;
import it.retelavoro.network.NetworkManagement;
import it.retelavoro.network.Organisation;
import it.retelavoro.network.Site;
import it.retelavoro.network.UserAccount;
import it.retelavoro.reference.AtecoClassification;
import it.retelavoro.reference.Comuni;
import it.retelavoro.shared.ConflictException;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.InvalidInputException;
import it.retelavoro.shared.NotFoundException;
import it.retelavoro.shared.OrganisationId;
import it.retelavoro.shared.UserId;
import it.retelavoro.shared.Role;
import it.retelavoro.shared.TransactionLocks;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The employer side of the network: the registry of companies, the standard services B.1-B.4 delivered to
 * them (each judged by the catalogue's rule engine), the company Patto di Servizio with its action plan,
 * and the vacancies.
 *
 * <p>A company is taken in charge by the organisation whose operator registers it; only that
 * organisation's users see its record, deliver services to it and handle its vacancies. Others learn that
 * it exists and who serves it. Every read and write is audited in the same transaction; a denial or a
 * registration the repertorio forbids is audited on its own.
 *
 * <p>For the other modules (referrals, the job board, monitoring): {@link #findVacancy},
 * {@link #findEmployer}, {@link #companyPactSignedOn} and {@link #servingOrganisation} answer without a
 * caller; the module asking decides what its caller may see.
 */
@Service
@Transactional
public class EmployerManagement {

    /** Who changes a vacancy's state when no person does (the daily expiry). */
    static final UserId SYSTEM = new UserId(new java.util.UUID(0, 0));

    static final int NAME_SEARCH_LIMIT = 50;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("[+0-9 ./()-]{5,30}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    private static final int MAX_MINUTES = 24 * 60;

    private final EmployerRepository employers;
    private final EmployerDeliveryRepository deliveries;
    private final CompanyPactRepository pacts;
    private final VacancyRepository vacancies;
    private final NetworkManagement network;
    private final Catalogue catalogue;
    private final Comuni comuni;
    private final AtecoClassification ateco;
    private final OccupationCodes occupations;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final TransactionLocks locks;
    private final Clock clock;

    EmployerManagement(EmployerRepository employers, EmployerDeliveryRepository deliveries,
            CompanyPactRepository pacts, VacancyRepository vacancies, NetworkManagement network, Catalogue catalogue,
            Comuni comuni, AtecoClassification ateco, OccupationCodes occupations, AuditLog audit,
            ApplicationEventPublisher events, TransactionLocks locks, Clock clock) {
        this.employers = employers;
        this.deliveries = deliveries;
        this.pacts = pacts;
        this.vacancies = vacancies;
        this.network = network;
        this.catalogue = catalogue;
        this.comuni = comuni;
        this.ateco = ateco;
        this.occupations = occupations;
        this.audit = audit;
        this.events = events;
        this.locks = locks;
        this.clock = clock;
    }

    // --- registry ------------------------------------------------------------------------------------

    /**
     * Registers a company and takes it in charge for the caller's organisation.
     *
     * @throws InvalidInputException when a field is invalid (fiscal code, ATECO, comune, ...)
     * @throws ConflictException     when the fiscal code is registered already, pointing to the record
     */
    public Employer register(NewEmployer command, CurrentUser caller) {
        requireOperator(caller, "EMPLOYER_CREATE", null);
        var problems = new InvalidInputException.Collector();
        String fiscalCode = EmployerFiscalCode.normalise(command.fiscalCode());
        problems.require(EmployerFiscalCode.isValid(fiscalCode), "fiscalCode", "employer.validation.fiscal-code");
        EmployerDetails details = command.details() == null
                ? new EmployerDetails(null, null, null, null, null, null, null, null) : command.details();
        validate(details, problems);
        problems.throwIfAny();
        // a concurrent registration of the same code waits for this one, then finds it here
        locks.lock("employer.fiscal-code", fiscalCode);
        Optional<Employer> existing = employers.findByFiscalCode(fiscalCode);
        if (existing.isPresent()) {
            audit.failed("EMPLOYER_CREATE", "EMPLOYER", existing.get().id(), "duplicate");
            throw new ConflictException("employer.duplicate", List.of(organisationName(existing.get().organisationId())),
                    "/api/v1/employers/" + existing.get().id());
        }
        EmployerFiscalCode code = new EmployerFiscalCode(fiscalCode);
        if (details.legalForm() == null && code.isNaturalPerson()) {
            details = new EmployerDetails(details.name(), LegalForm.DITTA_INDIVIDUALE, details.ateco(),
                    details.sizeClass(), details.comune(), details.address(), details.sites(), details.contacts());
        }
        LocalDate today = LocalDate.now(clock);
        Employer employer = employers.save(Employer.register(code, details, caller.organisationId(), today,
                clock.instant()));
        events.publishEvent(new EmployerRegistered(employer.id(), employer.organisationId(), today,
                employer.atecoCode(), employer.sizeClass(), employer.comuneCode(), employer.isSoleTrader()));
        audit.success("EMPLOYER_CREATE", "EMPLOYER", employer.id());
        return employer;
    }

    private void validate(EmployerDetails details, InvalidInputException.Collector problems) {
        requireText(details.name(), 200, "name", problems);
        problems.require(details.ateco() != null && ateco.isActivityCode(details.ateco()), "ateco",
                "employer.validation.ateco");
        problems.require(details.sizeClass() != null, "sizeClass", "validation.required");
        problems.require(details.comune() != null && comuni.exists(details.comune()), "comune", "validation.comune");
        maxLength(details.address(), 300, "address", problems);
        for (int i = 0; i < details.sites().size(); i++) {
            SiteDetails site = details.sites().get(i);
            problems.require(site != null && comuni.exists(site.comune()), "sites[" + i + "].comune",
                    "validation.comune");
            requireText(site == null ? null : site.address(), 300, "sites[" + i + "].address", problems);
        }
        for (int i = 0; i < details.contacts().size(); i++) {
            ContactDetails contact = details.contacts().get(i);
            String field = "contacts[" + i + "].";
            requireText(contact == null ? null : contact.name(), 200, field + "name", problems);
            if (contact != null) {
                maxLength(contact.role(), 100, field + "role", problems);
                problems.require(isBlank(contact.phone()) || PHONE.matcher(contact.phone().strip()).matches(),
                        field + "phone", "employer.validation.phone");
                problems.require(isBlank(contact.email()) || (EMAIL.matcher(contact.email().strip()).matches()
                        && contact.email().strip().length() <= 200), field + "email", "employer.validation.email");
            }
        }
    }

    /**
     * Completes or corrects the record of a company (name, form, activity, size, office, sites, contacts),
     * e.g. during a B.2; the fiscal code never changes.
     *
     * @throws org.springframework.dao.OptimisticLockingFailureException when the record changed since it was read
     */
    public Employer changeRecord(EmployerId id, EmployerDetails details, int expectedVersion, CurrentUser caller) {
        Employer employer = load(id);
        requireServing(employer, caller, "EMPLOYER_UPDATE");
        var problems = new InvalidInputException.Collector();
        validate(details, problems);
        problems.throwIfAny();
        if (employer.version() != expectedVersion) {
            throw new org.springframework.dao.OptimisticLockingFailureException("employer " + id);
        }
        employer.describe(details);
        Employer saved = employers.save(employer);
        audit.success("EMPLOYER_UPDATE", "EMPLOYER", id);
        return saved;
    }

    /**
     * The record of a company, for its serving organisation.
     *
     * @throws NotFoundException     when there is no such company
     * @throws AccessDeniedException when another organisation serves it
     */
    public Employer employer(EmployerId id, CurrentUser caller) {
        Employer employer = load(id);
        requireServing(employer, caller, "EMPLOYER_READ");
        audit.success("EMPLOYER_READ", "EMPLOYER", id);
        return employer;
    }

    /** The record with the Patti, deliveries and vacancies, for the serving organisation (one audited read). */
    public EmployerFile employerFile(EmployerId id, CurrentUser caller) {
        Employer employer = load(id);
        requireServing(employer, caller, "EMPLOYER_READ");
        audit.success("EMPLOYER_READ", "EMPLOYER", id, "file");
        return new EmployerFile(employer, pacts.findByEmployer(id.value()), deliveries.findByEmployer(id.value()),
                vacancies.findByEmployer(id.value()));
    }

    /**
     * The company with the fiscal code (exact match, either kind), as far as the caller may see it.
     */
    public List<EmployerSummary> searchByFiscalCode(String fiscalCode, CurrentUser caller) {
        String code = EmployerFiscalCode.normalise(fiscalCode);
        if (code == null || code.isBlank()) {
            throw InvalidInputException.of("fiscalCode", "validation.required");
        }
        audit.success("EMPLOYER_SEARCH", "EMPLOYER", null, "by=fiscalCode");
        return employers.findByFiscalCode(code).map(found -> List.of(summary(found, caller, true))).orElse(List.of());
    }

    /**
     * Companies whose name contains the text. Sole traders served by other organisations are left out: their
     * name is personal data, and only an exact fiscal code may reveal who serves them.
     */
    public List<EmployerSummary> searchByName(String name, CurrentUser caller) {
        if (name == null || name.strip().length() < 2) {
            throw InvalidInputException.of("name", "employer.validation.search-too-short", 2);
        }
        String fragment = name.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        audit.success("EMPLOYER_SEARCH", "EMPLOYER", null, "by=name");
        return employers.findByNameContaining(fragment, NAME_SEARCH_LIMIT).stream()
                .filter(found -> found.isServedBy(caller.organisationId()) || !found.isSoleTrader())
                .map(found -> summary(found, caller, false))
                .toList();
    }

    /** The companies the caller's organisation registered most recently. */
    public List<EmployerSummary> latestOfMyOrganisation(CurrentUser caller, int limit) {
        audit.success("EMPLOYER_SEARCH", "EMPLOYER", null, "by=latest");
        return employers.findLatestOf(caller.organisationId().value(), limit).stream()
                .map(found -> summary(found, caller, false)).toList();
    }

    private EmployerSummary summary(Employer employer, CurrentUser caller, boolean fiscalCodeTyped) {
        boolean accessible = employer.isServedBy(caller.organisationId());
        boolean nameVisible = accessible || !employer.isSoleTrader();
        return new EmployerSummary(employer.id(),
                accessible || fiscalCodeTyped ? Optional.of(employer.fiscalCode().value()) : Optional.empty(),
                nameVisible ? Optional.of(employer.name()) : Optional.empty(), employer.organisationId(),
                organisationName(employer.organisationId()), accessible);
    }

    // --- services B.1-B.4 ----------------------------------------------------------------------------

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
        Employer employer = load(employerId);
        requireServing(employer, caller, "EMPLOYER_DELIVERY_CREATE");
        Site site = validate(employer, command, caller);
        // the company's Patto and history, read below, as a concurrent B.1-B.4 for it committed them
        locks.lock("employer", employerId.value());
        DeliveryOutputs produced = command.outputs();
        Optional<CompanyPact> signed = pacts.findSigned(employerId.value());
        if (command.service() == ServiceCode.B2 && produced.pactOutcome() != null && signed.isPresent()) {
            throw new ConflictException("employer.pact.already-signed", List.of(signed.get().date()),
                    "/api/v1/employers/" + employerId + "/pact.pdf");
        }
        Set<OutputCode> outputs = outputsOf(command, signed);
        UserAccount operator = network.findUser(caller.id())
                .orElseThrow(() -> new AccessDeniedException("Operatore sconosciuto"));
        RecipientHistory history = RecipientHistory.none();
        for (EmployerDelivery earlier : deliveries.findByEmployer(employerId.value())) {
            history = history.withDelivery(earlier.service(), earlier.date());
        }
        if (signed.isPresent()) {
            history = history.withCompanyPactSignedOn(signed.get().date());
        }
        DeliveryCheck check = new DeliveryCheck(command.service(), command.mode(), command.minutes(), 1,
                command.date(), history, Set.of(), outputs,
                new OperatorProfile(caller.organisationKind(), operator.competences(), operator.worksAt(site.id())),
                new SiteProfile(site.features()), RecipientProfile.ordinary(), Set.of());
        Verdict verdict = catalogue.ruleEngine(locale).check(check);
        if (!verdict.isAllowed()) {
            audit.failed("EMPLOYER_DELIVERY_CREATE", "EMPLOYER", employerId, "rule-violation " + command.service()
                    + " " + verdict.codes().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
            throw new RuleViolationException(verdict);
        }
        EmployerDelivery delivery = deliveries.save(EmployerDelivery.record(EmployerDeliveryId.random(), employerId,
                employer.organisationId(), site.id(), caller.id(), command, outputs,
                verdict.catalogueVersion().orElseThrow(), clock.instant()));
        Boolean pactSigned = null;
        if (command.service() == ServiceCode.B2 && produced.pactOutcome() != null) {
            CompanyPact pact = pacts.save(CompanyPact.decide(CompanyPactId.random(), employerId,
                    employer.organisationId(), site.id(), caller.id(), delivery.id(), produced.pactOutcome(),
                    command.date(), produced.commitments(), produced.plannedServices(), clock.instant()));
            pactSigned = pact.isSigned();
            if (pact.isSigned()) {
                events.publishEvent(new CompanyPactSigned(employerId, employer.organisationId(), pact.date(),
                        pact.id()));
            }
        } else if (planOpenOn(signed, command.date())
                && (command.service() == ServiceCode.B3 || command.service() == ServiceCode.B4)) {
            CompanyPact pact = signed.get();
            pact.enterInPlan(delivery.id(), command.service(), command.date());
            pacts.save(pact);
        }
        events.publishEvent(new EmployerServiceDelivered(employerId, employer.organisationId(), site.id(),
                caller.id(), command.service(), command.date(),
                command.service() == ServiceCode.B1 ? produced.interest() : null, pactSigned, delivery.id(),
                produced.vacancyIds().size()));
        audit.success("EMPLOYER_DELIVERY_CREATE", "EMPLOYER", employerId,
                "delivery=" + delivery.id() + " service=" + command.service());
        return delivery;
    }

    private static boolean planOpenOn(Optional<CompanyPact> signed, LocalDate date) {
        return signed.flatMap(CompanyPact::planOpenedOn).filter(opened -> !opened.isAfter(date)).isPresent();
    }

    /** The outputs the registration carries, as the repertorio names them; some follow from the others. */
    private static Set<OutputCode> outputsOf(NewDelivery command, Optional<CompanyPact> signed) {
        DeliveryOutputs produced = command.outputs();
        Set<OutputCode> outputs = EnumSet.noneOf(OutputCode.class);
        switch (command.service()) {
            case B1 -> {
                if (produced.interest() != null) {
                    outputs.add(OutputCode.INTEREST_EXPRESSION);
                }
            }
            case B2 -> {
                if (produced.pactOutcome() != null) {
                    outputs.add(OutputCode.COMPANY_PACT_OUTCOME);
                }
                if (produced.pactOutcome() == PactOutcome.SIGNED) {
                    outputs.add(OutputCode.COMPANY_PACT_SIGNED);
                    outputs.add(OutputCode.COMPANY_ACTION_PLAN_OPENED);
                }
            }
            case B3 -> {
                if (planOpenOn(signed, command.date())) {
                    outputs.add(OutputCode.COMPANY_ACTION_PLAN_ENTRY);
                }
            }
            default -> {
                // B4 produces interview referrals and placements later, through the matching of persons.
            }
        }
        if (!produced.vacancyIds().isEmpty()) {
            outputs.add(OutputCode.VACANCIES_CAPTURED);
        }
        return outputs;
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
        maxLength(command.needs(), 2000, "needs", problems);
        DeliveryOutputs produced = command.outputs();
        if (service == ServiceCode.B1) {
            problems.require(command.place() != null, "place", "validation.required");
        }
        problems.require(produced.interest() == null || service == ServiceCode.B1, "outputs.interest",
                "employer.validation.output-of-other-service", "B1");
        problems.require(produced.pactOutcome() == null || service == ServiceCode.B2, "outputs.pact",
                "employer.validation.output-of-other-service", "B2");
        maxLength(produced.commitments(), 4000, "outputs.pact.commitments", problems);
        problems.require(produced.plannedServices().stream().allMatch(s -> s.type() == ServiceType.EMPLOYER),
                "outputs.pact.plannedServices", "employer.validation.service");
        if (service == ServiceCode.B3) {
            problems.require(!produced.topics().isEmpty(), "outputs.topics",
                    "validation.required");
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
        return vacancies.findById(vacancy.value()).filter(found -> found.employerId().equals(employer.id()))
                .isPresent();
    }

    /** The services delivered to a company, oldest first. */
    public List<EmployerDelivery> deliveries(EmployerId id, CurrentUser caller) {
        Employer employer = load(id);
        requireServing(employer, caller, "EMPLOYER_DELIVERY_READ");
        audit.success("EMPLOYER_DELIVERY_READ", "EMPLOYER", id);
        return deliveries.findByEmployer(id.value());
    }

    /**
     * The company's Patto to print: the signed one, or else the latest refusal; with the company record.
     *
     * @throws NotFoundException when no Patto was registered
     */
    public EmployerFile pactToPrint(EmployerId id, CurrentUser caller) {
        Employer employer = load(id);
        requireServing(employer, caller, "COMPANY_PACT_PRINT");
        List<CompanyPact> registered = pacts.findByEmployer(id.value());
        if (registered.isEmpty()) {
            throw new NotFoundException("company-pact", id);
        }
        audit.success("COMPANY_PACT_PRINT", "EMPLOYER", id);
        return new EmployerFile(employer, registered, List.of(), List.of());
    }

    // --- vacancies -----------------------------------------------------------------------------------

    /**
     * Registers a vacancy of a company, open from today, handled by the organisation serving the company.
     */
    public Vacancy registerVacancy(EmployerId employerId, NewVacancy command, CurrentUser caller) {
        Employer employer = load(employerId);
        requireServing(employer, caller, "VACANCY_CREATE");
        LocalDate today = LocalDate.now(clock);
        validate(command, today);
        Vacancy vacancy = vacancies.save(Vacancy.register(employerId, employer.organisationId(), command, caller.id(),
                today, clock.instant()));
        events.publishEvent(new VacancyRegistered(vacancy.id(), employerId, vacancy.organisationId(), today,
                vacancy.positions(), vacancy.occupationCode(), vacancy.comuneCode()));
        audit.success("VACANCY_CREATE", "VACANCY", vacancy.id(), "employer=" + employerId);
        return vacancy;
    }

    private void validate(NewVacancy command, LocalDate today) {
        var problems = new InvalidInputException.Collector();
        requireText(command.title(), 200, "title", problems);
        maxLength(command.description(), 4000, "description", problems);
        problems.require(command.occupation() != null && OccupationCodes.FORMAT.matcher(command.occupation().strip())
                .matches() && occupations.exists(command.occupation()), "occupation", "employer.validation.occupation");
        problems.require(command.positions() != null && command.positions() >= 1 && command.positions() <= 999,
                "positions", "employer.validation.positions", 999);
        problems.require(command.comune() != null && comuni.exists(command.comune()), "comune", "validation.comune");
        problems.require(command.contractType() != null, "contractType", "validation.required");
        problems.require(command.hoursPerWeek() == null || (command.hoursPerWeek() >= 1 && command.hoursPerWeek() <= 60),
                "hoursPerWeek", "employer.validation.hours", 60);
        problems.require(command.expiresOn() == null || !command.expiresOn().isBefore(today), "expiresOn",
                "employer.validation.expiry-past");
        var requirements = command.requirements();
        maxLength(requirements.educationLevel(), 20, "requirements.educationLevel", problems);
        problems.require(requirements.experienceMonths() == null || (requirements.experienceMonths() >= 0
                && requirements.experienceMonths() <= 600), "requirements.experienceMonths",
                "employer.validation.experience");
        for (int i = 0; i < requirements.languages().size(); i++) {
            LanguageRequirement language = requirements.languages().get(i);
            problems.require(language != null && language.language() != null
                    && LANGUAGE.matcher(language.language().strip().toLowerCase(Locale.ROOT)).matches()
                    && language.level() != null, "requirements.languages[" + i + "]", "employer.validation.language");
        }
        long distinct = requirements.languages().stream().filter(l -> l != null && l.language() != null)
                .map(l -> l.language().strip().toLowerCase(Locale.ROOT)).distinct().count();
        problems.require(distinct == requirements.languages().size(), "requirements.languages",
                "employer.validation.language-twice");
        for (int i = 0; i < requirements.skills().size(); i++) {
            maxLength(requirements.skills().get(i), 200, "requirements.skills[" + i + "]", problems);
        }
        problems.throwIfAny();
    }

    /** A vacancy, for the organisation that handles it. */
    public Vacancy vacancy(VacancyId id, CurrentUser caller) {
        Vacancy vacancy = loadVacancy(id);
        requireHandling(vacancy, caller, "VACANCY_READ");
        audit.success("VACANCY_READ", "VACANCY", id);
        return vacancy;
    }

    /** The vacancies of a company, newest first. */
    public List<Vacancy> vacancies(EmployerId employerId, CurrentUser caller) {
        Employer employer = load(employerId);
        requireServing(employer, caller, "VACANCY_READ");
        audit.success("VACANCY_READ", "EMPLOYER", employerId, "list");
        return vacancies.findByEmployer(employerId.value());
    }

    /**
     * Changes the state of a vacancy on a day (not in the future, not before its last change), if its current
     * state allows it; the change is kept in its history.
     *
     * @throws ConflictException when the current state does not allow the change (e.g. a filled vacancy)
     */
    public Vacancy changeVacancyState(VacancyId id, StateChange change, CurrentUser caller) {
        Vacancy vacancy = loadVacancy(id);
        requireHandling(vacancy, caller, "VACANCY_STATE_CHANGE");
        var problems = new InvalidInputException.Collector();
        problems.require(change.state() != null, "state", "validation.required");
        problems.require(change.date() != null, "date", "validation.required");
        problems.require(change.date() == null || !RuleEngine.isInTheFuture(change.date(), clock), "date",
                "employer.validation.future-date");
        problems.require(change.date() == null || !change.date().isBefore(vacancy.lastChangedOn()), "date",
                "employer.validation.before-last-change", vacancy.lastChangedOn());
        maxLength(change.reason(), 500, "reason", problems);
        problems.throwIfAny();
        VacancyState from = vacancy.state();
        if (!from.canChangeTo(change.state())) {
            throw new ConflictException("employer.vacancy.transition", List.of(from.name(), change.state().name()),
                    null);
        }
        vacancy.changeState(change.state(), change.date(), change.reason(), caller.id(), clock.instant());
        Vacancy saved = vacancies.save(vacancy);
        events.publishEvent(new VacancyStateChanged(saved.id(), saved.employerId(), saved.organisationId(), from,
                saved.state(), change.date()));
        audit.success("VACANCY_STATE_CHANGE", "VACANCY", id, from + "->" + saved.state());
        return saved;
    }

    /**
     * Marks EXPIRED every open or suspended vacancy whose expiry date has passed, as of the day after that
     * date (or of its latest change, if later). Run by the daily job; recorded as done by the system.
     *
     * @return how many vacancies expired
     */
    public int expireVacancies() {
        LocalDate today = LocalDate.now(clock);
        int expired = 0;
        for (Vacancy vacancy : vacancies.findExpiredBefore(today)) {
            LocalDate dayAfterExpiry = vacancy.expiresOn().orElseThrow().plusDays(1);
            LocalDate on = dayAfterExpiry.isBefore(vacancy.lastChangedOn()) ? vacancy.lastChangedOn() : dayAfterExpiry;
            VacancyState from = vacancy.state();
            vacancy.changeState(VacancyState.EXPIRED, on, null, SYSTEM, clock.instant());
            Vacancy saved = vacancies.save(vacancy);
            events.publishEvent(new VacancyStateChanged(saved.id(), saved.employerId(), saved.organisationId(), from,
                    saved.state(), on));
            audit.success("VACANCY_EXPIRE", "VACANCY", saved.id(), from + "->" + saved.state());
            expired++;
        }
        return expired;
    }

    /**
     * Marks the vacancy FILLED once as many candidates were hired as it has positions. Called by the
     * referral module after a hire; a vacancy that is no longer open is left as it is.
     *
     * @return whether the vacancy became FILLED
     */
    public boolean fillIfComplete(VacancyId id, int hired, LocalDate on) {
        Vacancy vacancy = loadVacancy(id);
        if (hired < vacancy.positions() || !vacancy.state().canChangeTo(VacancyState.FILLED)) {
            return false;
        }
        LocalDate date = on.isBefore(vacancy.lastChangedOn()) ? vacancy.lastChangedOn() : on;
        VacancyState from = vacancy.state();
        vacancy.changeState(VacancyState.FILLED, date, null, SYSTEM, clock.instant());
        Vacancy saved = vacancies.save(vacancy);
        events.publishEvent(new VacancyStateChanged(saved.id(), saved.employerId(), saved.organisationId(), from,
                saved.state(), date));
        audit.success("VACANCY_STATE_CHANGE", "VACANCY", id, from + "->" + saved.state());
        return true;
    }

    // --- for other modules ---------------------------------------------------------------------------

    /** Any vacancy by id, without access check: the calling module decides what its caller may see. */
    @Transactional(readOnly = true)
    public Optional<Vacancy> findVacancy(VacancyId id) {
        return vacancies.findById(id.value());
    }

    /** Any company by id, without access check: the calling module decides what its caller may see. */
    @Transactional(readOnly = true)
    public Optional<Employer> findEmployer(EmployerId id) {
        return employers.findById(id.value());
    }

    /** The day the company signed its Patto di Servizio, if it did. */
    @Transactional(readOnly = true)
    public Optional<LocalDate> companyPactSignedOn(EmployerId id) {
        return pacts.findSigned(id.value()).map(CompanyPact::date);
    }

    /** The organisation that took the company in charge, if the company exists. */
    @Transactional(readOnly = true)
    public Optional<OrganisationId> servingOrganisation(EmployerId id) {
        return employers.findById(id.value()).map(Employer::organisationId);
    }

    // --- helpers -------------------------------------------------------------------------------------

    private Employer load(EmployerId id) {
        return employers.findById(id.value()).orElseThrow(() -> new NotFoundException("employer", id));
    }

    private Vacancy loadVacancy(VacancyId id) {
        return vacancies.findById(id.value()).orElseThrow(() -> new NotFoundException("vacancy", id));
    }

    private String organisationName(OrganisationId id) {
        return network.findOrganisation(id).map(Organisation::name).orElse(id.toString());
    }

    private void requireOperator(CurrentUser caller, String action, Object objectId) {
        if (caller.role() != Role.OPERATOR) {
            audit.denied(action, "EMPLOYER", objectId);
            throw new AccessDeniedException("Solo gli operatori registrano le imprese");
        }
    }

    /** Only the organisation that took the company in charge sees and changes its data. */
    private void requireServing(Employer employer, CurrentUser caller, String action) {
        if (!employer.isServedBy(caller.organisationId())) {
            audit.denied(action, "EMPLOYER", employer.id());
            throw new AccessDeniedException("Impresa seguita da un'altra organizzazione");
        }
    }

    private void requireHandling(Vacancy vacancy, CurrentUser caller, String action) {
        if (!caller.belongsTo(vacancy.organisationId())) {
            audit.denied(action, "VACANCY", vacancy.id());
            throw new AccessDeniedException("Offerta gestita da un'altra organizzazione");
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static void requireText(String value, int max, String field, InvalidInputException.Collector problems) {
        if (isBlank(value)) {
            problems.add(field, "validation.required");
        } else {
            maxLength(value, max, field, problems);
        }
    }

    private static void maxLength(String value, int max, String field, InvalidInputException.Collector problems) {
        problems.require(value == null || value.strip().length() <= max, field, "validation.too-long", max);
    }
}
