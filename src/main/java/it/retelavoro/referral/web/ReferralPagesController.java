package it.retelavoro.referral.web;

import it.retelavoro.employer.ContractType;
import it.retelavoro.employer.EmployerDirectory;
import it.retelavoro.employer.Vacancies;
import it.retelavoro.employer.Vacancy;
import it.retelavoro.employer.VacancyId;
import it.retelavoro.person.PersonId;
import it.retelavoro.person.PersonDirectory;
import it.retelavoro.person.PersonSummary;
import it.retelavoro.referral.Referral;
import it.retelavoro.catalogue.RuleViolationException;
import it.retelavoro.referral.ReferralCancellations;
import it.retelavoro.referral.ReferralId;
import it.retelavoro.shared.Cancellation;
import it.retelavoro.referral.ReferralManagement;
import it.retelavoro.referral.ReferralManagement.Outcome;
import it.retelavoro.referral.ReferralRefusedException;
import it.retelavoro.referral.ReferralStatus;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.FormErrors;
import it.retelavoro.shared.InvalidInputException;
import it.retelavoro.shared.OrganisationId;
import it.retelavoro.shared.PageForms;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import it.retelavoro.catalogue.RequestField;
import it.retelavoro.catalogue.RuleViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The referral pages: the referrals of a vacancy, with the form that sends one of the caller's persons
 * (found by codice fiscale) and the forms that record the company's feedback; and the two lists that the
 * vacancy page and the person's pathway page load into themselves with htmx, since the employer and
 * pathway modules do not depend on this one.
 *
 * <p>Who sees what: the organisation with the person in charge sees the candidate's name and codice
 * fiscale; the vacancy's owner of another organisation sees only which organisation sent the candidate.
 * The employer's name reaches the person's organisation only when it serves the company or the vacancy
 * is published without anonymity; otherwise it sees the organisation that handles the vacancy.
 */
@Controller
class ReferralPagesController {

    private final ReferralManagement referrals;
    private final ReferralCancellations cancellations;
    private final EmployerDirectory employers;
    private final Vacancies vacancies;
    private final PersonDirectory persons;
    private final PageForms forms;
    private final Clock clock;

    ReferralPagesController(ReferralManagement referrals, ReferralCancellations cancellations,
            EmployerDirectory employers, Vacancies vacancies, PersonDirectory persons,
            PageForms forms, Clock clock) {
        this.referrals = referrals;
        this.cancellations = cancellations;
        this.employers = employers;
        this.vacancies = vacancies;
        this.persons = persons;
        this.forms = forms;
        this.clock = clock;
    }

    @GetMapping("/vacancies/{id}/referrals")
    String ofVacancy(@PathVariable UUID id, CurrentUser caller, Model model) {
        VacancyId vacancyId = new VacancyId(id);
        Vacancy vacancy = vacancies.vacancy(vacancyId, caller);
        model.addAttribute("activeNav", "employers");
        model.addAttribute("vacancy", vacancy);
        model.addAttribute("rows", vacancyRows(referrals.ofVacancy(vacancyId, caller), caller));
        if (!model.containsAttribute("referForm")) {
            model.addAttribute("referForm", new ReferForm(null, LocalDate.now(clock), null));
        }
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("contractTypes", ContractType.values());
        return "referral/vacancy-referrals";
    }

    @GetMapping("/vacancies/{id}/referrals/fragment")
    String vacancyFragment(@PathVariable UUID id, CurrentUser caller, Model model) {
        model.addAttribute("vacancyId", id);
        model.addAttribute("rows", vacancyRows(referrals.ofVacancy(new VacancyId(id), caller), caller));
        return "referral/fragments :: vacancy-list";
    }

    @GetMapping("/persons/{id}/referrals/fragment")
    String personFragment(@PathVariable UUID id, CurrentUser caller, Model model) {
        Map<OrganisationId, String> organisations = new HashMap<>();
        model.addAttribute("rows", referrals.ofPerson(new PersonId(id), caller).stream()
                .map(referral -> personRow(referral, caller, organisations)).toList());
        return "referral/fragments :: person-list";
    }

    @PostMapping("/vacancies/{id}/referrals")
    String refer(@PathVariable UUID id, ReferForm form, BindingResult binding, CurrentUser caller, Model model,
            Locale locale, RedirectAttributes redirect) {
        return forms.form("refer", form, model, locale).binding(binding)
                .fieldNames(ReferralPagesController::referField)
                // The person's prerequisites go next to the codice fiscale, the company's above the form.
                .refusing(ReferralRefusedException.class, (e, errors) -> e.missing().forEach(missing -> errors.add(
                        "personId".equals(missing.field()) ? "fiscalCode" : FormErrors.GLOBAL, missing.messageKey())))
                // The A6 or B4 the referral needs, refused by the repertorio: the minutes next to their field.
                .refusing(RuleViolationException.class, (e, errors) -> e.violations().forEach(violation ->
                        errors.addText(violation.field().filter(RequestField.MINUTES::equals).isPresent()
                                ? "minutes" : FormErrors.GLOBAL, violation.message())))
                .submit(() -> {
                    if (form.fiscalCode() == null || form.fiscalCode().isBlank()) {
                        throw InvalidInputException.of("fiscalCode", "validation.required");
                    }
                    List<PersonSummary> found = persons.search(form.fiscalCode().strip(), null, caller);
                    if (found.isEmpty()) {
                        throw InvalidInputException.of("fiscalCode", "referral.page.no-person");
                    }
                    referrals.refer(new VacancyId(id), found.get(0).id(), form.date(), null, form.minutes(), caller,
                            locale);
                    redirect.addFlashAttribute("flash", "referral.page.referred");
                    return "redirect:/vacancies/" + id + "/referrals";
                }, () -> ofVacancy(id, caller, model));
    }

    /** The page asks for the codice fiscale where the service asks for the person's id. */
    private static String referField(String field) {
        return "personId".equals(field) ? "fiscalCode" : field;
    }

    @PostMapping("/vacancies/{vacancyId}/referrals/{id}/outcome")
    String outcome(@PathVariable UUID vacancyId, @PathVariable UUID id, OutcomeForm form, BindingResult binding,
            CurrentUser caller, Model model, Locale locale, RedirectAttributes redirect) {
        return forms.form("outcome", form, model, locale).binding(binding)
                .refusing(OptimisticLockingFailureException.class,
                        (e, errors) -> errors.add(FormErrors.GLOBAL, "problem.concurrent-modification.detail"))
                .submit(() -> {
                    referrals.recordOutcome(new ReferralId(id), new Outcome(form.status(), form.date(),
                            form.contractStart(), form.contractType(), form.reason()), caller);
                    redirect.addFlashAttribute("flash", "referral.page.outcome-recorded");
                    return "redirect:/vacancies/" + vacancyId + "/referrals";
                }, () -> {
                    model.addAttribute("outcomeFor", id);
                    return ofVacancy(vacancyId, caller, model);
                });
    }

    /** A referral as the vacancy's owner sees it. */
    record VacancyRow(Referral referral, String candidate, String fiscalCode, String personOrganisation,
            List<ReferralStatus> nextStatuses, List<StepRow> history) {
    }

    /** A step of the referral with the organisation that recorded it. */
    record StepRow(ReferralStatus status, LocalDate date, String feedback, String organisation, int position,
            Cancellation cancellation, boolean cancellable) {
    }

    /** The reason typed, and the step it is for (its form opens again on a refusal). */
    record CancellationForm(String actId, String reason) {
    }

    @PostMapping("/vacancies/{vacancyId}/referrals/{id}/steps/{position}/cancellation")
    String cancelStep(@PathVariable UUID vacancyId, @PathVariable UUID id, @PathVariable int position,
            CancellationForm form, CurrentUser caller, Model model, Locale locale, RedirectAttributes redirect) {
        return forms.form("cancellation", new CancellationForm(id + "-" + position, form.reason()), model, locale)
                .refusing(RuleViolationException.class, (e, errors) -> e.violations()
                        .forEach(violation -> errors.addText(FormErrors.GLOBAL, violation.message())))
                .submit(() -> {
                    cancellations.cancelStep(new ReferralId(id), position, form.reason(), caller, locale);
                    redirect.addFlashAttribute("flash", "referral.cancellation.done");
                    return "redirect:/vacancies/" + vacancyId + "/referrals";
                }, () -> ofVacancy(vacancyId, caller, model));
    }

    /** A referral as the person's organisation sees it. */
    record PersonRow(Referral referral, String vacancyTitle, String employer, String vacancyOrganisation) {
    }

    private List<VacancyRow> vacancyRows(List<Referral> list, CurrentUser caller) {
        Map<OrganisationId, String> organisations = new HashMap<>();
        return list.stream().map(referral -> {
            String organisation = organisationName(referral.personOrganisationId(), organisations);
            String candidate = null;
            String fiscalCode = null;
            if (caller.belongsTo(referral.personOrganisationId())) {
                PersonSummary person = persons.requireInCharge(referral.personId(), caller);
                candidate = person.fullName();
                fiscalCode = person.fiscalCode();
            }
            List<ReferralStatus> next = Arrays.stream(ReferralStatus.values())
                    .filter(status -> referral.status().canChangeTo(status)).toList();
            List<StepRow> history = new java.util.ArrayList<>();
            for (int position = 0; position < referral.steps().size(); position++) {
                Referral.Step step = referral.steps().get(position);
                history.add(new StepRow(step.status(), step.occurredOn(), step.feedback(),
                        organisationName(step.recordedByOrg(), organisations), position, step.cancellation(),
                        !step.isCancelled() && referral.laterStepStanding(position).isEmpty()
                                && caller.belongsTo(step.recordedByOrg())));
            }
            return new VacancyRow(referral, candidate, fiscalCode, organisation, next, history);
        }).toList();
    }

    private PersonRow personRow(Referral referral, CurrentUser caller, Map<OrganisationId, String> organisations) {
        Vacancy vacancy = vacancies.findVacancy(referral.vacancyId()).orElseThrow();
        boolean servesCompany = employers.servingOrganisation(referral.employerId()).map(caller::belongsTo)
                .orElse(false);
        String employer = servesCompany || (vacancy.published() && !vacancy.anonymous())
                ? employers.findEmployer(referral.employerId()).map(found -> found.name()).orElse(null)
                : null;
        return new PersonRow(referral, vacancy.title(), employer,
                organisationName(referral.vacancyOrganisationId(), organisations));
    }

    private String organisationName(OrganisationId id, Map<OrganisationId, String> cache) {
        return cache.computeIfAbsent(id, persons::organisationName);
    }

    /** @param minutes the back-office minutes of the A6 the referral registers when the person has none that day */
    record ReferForm(String fiscalCode, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            Integer minutes) {
    }

    record OutcomeForm(ReferralStatus status, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate contractStart, ContractType contractType,
            String reason) {
    }
}
