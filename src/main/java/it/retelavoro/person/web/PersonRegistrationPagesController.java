package it.retelavoro.person.web;

import it.retelavoro.person.Address;
import it.retelavoro.person.FiscalCodeNamesMismatch;
import it.retelavoro.person.PersonDetails;
import it.retelavoro.person.PersonDirectory;
import it.retelavoro.person.PersonRegistration;
import it.retelavoro.person.PersonRegistry;
import it.retelavoro.person.Profile;
import it.retelavoro.person.RegistrationDraft;
import it.retelavoro.person.Sex;
import it.retelavoro.reference.Countries;
import it.retelavoro.reference.EducationLevels;
import it.retelavoro.shared.ConflictException;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.PageForms;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** The registration of a person ({@code /persons/new}): the form, and the same form again with its problems. */
@Controller
class PersonRegistrationPagesController {

    private final PersonRegistry registry;
    private final PersonDirectory persons;
    private final Countries countries;
    private final EducationLevels educationLevels;
    private final MessageSource messages;
    private final PageForms forms;

    PersonRegistrationPagesController(PersonRegistry registry, PersonDirectory persons, Countries countries,
            EducationLevels educationLevels, MessageSource messages, PageForms forms) {
        this.registry = registry;
        this.persons = persons;
        this.countries = countries;
        this.educationLevels = educationLevels;
        this.messages = messages;
        this.forms = forms;
    }

    @ModelAttribute("activeNav")
    String activeNav() {
        return "persons";
    }

    @ModelAttribute("sexes")
    Map<String, String> sexes(Locale locale) {
        Map<String, String> sexes = new LinkedHashMap<>();
        for (Sex sex : Sex.values()) {
            sexes.put(sex.name(), messages.getMessage(sex.labelKey(), null, locale));
        }
        return sexes;
    }

    @ModelAttribute("countries")
    Map<String, String> countries(Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        countries.all(locale).forEach(country -> names.put(country.code(), countries.nameOf(country.code(), locale)));
        return names;
    }

    @ModelAttribute("educationOptions")
    Map<String, String> educationOptions() {
        return educationOptions(educationLevels);
    }

    /** The education levels as the select of a form offers them, code to label. */
    static Map<String, String> educationOptions(EducationLevels educationLevels) {
        Map<String, String> options = new LinkedHashMap<>();
        educationLevels.all().forEach(level -> options.put(level.code(), level.label()));
        return options;
    }

    @GetMapping("/persons/new")
    String newPerson(Model model) {
        if (!model.containsAttribute("registrationForm")) {
            // issue 14: an applicant of the job board, carried from the applications' queue
            model.addAttribute("registrationForm",
                    model.getAttribute(RegistrationDraft.FLASH) instanceof RegistrationDraft draft
                            ? RegistrationForm.of(draft) : RegistrationForm.empty());
        }
        return "person/new";
    }

    @PostMapping("/persons")
    String register(RegistrationForm form, CurrentUser caller, Model model, Locale locale) {
        return forms.form("registration", form, model, locale)
                // advisory: codes issued with errors exist, so the operator checks the document and confirms
                .refusing(FiscalCodeNamesMismatch.class,
                        (mismatch, errors) -> model.addAttribute("nameMismatch", mismatch.expectedLetters()))
                .refusing(ConflictException.class, (conflict, errors) -> {
                    errors.add(conflict);
                    if (conflict.existingLocation() != null) {
                        model.addAttribute("existing", conflict.existingLocation().replace("/api/v1", ""));
                    } else {
                        // in charge elsewhere: the person may have chosen this organisation (issue 13, point 5)
                        model.addAttribute("takeoverPersonId", persons.inCharge(form.fiscalCode(), caller).personId());
                    }
                })
                .submit(() -> "redirect:/persons/" + registry.register(form.toRegistration(), caller).id(),
                        () -> newPerson(model));
    }

    record RegistrationForm(String fiscalCode, String firstName, String lastName,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate birthDate, String sex, String birthPlace,
            String citizenship, String residenceAddress, String residenceComune, String domicileAddress,
            String domicileComune, String phone, String email, String educationLevel, Boolean matchingConsent,
            Boolean confirmNameMismatch) {

        static RegistrationForm empty() {
            return new RegistrationForm(null, null, null, null, null, null, "IT", null, null, null, null, null, null,
                    null, false, false);
        }

        /** The form filled with what is known of the person already, the rest as in {@link #empty()}. */
        static RegistrationForm of(RegistrationDraft draft) {
            return new RegistrationForm(draft.fiscalCode(), draft.firstName(), draft.lastName(), null, null, null,
                    "IT", null, null, null, null, draft.phone(), draft.email(), null, false, false);
        }

        PersonRegistration toRegistration() {
            return new PersonRegistration(fiscalCode, firstName, lastName, birthDate, sex,
                    birthPlace == null ? null : birthPlace.strip(), citizenship,
                    new PersonDetails(new Address(residenceAddress, residenceComune),
                            new Address(domicileAddress, domicileComune), phone, email, educationLevel,
                            Boolean.TRUE.equals(matchingConsent), null, Profile.empty()),
                    Boolean.TRUE.equals(confirmNameMismatch));
        }
    }
}
