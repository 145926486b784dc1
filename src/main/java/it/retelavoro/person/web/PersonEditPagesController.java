package it.retelavoro.person.web;

import it.retelavoro.person.Address;
import it.retelavoro.person.Availability;
import it.retelavoro.person.LanguageSkill;
import it.retelavoro.person.Person;
import it.retelavoro.person.PersonDetails;
import it.retelavoro.person.PersonId;
import it.retelavoro.person.PersonDirectory;
import it.retelavoro.person.PersonUpdates;
import it.retelavoro.person.Profile;
import it.retelavoro.person.WorkExperience;
import it.retelavoro.person.WorkingHours;
import it.retelavoro.person.web.PersonEditForm.ExperienceRow;
import it.retelavoro.person.web.PersonEditForm.LanguageRow;
import it.retelavoro.reference.CefrLevel;
import it.retelavoro.reference.DrivingLicence;
import it.retelavoro.reference.EducationLevels;
import it.retelavoro.reference.Languages;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.FormErrors;
import it.retelavoro.shared.InvalidInputException;
import it.retelavoro.shared.PageForms;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page that edits a person's residence, contacts, education, consent and professional profile
 * ({@code /persons/{id}/edit}), the same update as {@code PUT /api/v1/persons/{id}}. Repeatable rows
 * (experiences, languages, desired occupations) come as a few empty rows more than the recorded ones:
 * "save and add more" comes back with new empty rows, no script needed. Empty rows are ignored.
 */
@Controller
class PersonEditPagesController {

    private final PersonDirectory persons;
    private final PersonUpdates updates;
    private final EducationLevels educationLevels;
    private final PageForms forms;
    private final MessageSource messages;

    PersonEditPagesController(PersonDirectory persons, PersonUpdates updates, EducationLevels educationLevels, PageForms forms,
            MessageSource messages) {
        this.persons = persons;
        this.updates = updates;
        this.educationLevels = educationLevels;
        this.forms = forms;
        this.messages = messages;
    }

    /** The choices of the page's selects and boxes. */
    @ModelAttribute
    void referenceData(Model model, Locale locale) {
        model.addAttribute("activeNav", "persons");
        model.addAttribute("educationOptions", PersonRegistrationPagesController.educationOptions(educationLevels));
        Map<String, String> languages = new LinkedHashMap<>();
        Arrays.stream(Locale.getISOLanguages())
                .map(code -> new PersonPagesController.Option(code, Languages.nameOf(code, locale)))
                .sorted(Comparator.comparing(PersonPagesController.Option::label))
                .forEach(option -> languages.put(option.code(), option.label()));
        model.addAttribute("languages", languages);
        Map<String, String> levels = new LinkedHashMap<>();
        levels.put(PersonEditForm.MOTHER_TONGUE, messages.getMessage("person.language.mother-tongue", null, locale));
        Arrays.stream(CefrLevel.values())
                .forEach(level -> levels.put(level.name(), messages.getMessage(level.labelKey(), null, locale)));
        model.addAttribute("levels", levels);
        model.addAttribute("licences", EnumSet.allOf(DrivingLicence.class));
        model.addAttribute("hours", WorkingHours.values());
    }

    @GetMapping("/persons/{id}/edit")
    String edit(@PathVariable UUID id, CurrentUser caller, Model model) {
        Person person = persons.person(new PersonId(id), caller);
        model.addAttribute("person", person);
        model.addAttribute("editForm", PersonEditForm.of(person).withEmptyRows());
        return "person/edit";
    }

    @PostMapping("/persons/{id}/edit")
    String save(@PathVariable UUID id, PersonEditForm form, BindingResult binding,
            @RequestParam(required = false) String more, CurrentUser caller, Model model, Locale locale,
            RedirectAttributes redirect) {
        // Rows are posted in page order, empty ones included: only the filled ones are sent, and each problem
        // the service finds at an index of what was sent goes back to the row the operator filled. A version
        // that does not convert (the binding's only possible problem) reads as a stale one.
        List<Integer> experienceRows = new ArrayList<>();
        List<Integer> languageRows = new ArrayList<>();
        return forms.form("edit", form, model, locale)
                .fieldNames(field -> pageField(field, experienceRows, languageRows))
                .refusing(OptimisticLockingFailureException.class,
                        (e, errors) -> errors.add(FormErrors.GLOBAL, "person.edit.concurrent"))
                .submit(() -> {
                    PersonDetails details = details(form, experienceRows, languageRows);
                    updates.update(new PersonId(id), details, form.versionRead(), caller);
                    redirect.addFlashAttribute("flash", "person.edit.saved");
                    return more != null ? "redirect:/persons/" + id + "/edit" : "redirect:/persons/" + id;
                }, () -> page(id, caller, model));
    }

    private String page(UUID id, CurrentUser caller, Model model) {
        model.addAttribute("person", persons.person(new PersonId(id), caller));
        return "person/edit";
    }

    /**
     * The details to send.
     *
     * @throws InvalidInputException naming the rows of the page when a date or the distance does not convert
     */
    private static PersonDetails details(PersonEditForm form, List<Integer> experienceRows,
            List<Integer> languageRows) {
        InvalidInputException.Collector problems = new InvalidInputException.Collector();
        List<WorkExperience> experiences = new ArrayList<>();
        for (int i = 0; i < form.experiences().size(); i++) {
            ExperienceRow row = form.experiences().get(i);
            if (row.isBlank()) {
                continue;
            }
            experienceRows.add(i);
            experiences.add(new WorkExperience(strip(row.employer()), strip(row.occupation()),
                    date(row.from(), "experiences[" + i + "].from", problems),
                    date(row.to(), "experiences[" + i + "].to", problems), strip(row.description())));
        }
        List<LanguageSkill> languages = new ArrayList<>();
        for (int i = 0; i < form.languages().size(); i++) {
            LanguageRow row = form.languages().get(i);
            if (row.isBlank()) {
                continue;
            }
            languageRows.add(i);
            boolean mother = PersonEditForm.MOTHER_TONGUE.equals(row.level());
            CefrLevel level = mother || blank(row.level()) ? null : CefrLevel.valueOf(row.level());
            languages.add(new LanguageSkill(strip(row.language()), level, mother));
        }
        Set<String> desired = new LinkedHashSet<>();
        form.desiredOccupations().stream().filter(code -> !blank(code)).map(String::strip).forEach(desired::add);
        Integer maxKm = null;
        if (!blank(form.maxKm())) {
            try {
                maxKm = Integer.valueOf(form.maxKm().strip());
            } catch (NumberFormatException e) {
                problems.add("maxKm", "person.max-km.range");
            }
        }
        Set<String> provinces = new LinkedHashSet<>();
        if (!blank(form.provinces())) {
            Arrays.stream(form.provinces().split("[,\\s]+")).filter(code -> !code.isBlank())
                    .map(code -> code.toUpperCase(Locale.ROOT)).forEach(provinces::add);
        }
        Availability availability = new Availability(form.hours(), maxKm, provinces, form.relocates());
        LocalDate consentDate = date(form.matchingConsentDate(), "matchingConsentDate", problems);
        problems.throwIfAny();
        return new PersonDetails(new Address(strip(form.residenceAddress()), strip(form.residenceComune())),
                new Address(strip(form.domicileAddress()), strip(form.domicileComune())), strip(form.phone()),
                strip(form.email()), strip(form.educationLevel()), form.consents(),
                form.consents() ? consentDate : null,
                new Profile(experiences, languages, form.licences(), desired, availability));
    }

    /** The page's name of a field the service names: indexes back to the rows of the page. */
    static String pageField(String field, List<Integer> experienceRows, List<Integer> languageRows) {
        String result = field;
        result = reindex(result, "profile.experiences[", "experiences[", experienceRows);
        result = reindex(result, "profile.languages[", "languages[", languageRows);
        return switch (result) {
            case "profile.desiredOccupations" -> "desiredOccupations";
            case "profile.availability.maxKm" -> "maxKm";
            case "profile.availability.provinces" -> "provinces";
            default -> result;
        };
    }

    private static String reindex(String field, String prefix, String pagePrefix, List<Integer> rows) {
        if (!field.startsWith(prefix)) {
            return field;
        }
        int close = field.indexOf(']', prefix.length());
        int sent = Integer.parseInt(field.substring(prefix.length(), close));
        int row = sent < rows.size() ? rows.get(sent) : sent;
        return pagePrefix + row + field.substring(close);
    }

    private static LocalDate date(String text, String field, InvalidInputException.Collector problems) {
        if (blank(text)) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(field, "person.date.invalid");
            return null;
        }
    }

    private static boolean blank(String text) {
        return PersonEditForm.blank(text);
    }

    private static String strip(String text) {
        return blank(text) ? null : text.strip();
    }
}
