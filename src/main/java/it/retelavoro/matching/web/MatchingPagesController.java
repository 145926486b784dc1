package it.retelavoro.matching.web;

import it.retelavoro.catalogue.RuleViolationException;
import it.retelavoro.catalogue.Violation;
import it.retelavoro.employer.EmployerDirectory;
import it.retelavoro.employer.Vacancies;
import it.retelavoro.employer.Vacancy;
import it.retelavoro.employer.VacancyId;
import it.retelavoro.matching.Candidate;
import it.retelavoro.matching.MatchExplanations;
import it.retelavoro.matching.MatchingManagement;
import it.retelavoro.matching.VacancyMatch;
import it.retelavoro.pathway.PathwayOverviews;
import it.retelavoro.person.PersonId;
import it.retelavoro.person.PersonDirectory;
import it.retelavoro.person.PersonSummary;
import it.retelavoro.reference.Comuni;
import it.retelavoro.reference.Occupations;
import it.retelavoro.referral.ReferralManagement;
import it.retelavoro.referral.ReferralRefusedException;
import it.retelavoro.shared.ConflictException;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.InvalidInputException;
import it.retelavoro.shared.NotFoundException;
import it.retelavoro.shared.SiteId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of matching: the candidates of a vacancy ({@code /vacancies/{id}/candidates}) and the vacancies
 * that fit a person ({@code /persons/{id}/matching-vacancies}), with the operators' actions on each row.
 */
@Controller
class MatchingPagesController {

    private final MatchingManagement matching;
    private final MatchExplanations explanations;
    private final EmployerDirectory employers;
    private final Vacancies vacancyRegistry;
    private final PersonDirectory persons;
    private final PathwayOverviews overviews;
    private final ReferralManagement referrals;
    private final Comuni comuni;
    private final Occupations occupations;
    private final MessageSource messages;
    private final Clock clock;

    MatchingPagesController(MatchingManagement matching, MatchExplanations explanations, EmployerDirectory employers,
            Vacancies vacancyRegistry,
            PersonDirectory persons, PathwayOverviews overviews, ReferralManagement referrals, Comuni comuni,
            Occupations occupations, MessageSource messages, Clock clock) {
        this.matching = matching;
        this.explanations = explanations;
        this.employers = employers;
        this.vacancyRegistry = vacancyRegistry;
        this.persons = persons;
        this.overviews = overviews;
        this.referrals = referrals;
        this.comuni = comuni;
        this.occupations = occupations;
        this.messages = messages;
        this.clock = clock;
    }

    /** A row of a list: the match with its reasons in words. */
    record CandidateRow(int rank, Candidate candidate, List<String> favourable, List<String> unfavourable,
            UUID personId, String availability) {
    }

    record VacancyRow(int rank, VacancyMatch vacancy, List<String> favourable, List<String> unfavourable,
            boolean preselected, String availability) {
    }

    @GetMapping("/vacancies/{id}/candidates")
    String candidates(@PathVariable UUID id, @RequestParam(defaultValue = "50") int limit,
            @RequestParam(defaultValue = "false") boolean own, @RequestParam(defaultValue = "0") int page,
            CurrentUser caller, Model model, Locale locale) {
        Vacancy vacancy = vacancyRegistry.vacancy(new VacancyId(id), caller);
        int size = Math.min(Math.max(limit, 1), MatchingManagement.MAX_LIMIT);
        int shown = Math.min(Math.max(page, 0), MatchingManagement.MAX_RANK / size - 1);
        List<Candidate> candidates = matching.candidates(vacancy.id(), shown, size, own, caller);
        List<CandidateRow> rows = new ArrayList<>();
        for (Candidate candidate : candidates) {
            rows.add(new CandidateRow(shown * size + rows.size() + 1, candidate, explanations.favourable(candidate.match(), locale),
                    explanations.unfavourable(candidate.match(), locale),
                    candidate.personId().map(PersonId::value).orElse(null),
                    candidate.preselection().flatMap(p -> p.availableOn().map(on -> availability(
                            p.available().orElse(false), on, locale))).orElse(null)));
        }
        model.addAttribute("activeNav", "employers");
        model.addAttribute("vacancy", vacancy);
        model.addAttribute("occupationLabel", occupations.labelOf(vacancy.occupationCode(), locale));
        model.addAttribute("comuneLabel", comuni.labelOf(vacancy.comuneCode()));
        model.addAttribute("rows", rows);
        model.addAttribute("own", own);
        // the ranking goes on past the first page: a full page may have a next one
        model.addAttribute("page", shown);
        model.addAttribute("limit", size);
        model.addAttribute("hasNext", candidates.size() == size && (shown + 2) * size <= MatchingManagement.MAX_RANK);
        model.addAttribute("sites", overviews.sitesOf(caller));
        model.addAttribute("back", "/vacancies/" + id + "/candidates" + (own ? "?own=true" : ""));
        return "matching/candidates";
    }

    @GetMapping("/persons/{id}/matching-vacancies")
    String vacancies(@PathVariable UUID id, @RequestParam(defaultValue = "20") int limit, CurrentUser caller,
            Model model, Locale locale) {
        PersonId personId = new PersonId(id);
        PersonSummary person = persons.requireInCharge(personId, caller);
        List<VacancyMatch> matches = matching.vacanciesFor(personId, Math.min(Math.max(limit, 1),
                MatchingManagement.MAX_LIMIT), caller);
        var preselections = matching.preselectionsOf(personId, caller);
        List<VacancyRow> rows = new ArrayList<>();
        for (VacancyMatch match : matches) {
            var preselection = preselections.get(match.vacancyId().value());
            String availability = preselection == null || preselection.availableOn().isEmpty() ? null
                    : availability(preselection.available().orElse(false), preselection.availableOn().get(), locale);
            rows.add(new VacancyRow(rows.size() + 1, match, explanations.favourable(match.match(), locale),
                    explanations.unfavourable(match.match(), locale), preselection != null, availability));
        }
        model.addAttribute("activeNav", "persons");
        model.addAttribute("person", person);
        model.addAttribute("proposable", matching.mayBeProposed(personId, caller));
        model.addAttribute("rows", rows);
        model.addAttribute("comuni", comuni);
        model.addAttribute("occupations", occupations);
        model.addAttribute("sites", overviews.sitesOf(caller));
        model.addAttribute("back", "/persons/" + id + "/matching-vacancies");
        return "matching/person-vacancies";
    }

    @PostMapping("/matching/{vacancyId}/{personId}/preselection")
    String preselect(@PathVariable UUID vacancyId, @PathVariable UUID personId,
            @RequestParam(required = false) UUID siteId, @RequestParam(required = false) Integer minutes,
            @RequestParam String back, CurrentUser caller, Locale locale, RedirectAttributes redirect) {
        return act(back, redirect, locale, "matching.preselect.done", () -> matching.preselect(new VacancyId(vacancyId),
                new PersonId(personId), siteId == null ? null : new SiteId(siteId), minutes, caller, locale));
    }

    @PostMapping("/matching/{vacancyId}/{personId}/availability")
    String availability(@PathVariable UUID vacancyId, @PathVariable UUID personId, @RequestParam boolean available,
            @RequestParam String back, CurrentUser caller, Locale locale, RedirectAttributes redirect) {
        return act(back, redirect, locale, "matching.availability.done",
                () -> matching.recordAvailability(new VacancyId(vacancyId), new PersonId(personId), available, caller));
    }

    @PostMapping("/matching/{vacancyId}/{personId}/referral")
    String refer(@PathVariable UUID vacancyId, @PathVariable UUID personId, @RequestParam String back,
            CurrentUser caller, Locale locale, RedirectAttributes redirect) {
        return act(back, redirect, locale, "matching.refer.done", () -> referrals.refer(new VacancyId(vacancyId),
                new PersonId(personId), LocalDate.now(clock), caller));
    }

    private String availability(boolean available, LocalDate on, Locale locale) {
        return messages.getMessage(available ? "matching.availability.yes" : "matching.availability.no",
                new Object[] {java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").format(on)}, locale);
    }

    /** Runs an action and goes back to the list with its outcome, the refusals in words. */
    private static final java.util.regex.Pattern BACK = java.util.regex.Pattern.compile(
            "/(vacancies/[0-9a-f-]{36}/candidates(\\?own=true)?|persons/[0-9a-f-]{36}/matching-vacancies)");

    private String act(String back, RedirectAttributes redirect, Locale locale, String done, Runnable action) {
        // Only back to one of the two lists: never an address taken from the request as it is.
        if (!BACK.matcher(back).matches()) {
            throw new NotFoundException("page", back);
        }
        List<String> problems = new ArrayList<>();
        try {
            action.run();
            redirect.addFlashAttribute("flash", done);
        } catch (RuleViolationException e) {
            e.violations().stream().map(Violation::message).forEach(problems::add);
        } catch (ReferralRefusedException e) {
            e.missing().forEach(missing -> problems.add(messages.getMessage(missing.messageKey(), null, locale)));
        } catch (InvalidInputException e) {
            e.problems().forEach(problem -> problems.add(messages.getMessage(problem.messageKey(),
                    problem.arguments().toArray(), locale)));
        } catch (ConflictException e) {
            problems.add(messages.getMessage(e.messageKey(), e.arguments().toArray(), locale));
        }
        if (!problems.isEmpty()) {
            redirect.addFlashAttribute("matchingErrors", problems);
        }
        return "redirect:" + back;
    }
}
