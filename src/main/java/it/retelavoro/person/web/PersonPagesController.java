package it.retelavoro.person.web;

import it.retelavoro.catalogue.ComplexTarget;
import it.retelavoro.person.Address;
import it.retelavoro.person.InCharge;
import it.retelavoro.person.Person;
import it.retelavoro.person.PersonDetails;
import it.retelavoro.person.PersonId;
import it.retelavoro.person.PersonPage;
import it.retelavoro.person.PersonDirectory;
import it.retelavoro.person.SpecialCategoryData;
import it.retelavoro.person.PersonTransfers;
import it.retelavoro.person.Profile;
import it.retelavoro.reference.BirthPlaces;
import it.retelavoro.reference.Comuni;
import it.retelavoro.reference.Countries;
import it.retelavoro.reference.EducationLevels;
import it.retelavoro.reference.Languages;
import it.retelavoro.reference.Occupations;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.OrganisationId;
import it.retelavoro.shared.PageForms;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The operator's pages: search, the person page with special categories and transfer (registration: {@link PersonRegistrationPagesController}). */
@Controller
class PersonPagesController {

    private final PersonDirectory persons;
    private final SpecialCategoryData specialCategories;
    private final PersonTransfers transfers;
    private final BirthPlaces birthPlaces;
    private final Comuni comuni;
    private final Countries countries;
    private final EducationLevels educationLevels;
    private final Occupations occupations;
    private final MessageSource messages;
    private final PageForms forms;

    PersonPagesController(PersonDirectory persons, SpecialCategoryData specialCategories, PersonTransfers transfers,
            BirthPlaces birthPlaces, Comuni comuni, Countries countries, EducationLevels educationLevels,
            Occupations occupations, MessageSource messages, PageForms forms) {
        this.forms = forms;
        this.persons = persons;
        this.specialCategories = specialCategories;
        this.transfers = transfers;
        this.birthPlaces = birthPlaces;
        this.comuni = comuni;
        this.countries = countries;
        this.educationLevels = educationLevels;
        this.occupations = occupations;
        this.messages = messages;
    }

    @GetMapping("/persons")
    String search(@RequestParam(required = false) String q, CurrentUser caller, Model model) {
        model.addAttribute("activeNav", "persons");
        model.addAttribute("q", q);
        if (q != null && !q.isBlank()) {
            String text = q.strip();
            boolean looksLikeFiscalCode = text.length() == 16 && text.chars().anyMatch(Character::isDigit);
            model.addAttribute("results", looksLikeFiscalCode ? persons.search(text, null, caller)
                    : persons.search(null, text, caller));
        }
        return "person/search";
    }

    @GetMapping("/persons/{id}")
    String person(@PathVariable UUID id, CurrentUser caller, Model model, Locale locale) {
        PersonPage page = persons.personPage(new PersonId(id), caller);
        Person person = page.person();
        model.addAttribute("activeNav", "persons");
        model.addAttribute("person", person);
        model.addAttribute("details", person.details());
        model.addAttribute("birthPlace", birthPlaces.labelOf(person.birthPlace()));
        model.addAttribute("citizenship", countries.nameOf(person.citizenship(), locale));
        PersonDetails details = person.details();
        model.addAttribute("residence", address(details.residence()));
        model.addAttribute("domicile", address(details.domicile()));
        model.addAttribute("education", details.educationLevel() == null ? null
                : educationLevels.labelOf(details.educationLevel()));
        Profile profile = details.profile();
        Map<String, String> occupationLabels = new LinkedHashMap<>();
        profile.experiences().forEach(experience -> {
            if (experience.occupation() != null) {
                occupationLabels.put(experience.occupation(), occupations.labelOf(experience.occupation(), locale));
            }
        });
        profile.desiredOccupations().forEach(code -> occupationLabels.put(code, occupations.labelOf(code, locale)));
        model.addAttribute("occupationLabels", occupationLabels);
        Map<String, String> languageNames = new LinkedHashMap<>();
        profile.languages().forEach(skill -> languageNames.put(skill.language(),
                Languages.nameOf(skill.language(), locale)));
        model.addAttribute("languageNames", languageNames);
        model.addAttribute("inCharge", page.inCharge());
        page.special().ifPresent(visible -> {
            model.addAttribute("special", visible);
            model.addAttribute("allTargets", ComplexTarget.values());
            model.addAttribute("recordable", page.recordable().orElseThrow());
            if (visible.language() != null) {
                model.addAttribute("neededLanguages", languageOptions(locale));
            }
        });
        model.addAttribute("transfers", page.transfers());
        Map<String, String> transferOptions = new LinkedHashMap<>();
        page.transferTargets().forEach(target -> transferOptions.put(
                String.valueOf(target.organisationId()), target.organisationName()));
        model.addAttribute("transferOptions", transferOptions);
        return "person/person";
    }

    /** Every ISO 639-1 language by its name in the locale, for the language a person needs. */
    static Map<String, String> languageOptions(Locale locale) {
        Map<String, String> options = new LinkedHashMap<>();
        java.util.Arrays.stream(Locale.getISOLanguages())
                .map(code -> new Option(code, Languages.nameOf(code, locale)))
                .sorted(java.util.Comparator.comparing(Option::label))
                .forEach(option -> options.put(option.code(), option.label()));
        return options;
    }

    @PostMapping("/persons/{id}/complex-targets")
    String complexTargets(@PathVariable UUID id, @RequestParam(required = false) Set<ComplexTarget> targets,
            @RequestParam(required = false) Boolean culturalMediation,
            @RequestParam(defaultValue = "false") boolean mediationShown,
            @RequestParam(required = false) String language, CurrentUser caller,
            RedirectAttributes redirect, Locale locale) {
        specialCategories.recordSpecialCategories(new PersonId(id), targets == null ? Set.of() : targets,
                mediationShown ? Boolean.TRUE.equals(culturalMediation) : null, language, caller);
        redirect.addFlashAttribute("saved", messages.getMessage("person.special.saved", null, locale));
        return "redirect:/persons/" + id + "#special";
    }

    @PostMapping("/persons/{id}/transfer")
    String transfer(@PathVariable UUID id, @RequestParam(required = false) UUID toOrganisationId,
            @RequestParam(required = false) String reason, CurrentUser caller, Model model, Locale locale,
            RedirectAttributes redirect) {
        return forms.form("transfer", null, model, locale).submit(() -> {
            InCharge inCharge = transfers.transfer(new PersonId(id), toOrganisationId == null ? null
                    : new OrganisationId(toOrganisationId), reason, caller);
            redirect.addFlashAttribute("transferred", messages.getMessage("person.transfer.done",
                    new Object[] {inCharge.organisationName()}, locale));
            return "redirect:/persons";
        }, () -> person(id, caller, model, locale));
    }

    private String address(Address address) {
        if (address == null) {
            return null;
        }
        if (address.comune() == null) {
            return address.address();
        }
        return comuni.addressOf(address.address(), address.comune());
    }

    record Option(String code, String label) {
    }
}
