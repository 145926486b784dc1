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
import it.retelavoro.reference.CefrLevel;
import it.retelavoro.reference.DrivingLicence;
import it.retelavoro.reference.EducationLevels;
import it.retelavoro.reference.Languages;
import it.retelavoro.reference.Occupations;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.InvalidInputException;
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
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
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

    /** Empty rows offered for each repeatable part of the profile. */
    static final int EMPTY_ROWS = 2;
    /** The value of the level select that stands for a mother tongue. */
    static final String MOTHER_TONGUE = "MOTHER_TONGUE";

    private final PersonDirectory persons;
    private final PersonUpdates updates;
    private final EducationLevels educationLevels;
    private final Occupations occupations;
    private final MessageSource messages;

    PersonEditPagesController(PersonDirectory persons, PersonUpdates updates, EducationLevels educationLevels,
            Occupations occupations, MessageSource messages) {
        this.persons = persons;
        this.updates = updates;
        this.educationLevels = educationLevels;
        this.occupations = occupations;
        this.messages = messages;
    }

    /** A row of work experience as the page shows and posts it (dates as typed). */
    record ExperienceRow(String employer, String occupation, String from, String to, String description) {

        boolean isBlank() {
            return blank(employer) && blank(occupation) && blank(from) && blank(to) && blank(description);
        }
    }

    record LanguageRow(String language, String level) {

        boolean isBlank() {
            return blank(language) && blank(level);
        }
    }

    /** The whole form, flat as the page posts it; rows keep their posted order. */
    record EditForm(int version, String residenceAddress, String residenceComune, String domicileAddress,
            String domicileComune, String phone, String email, String educationLevel, boolean matchingConsent,
            String matchingConsentDate, List<ExperienceRow> experiences, List<LanguageRow> languages,
            Set<String> licences, List<String> desiredOccupations, String hours, String maxKm, String provinces,
            boolean willingToRelocate) {

        static EditForm of(Person person) {
            PersonDetails details = person.details();
            Profile profile = details.profile();
            Availability availability = profile.availability();
            return new EditForm(person.version(), addressOf(details.residence()), comuneOf(details.residence()),
                    addressOf(details.domicile()), comuneOf(details.domicile()), details.phone(), details.email(),
                    details.educationLevel(), details.matchingConsent(), details.matchingConsentDate() == null ? null
                            : details.matchingConsentDate().toString(),
                    profile.experiences().stream().map(experience -> new ExperienceRow(experience.employer(),
                            experience.occupation(), text(experience.from()), text(experience.to()),
                            experience.description())).toList(),
                    profile.languages().stream().map(skill -> new LanguageRow(skill.language(), skill.motherTongue()
                            ? MOTHER_TONGUE : skill.level() == null ? null : skill.level().name())).toList(),
                    profile.drivingLicences().stream().map(Enum::name).collect(java.util.stream.Collectors.toSet()),
                    profile.desiredOccupations().stream().sorted().toList(),
                    availability.hours() == null ? null : availability.hours().name(),
                    availability.maxKm() == null ? null : availability.maxKm().toString(),
                    String.join(", ", availability.provinces().stream().sorted().toList()),
                    availability.willingToRelocate());
        }

        static EditForm of(MultiValueMap<String, String> posted) {
            List<String> employers = all(posted, "experienceEmployer");
            List<ExperienceRow> experiences = new ArrayList<>();
            for (int i = 0; i < employers.size(); i++) {
                experiences.add(new ExperienceRow(employers.get(i), at(posted, "experienceOccupation", i),
                        at(posted, "experienceFrom", i), at(posted, "experienceTo", i),
                        at(posted, "experienceDescription", i)));
            }
            List<String> codes = all(posted, "languageCode");
            List<LanguageRow> languages = new ArrayList<>();
            for (int i = 0; i < codes.size(); i++) {
                languages.add(new LanguageRow(codes.get(i), at(posted, "languageLevel", i)));
            }
            int version;
            try {
                version = Integer.parseInt(posted.getFirst("version"));
            } catch (NumberFormatException e) {
                version = -1;
            }
            return new EditForm(version, posted.getFirst("residenceAddress"), posted.getFirst("residenceComune"),
                    posted.getFirst("domicileAddress"), posted.getFirst("domicileComune"), posted.getFirst("phone"),
                    posted.getFirst("email"), posted.getFirst("educationLevel"),
                    "true".equals(posted.getFirst("matchingConsent")), posted.getFirst("matchingConsentDate"),
                    experiences, languages, new LinkedHashSet<>(all(posted, "licences")),
                    all(posted, "desiredOccupation"), posted.getFirst("hours"), posted.getFirst("maxKm"),
                    posted.getFirst("provinces"), "true".equals(posted.getFirst("willingToRelocate")));
        }

        /** The same form with empty rows to fill, after the posted or recorded ones. */
        EditForm withEmptyRows() {
            List<ExperienceRow> moreExperiences = new ArrayList<>(experiences);
            List<LanguageRow> moreLanguages = new ArrayList<>(languages);
            List<String> moreOccupations = new ArrayList<>(desiredOccupations);
            for (int i = 0; i < EMPTY_ROWS; i++) {
                moreExperiences.add(new ExperienceRow(null, null, null, null, null));
                moreLanguages.add(new LanguageRow(null, null));
                moreOccupations.add(null);
            }
            return new EditForm(version, residenceAddress, residenceComune, domicileAddress, domicileComune, phone,
                    email, educationLevel, matchingConsent, matchingConsentDate, moreExperiences, moreLanguages,
                    licences, moreOccupations, hours, maxKm, provinces, willingToRelocate);
        }
    }

    @GetMapping("/persons/{id}/edit")
    String edit(@PathVariable UUID id, CurrentUser caller, Model model, Locale locale) {
        Person person = persons.person(new PersonId(id), caller);
        return page(person, EditForm.of(person).withEmptyRows(), Map.of(), model, locale);
    }

    @PostMapping("/persons/{id}/edit")
    String save(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> posted,
            @RequestParam(required = false) String more, CurrentUser caller, Model model, Locale locale,
            RedirectAttributes redirect) {
        EditForm form = EditForm.of(posted);
        Map<String, List<String>> errors = new LinkedHashMap<>();
        // Rows are posted in page order, empty ones included: only the filled ones are sent, and each problem
        // the service finds at an index of what was sent goes back to the row the operator filled.
        List<Integer> experienceRows = new ArrayList<>();
        List<Integer> languageRows = new ArrayList<>();
        PersonDetails details = details(form, experienceRows, languageRows, errors, locale);
        if (errors.isEmpty()) {
            try {
                updates.update(new PersonId(id), details, form.version(), caller);
                redirect.addFlashAttribute("flash", "person.edit.saved");
                return more != null ? "redirect:/persons/" + id + "/edit" : "redirect:/persons/" + id;
            } catch (InvalidInputException e) {
                e.problems().forEach(problem -> errors.computeIfAbsent(
                        pageField(problem.field(), experienceRows, languageRows), k -> new ArrayList<>())
                        .add(messages.getMessage(problem.messageKey(), problem.arguments().toArray(), locale)));
            } catch (OptimisticLockingFailureException e) {
                errors.put("global", List.of(messages.getMessage("person.edit.concurrent", null, locale)));
            }
        }
        Person person = persons.person(new PersonId(id), caller);
        return page(person, form, errors, model, locale);
    }

    @GetMapping("/persons/fragments/occupations")
    String occupationOptions(@RequestParam Map<String, String> parameters, Model model, Locale locale) {
        String query = parameters.getOrDefault("experienceOccupation", parameters.get("desiredOccupation"));
        model.addAttribute("options", occupations.entries(query, locale, 20).stream()
                .map(entry -> new PersonPagesController.Option(entry.code(), entry.label())).toList());
        return "person/fragments :: options";
    }

    private String page(Person person, EditForm form, Map<String, List<String>> errors, Model model, Locale locale) {
        model.addAttribute("activeNav", "persons");
        model.addAttribute("person", person);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("educationLevels", educationLevels.all());
        model.addAttribute("languages", Arrays.stream(Locale.getISOLanguages())
                .map(code -> new PersonPagesController.Option(code, Languages.nameOf(code, locale)))
                .sorted(Comparator.comparing(PersonPagesController.Option::label)).toList());
        model.addAttribute("cefrLevels", CefrLevel.values());
        model.addAttribute("motherTongue", MOTHER_TONGUE);
        model.addAttribute("licences", EnumSet.allOf(DrivingLicence.class));
        model.addAttribute("hours", WorkingHours.values());
        return "person/edit";
    }

    /** The details to send; problems of conversion (a date, a number) are put in {@code errors}. */
    private PersonDetails details(EditForm form, List<Integer> experienceRows, List<Integer> languageRows,
            Map<String, List<String>> errors, Locale locale) {
        List<WorkExperience> experiences = new ArrayList<>();
        for (int i = 0; i < form.experiences().size(); i++) {
            ExperienceRow row = form.experiences().get(i);
            if (row.isBlank()) {
                continue;
            }
            experienceRows.add(i);
            experiences.add(new WorkExperience(strip(row.employer()), strip(row.occupation()),
                    date(row.from(), "experiences[" + i + "].from", errors, locale),
                    date(row.to(), "experiences[" + i + "].to", errors, locale), strip(row.description())));
        }
        List<LanguageSkill> languages = new ArrayList<>();
        for (int i = 0; i < form.languages().size(); i++) {
            LanguageRow row = form.languages().get(i);
            if (row.isBlank()) {
                continue;
            }
            languageRows.add(i);
            boolean mother = MOTHER_TONGUE.equals(row.level());
            CefrLevel level = mother || blank(row.level()) ? null : CefrLevel.valueOf(row.level());
            languages.add(new LanguageSkill(strip(row.language()), level, mother));
        }
        Set<DrivingLicence> licences = EnumSet.noneOf(DrivingLicence.class);
        form.licences().forEach(code -> licences.add(DrivingLicence.valueOf(code)));
        Set<String> desired = new LinkedHashSet<>();
        form.desiredOccupations().stream().filter(code -> !blank(code)).map(String::strip).forEach(desired::add);
        Integer maxKm = null;
        if (!blank(form.maxKm())) {
            try {
                maxKm = Integer.valueOf(form.maxKm().strip());
            } catch (NumberFormatException e) {
                errors.computeIfAbsent("maxKm", k -> new ArrayList<>())
                        .add(messages.getMessage("person.max-km.range", null, locale));
            }
        }
        Set<String> provinces = new LinkedHashSet<>();
        if (!blank(form.provinces())) {
            Arrays.stream(form.provinces().split("[,\\s]+")).filter(code -> !code.isBlank())
                    .map(code -> code.toUpperCase(Locale.ROOT)).forEach(provinces::add);
        }
        Availability availability = new Availability(blank(form.hours()) ? null : WorkingHours.valueOf(form.hours()),
                maxKm, provinces, form.willingToRelocate());
        LocalDate consentDate = date(form.matchingConsentDate(), "matchingConsentDate", errors, locale);
        return new PersonDetails(new Address(strip(form.residenceAddress()), strip(form.residenceComune())),
                new Address(strip(form.domicileAddress()), strip(form.domicileComune())), strip(form.phone()),
                strip(form.email()), strip(form.educationLevel()), form.matchingConsent(),
                form.matchingConsent() ? consentDate : null,
                new Profile(experiences, languages, licences, desired, availability));
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

    private LocalDate date(String text, String field, Map<String, List<String>> errors, Locale locale) {
        if (blank(text)) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.computeIfAbsent(field, k -> new ArrayList<>())
                    .add(messages.getMessage("person.date.invalid", null, locale));
            return null;
        }
    }

    private static List<String> all(MultiValueMap<String, String> posted, String name) {
        List<String> values = posted.get(name);
        return values == null ? List.of() : values;
    }

    private static String at(MultiValueMap<String, String> posted, String name, int index) {
        List<String> values = all(posted, name);
        return index < values.size() ? values.get(index) : null;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String strip(String text) {
        return blank(text) ? null : text.strip();
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static String addressOf(Address address) {
        return address == null ? null : address.address();
    }

    private static String comuneOf(Address address) {
        return address == null ? null : address.comune();
    }
}
