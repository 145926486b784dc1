package it.retelavoro.referral;

import it.retelavoro.audit.AuditLog;
import it.retelavoro.catalogue.RuleEngine;
import it.retelavoro.employer.ContractType;
import it.retelavoro.employer.CompanyPacts;
import it.retelavoro.employer.EmployerDirectory;
import it.retelavoro.employer.Vacancies;
import it.retelavoro.employer.VacancyStateChanges;
import it.retelavoro.employer.Vacancy;
import it.retelavoro.employer.VacancyId;
import it.retelavoro.catalogue.RuleViolationException;
import it.retelavoro.employer.EmployerDeliveries;
import it.retelavoro.employer.EmployerDeliveryId;
import it.retelavoro.pathway.Delivery;
import it.retelavoro.pathway.DeliveryRegistration;
import it.retelavoro.pathway.DeliveryRegistration.InterviewReferral;
import it.retelavoro.pathway.PactsAndPlans;
import it.retelavoro.pathway.PathwayOverviews;
import it.retelavoro.pathway.ReferralReadiness;
import it.retelavoro.person.PersonId;
import it.retelavoro.person.PersonDirectory;
import it.retelavoro.person.PersonSummary;
import it.retelavoro.referral.ReferralEvents.CandidateReferred;
import it.retelavoro.referral.ReferralEvents.ReferralOutcomeRecorded;
import it.retelavoro.referral.ReferralRefusedException.MissingPrerequisite;
import it.retelavoro.shared.ConflictException;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.InvalidInputException;
import it.retelavoro.shared.NotFoundException;
import it.retelavoro.shared.Role;
import it.retelavoro.shared.SiteId;
import it.retelavoro.shared.TransactionLocks;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import it.retelavoro.catalogue.RegistrationPeriods;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends persons to vacancies and records the companies' feedback.
 *
 * <p>The organisation that has the person in charge refers them; the vacancy's owner and the person's
 * organisation both follow the referral. A hire closes the PAI's placement action and fills the vacancy
 * once every position is taken.
 */
@Service
@Transactional
public class ReferralManagement {

    private static final String REFERRAL = "REFERRAL";

    private final ReferralRepository referrals;
    private final PersonDirectory persons;
    private final PathwayOverviews overviews;
    private final PactsAndPlans plans;
    private final EmployerDirectory employers;
    private final Vacancies vacancyRegistry;
    private final CompanyPacts companyPacts;
    private final VacancyStateChanges vacancyStates;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final TransactionLocks locks;
    private final Clock clock;
    private final RegistrationPeriods periods;
    private final DeliveryRegistration personDeliveries;
    private final EmployerDeliveries companyDeliveries;

    ReferralManagement(ReferralRepository referrals, PersonDirectory persons, PathwayOverviews overviews,
            PactsAndPlans plans, EmployerDirectory employers, Vacancies vacancyRegistry, CompanyPacts companyPacts,
            VacancyStateChanges vacancyStates, AuditLog audit, ApplicationEventPublisher events,
            TransactionLocks locks, Clock clock, RegistrationPeriods periods, DeliveryRegistration personDeliveries,
            EmployerDeliveries companyDeliveries) {
        this.periods = periods;
        this.referrals = referrals;
        this.persons = persons;
        this.overviews = overviews;
        this.plans = plans;
        this.employers = employers;
        this.vacancyRegistry = vacancyRegistry;
        this.companyPacts = companyPacts;
        this.vacancyStates = vacancyStates;
        this.audit = audit;
        this.events = events;
        this.locks = locks;
        this.clock = clock;
        this.personDeliveries = personDeliveries;
        this.companyDeliveries = companyDeliveries;
    }

    /** The company's feedback on a referral. */
    public record Outcome(ReferralStatus status, LocalDate date, LocalDate contractStart, ContractType contractType,
            String reason) {
    }

    /**
     * Sends a person the caller's organisation has in charge to an open vacancy, as the output of an A.6 of
     * the day at the operator's one site (see {@link #refer(VacancyId, PersonId, LocalDate, SiteId, Integer,
     * CurrentUser, Locale)}).
     *
     * @throws ReferralRefusedException when the person's or the company's pathway does not allow it yet
     */
    public Referral refer(VacancyId vacancyId, PersonId personId, LocalDate date, CurrentUser caller) {
        return refer(vacancyId, personId, date, null, null, caller, LocaleContextHolder.getLocale());
    }

    /**
     * Sends a person the caller's organisation has in charge to an open vacancy. The referral is the A.6 output
     * "Invio a colloqui di lavoro" and the B.4 output "Invio di lavoratori per colloqui di selezione" (issue 13,
     * so that 6.2 never exceeds 6.1 and 10.1 is counted within B.4): it joins the person's A.6 of the day by the
     * caller's organisation, or registers one in back office with {@code minutes} at {@code siteId}
     * ({@link DeliveryRegistration#registerForReferral}); and it joins, or registers, the company's B.4 of the
     * day for the vacancy ({@link EmployerDeliveries#registerForReferral}). All or nothing.
     *
     * @param siteId  where the A.6 is registered, when one is; the operator's one site when null
     * @param minutes the back-office minutes of the A.6 registered, when one is (the repertorio's minimum
     *                applies)
     * @throws ReferralRefusedException when the person's or the company's pathway does not allow it yet
     * @throws RuleViolationException   when the repertorio does not allow the A.6 or the B.4 it needs
     */
    public Referral refer(VacancyId vacancyId, PersonId personId, LocalDate date, SiteId siteId, Integer minutes,
            CurrentUser caller, Locale locale) {
        requireOperator(caller, "REFERRAL_CREATE", vacancyId);
        var problems = new InvalidInputException.Collector();
        problems.require(personId != null, "personId", "validation.required");
        problems.require(date != null, "date", "validation.required");
        problems.require(date == null || !RuleEngine.isInTheFuture(date, clock), "date", "referral.future-date");
        problems.throwIfAny();
        // issue 13, point 4: not in a month the Region closed, nor back-dated beyond the version's limit
        periods.requireRegistrable(date, LocaleContextHolder.getLocale());
        Vacancy vacancy = vacancyRegistry.findVacancy(vacancyId).orElseThrow(() -> new NotFoundException("vacancy",
                vacancyId));
        PersonSummary person = persons.requireInCharge(personId, caller);
        // a second referral of the person to the vacancy waits for this one, then is the duplicate below
        locks.lock("referral.person-vacancy", personId.value() + "/" + vacancyId.value());

        List<MissingPrerequisite> missing = new ArrayList<>();
        ReferralReadiness readiness = overviews.referralReadiness(personId, date);
        if (!readiness.pactSigned()) {
            missing.add(new MissingPrerequisite("ACCESS_RULE", "referral.missing.pact", "A6.modalitaAccesso", "personId"));
        }
        if (!readiness.guidanceDone()) {
            missing.add(new MissingPrerequisite("ACCESS_RULE", "referral.missing.guidance", "A6.modalitaAccesso",
                    "personId"));
        }
        boolean companyPact = companyPacts.companyPactSignedOn(vacancy.employerId())
                .filter(signed -> !signed.isAfter(date)).isPresent();
        if (!companyPact) {
            missing.add(new MissingPrerequisite("ACCESS_RULE", "referral.missing.company-pact", "B4.modalitaAccesso",
                    "vacancyId"));
        }
        if (!vacancy.acceptsCandidates()) {
            missing.add(new MissingPrerequisite("VACANCY_NOT_OPEN", "referral.missing.open-vacancy", "vacancy.state",
                    "vacancyId"));
        }
        if (!missing.isEmpty()) {
            audit.failed("REFERRAL_CREATE", "VACANCY", vacancyId,
                    String.join(",", missing.stream().map(MissingPrerequisite::messageKey).toList()));
            throw new ReferralRefusedException(missing);
        }
        if (referrals.isAlive(personId, vacancyId)) {
            throw new ConflictException("referral.duplicate", List.of(), null);
        }
        Delivery a6 = personDeliveries.registerForReferral(personId,
                new InterviewReferral(date, siteId, minutes), caller, locale);
        EmployerDeliveryId b4 = companyDeliveries.registerForReferral(vacancyId, date, a6.siteId(), caller, locale);
        Referral referral = referrals.save(Referral.send(personId, person.inChargeOf(), vacancyId,
                vacancy.employerId(), vacancy.organisationId(), date, caller.id(), caller.organisationId(),
                clock.instant(), a6.id(), b4));
        events.publishEvent(new CandidateReferred(referral.id(), personId, referral.personOrganisationId(),
                vacancyId, referral.employerId(), referral.vacancyOrganisationId(), date));
        audit.success("REFERRAL_CREATE", REFERRAL, referral.id(), "vacancy=" + vacancyId);
        return referral;
    }

    /** Records the company's feedback: interview, selection, hire (with the contract), rejection, withdrawal. */
    public Referral recordOutcome(ReferralId id, Outcome outcome, CurrentUser caller) {
        Referral checked = involved(id, caller, "REFERRAL_OUTCOME");
        // a Comunicazione Obbligatoria applied at the same moment waits, or is waited for (referral.CoHires)
        locks.lock("referral.person-vacancy", checked.personId().value() + "/" + checked.vacancyId().value());
        Referral referral = referrals.findById(id).orElseThrow();
        var problems = new InvalidInputException.Collector();
        problems.require(outcome.status() != null && outcome.status() != ReferralStatus.SENT, "status",
                "validation.required");
        problems.require(outcome.date() != null, "date", "validation.required");
        problems.require(outcome.date() == null || !RuleEngine.isInTheFuture(outcome.date(), clock), "date",
                "referral.future-date");
        problems.require(outcome.date() == null || !outcome.date().isBefore(referral.lastStepOn()), "date",
                "referral.before-last-step", referral.lastStepOn());
        if (outcome.status() == ReferralStatus.HIRED) {
            problems.require(outcome.contractStart() != null, "contractStart", "validation.required");
            problems.require(outcome.contractType() != null, "contractType", "validation.required");
        }
        if (outcome.status() == ReferralStatus.REJECTED) {
            problems.require(outcome.reason() != null && !outcome.reason().isBlank(), "reason", "validation.required");
        }
        problems.maxLength(outcome.reason(), Referral.FEEDBACK_MAX, "reason");
        problems.throwIfAny();
        periods.requireRegistrable(outcome.date(), LocaleContextHolder.getLocale());
        if (outcome.status() == ReferralStatus.HIRED) {
            // the hire counts (6.4, 10.3) in the month of the contract's start
            periods.requireOpen(outcome.contractStart(), LocaleContextHolder.getLocale());
        }
        if (!referral.status().canChangeTo(outcome.status())) {
            throw new ConflictException("referral.transition",
                    List.of(referral.status().name(), outcome.status().name()), null);
        }
        referral.record(outcome.status(), outcome.date(), outcome.reason(), outcome.contractStart(),
                outcome.contractType(), caller.id(), caller.organisationId(), clock.instant());
        Referral saved = referrals.save(referral);
        events.publishEvent(new ReferralOutcomeRecorded(saved.id(), saved.personId(), saved.personOrganisationId(),
                saved.vacancyId(), saved.employerId(), saved.vacancyOrganisationId(), saved.status(), outcome.date(),
                saved.contractStart(), saved.contractType(), saved.hireSource().orElse(null),
                saved.hireCoCode().orElse(null)));
        audit.success("REFERRAL_OUTCOME", REFERRAL, saved.id(), saved.status().name());
        if (saved.status() == ReferralStatus.HIRED) {
            plans.recordPlacement(saved.personId(), saved.contractStart(), caller.id(), null);
            vacancyStates.fillIfComplete(saved.vacancyId(), referrals.countHired(saved.vacancyId()),
                    outcome.date());
        }
        return saved;
    }

    @Transactional(readOnly = true)
    public Referral referral(ReferralId id, CurrentUser caller) {
        Referral referral = involved(id, caller, "REFERRAL_READ");
        audit.success("REFERRAL_READ", REFERRAL, id);
        return referral;
    }

    /** The referrals to a vacancy, for the organisation that owns it. */
    @Transactional(readOnly = true)
    public List<Referral> ofVacancy(VacancyId vacancyId, CurrentUser caller) {
        Vacancy vacancy = vacancyRegistry.findVacancy(vacancyId).orElseThrow(() -> new NotFoundException("vacancy",
                vacancyId));
        if (!caller.belongsTo(vacancy.organisationId())) {
            audit.denied("REFERRAL_READ", "VACANCY", vacancyId);
            throw new AccessDeniedException("Vacancy di un'altra organizzazione");
        }
        audit.success("REFERRAL_READ", "VACANCY", vacancyId);
        return referrals.findByVacancy(vacancyId);
    }

    /** The referrals of a person, for the organisation that has them in charge. */
    @Transactional(readOnly = true)
    public List<Referral> ofPerson(PersonId personId, CurrentUser caller) {
        persons.requireInCharge(personId, caller);
        audit.success("REFERRAL_READ", "PERSON", personId);
        return referrals.findByPerson(personId);
    }

    private Referral involved(ReferralId id, CurrentUser caller, String action) {
        Referral referral = referrals.findById(id).orElseThrow(() -> new NotFoundException("referral", id));
        if (caller.role() != Role.OPERATOR || !referral.involves(caller.organisationId())) {
            audit.denied(action, REFERRAL, id);
            throw new AccessDeniedException("Invio di altre organizzazioni");
        }
        return referral;
    }

    private void requireOperator(CurrentUser caller, String action, Object objectId) {
        if (caller.role() != Role.OPERATOR) {
            audit.denied(action, "VACANCY", objectId);
            throw new AccessDeniedException("Solo gli operatori inviano candidati");
        }
    }
}
