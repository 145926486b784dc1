package it.retelavoro.employer.web;

import it.retelavoro.employer.ContractType;
import it.retelavoro.employer.Employer;
import it.retelavoro.employer.EmployerCommands;
import it.retelavoro.employer.EmployerId;
import it.retelavoro.employer.VacancyStateChanges;
import it.retelavoro.employer.EmployerDirectory;
import it.retelavoro.employer.Vacancies;
import it.retelavoro.employer.OccupationCodes;
import it.retelavoro.employer.Vacancy;
import it.retelavoro.employer.VacancyId;
import it.retelavoro.employer.VacancyState;
import it.retelavoro.network.NetworkManagement;
import it.retelavoro.network.UserAccount;
import it.retelavoro.reference.Comuni;
import it.retelavoro.reference.DrivingLicence;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.PageForms;
import it.retelavoro.shared.UserId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The vacancies of a company: the form of a new one, the vacancy page and the change of its state. */
@Controller
class VacancyPagesController {

    private final VacancyStateChanges vacancyStates;
    private final EmployerDirectory employers;
    private final Vacancies vacancies;
    private final NetworkManagement network;
    private final Comuni comuni;
    private final OccupationCodes occupations;
    private final PageForms forms;
    private final Clock clock;

    VacancyPagesController(VacancyStateChanges vacancyStates, EmployerDirectory employers, Vacancies vacancies, NetworkManagement network, Comuni comuni,
            OccupationCodes occupations, PageForms forms, Clock clock) {
        this.vacancyStates = vacancyStates;
        this.employers = employers;
        this.vacancies = vacancies;
        this.network = network;
        this.comuni = comuni;
        this.occupations = occupations;
        this.forms = forms;
        this.clock = clock;
    }

    @ModelAttribute("activeNav")
    String activeNav() {
        return EmployerRegistrationPagesController.NAV;
    }

    @GetMapping("/employers/{id}/vacancies/new")
    String newVacancy(@PathVariable UUID id, CurrentUser caller, Model model) {
        Employer employer = employers.employer(new EmployerId(id), caller);
        if (!model.containsAttribute("vacancyForm")) {
            model.addAttribute("vacancyForm", VacancyForm.empty());
        }
        model.addAttribute("employer", employer);
        model.addAttribute("contractTypes", ContractType.values());
        model.addAttribute("licences", DrivingLicence.values());
        return "employer/vacancy-new";
    }

    @PostMapping("/employers/{id}/vacancies")
    String registerVacancy(@PathVariable UUID id, VacancyForm form, BindingResult binding, CurrentUser caller,
            Model model, Locale locale, RedirectAttributes redirect) {
        return forms.form("vacancy", form, model, locale).binding(binding)
                .fieldNames(VacancyForm::fieldOf)
                .refusing(IllegalArgumentException.class,
                        (e, errors) -> errors.add("languages", form.languageCodes().isEmpty()
                                ? "employer.validation.language" : "employer.validation.language-row"))
                .submit(() -> {
                    Vacancy vacancy = vacancies.registerVacancy(new EmployerId(id), form.toCommand(), caller);
                    redirect.addFlashAttribute("flash", "employer.vacancy.registered");
                    return "redirect:/vacancies/" + vacancy.id();
                }, () -> newVacancy(id, caller, model));
    }

    @GetMapping("/vacancies/{id}")
    String vacancy(@PathVariable UUID id, CurrentUser caller, Model model) {
        Vacancy vacancy = vacancies.vacancy(new VacancyId(id), caller);
        Employer employer = employers.findEmployer(vacancy.employerId()).orElseThrow();
        if (!model.containsAttribute("stateForm")) {
            model.addAttribute("stateForm", new StateForm(null, LocalDate.now(clock), null));
        }
        Map<UUID, String> people = new LinkedHashMap<>();
        vacancy.history().forEach(change -> people.computeIfAbsent(change.changedBy(),
                key -> network.findUser(new UserId(key)).map(UserAccount::fullName).orElse("")));
        model.addAttribute("vacancy", vacancy);
        model.addAttribute("employer", employer);
        model.addAttribute("people", people);
        model.addAttribute("comuni", comuni);
        model.addAttribute("occupations", occupations);
        model.addAttribute("nextStates", Arrays.stream(VacancyState.values())
                .filter(state -> vacancy.state().canChangeTo(state)).toList());
        return "employer/vacancy";
    }

    @PostMapping("/vacancies/{id}/state")
    String changeState(@PathVariable UUID id, StateForm form, BindingResult binding, CurrentUser caller, Model model,
            Locale locale, RedirectAttributes redirect) {
        return forms.form("state", form, model, locale).binding(binding)
                .refusing(OptimisticLockingFailureException.class,
                        (e, errors) -> errors.add("global", "problem.concurrent-modification.detail"))
                .submit(() -> {
                    vacancyStates.changeVacancyState(new VacancyId(id),
                            new EmployerCommands.StateChange(form.state(), form.date(), form.reason()), caller);
                    redirect.addFlashAttribute("flash", "employer.vacancy.state-changed");
                    return "redirect:/vacancies/" + id;
                }, () -> vacancy(id, caller, model));
    }
}
