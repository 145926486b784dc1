package it.retelavoro.person;

import it.retelavoro.reference.Comuni;
import it.retelavoro.reference.EducationLevels;
import it.retelavoro.reference.Languages;
import it.retelavoro.reference.Occupations;
import it.retelavoro.shared.InvalidInputException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * What makes a person's details (residence, contacts, education, consent, profile) valid, and how they are
 * stored: the same for a registration and an update, so that both say the same thing.
 */
@Component
class PersonDetailsRules {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ./-]{6,25}");
    private static final Pattern PROVINCE = Pattern.compile("[A-Z]{2}");
    private static final int MAX_KM = 2000;

    private final Comuni comuni;
    private final EducationLevels educationLevels;
    private final Occupations occupations;
    private final Clock clock;

    PersonDetailsRules(Comuni comuni, EducationLevels educationLevels, Occupations occupations, Clock clock) {
        this.comuni = comuni;
        this.educationLevels = educationLevels;
        this.occupations = occupations;
        this.clock = clock;
    }

    /** Adds every problem of the details to {@code problems}, each named after its field. */
    void validate(PersonDetails details, InvalidInputException.Collector problems) {
        validate(details.residence(), "residence", problems);
        validate(details.domicile(), "domicile", problems);
        if (details.phone() != null && !details.phone().isBlank()) {
            problems.require(PHONE.matcher(details.phone().strip()).matches(), "phone", "person.phone.invalid");
        }
        if (details.email() != null && !details.email().isBlank()) {
            problems.require(details.email().strip().length() <= Person.EMAIL_MAX
                    && EMAIL.matcher(details.email().strip()).matches(), "email", "person.email.invalid");
        }
        if (details.educationLevel() != null && !details.educationLevel().isBlank()) {
            problems.require(educationLevels.exists(details.educationLevel()), "educationLevel",
                    "person.education-level.unknown");
        }
        if (details.matchingConsentDate() != null) {
            problems.require(!details.matchingConsentDate().isAfter(LocalDate.now(clock)), "matchingConsentDate",
                    "person.date.future");
            problems.sensibleDate(details.matchingConsentDate(), "matchingConsentDate");
        }
        Profile profile = details.profile();
        for (int i = 0; i < profile.experiences().size(); i++) {
            validate(profile.experiences().get(i), "profile.experiences[" + i + "]", problems);
        }
        Set<String> languagesSeen = new HashSet<>();
        for (int i = 0; i < profile.languages().size(); i++) {
            LanguageSkill skill = profile.languages().get(i);
            String field = "profile.languages[" + i + "]";
            if (skill == null || !Languages.exists(skill.language())) {
                problems.add(field + ".language", "person.language.unknown");
                continue;
            }
            problems.require(languagesSeen.add(skill.language().strip().toLowerCase(Locale.ROOT)),
                    field + ".language", "person.language.repeated");
            problems.require(skill.motherTongue() || skill.level() != null, field + ".level", "validation.required");
        }
        for (String occupation : profile.desiredOccupations()) {
            problems.require(occupations.exists(occupation), "profile.desiredOccupations", "person.occupation.unknown");
        }
        Availability availability = profile.availability();
        if (availability.maxKm() != null) {
            problems.require(availability.maxKm() >= 0 && availability.maxKm() <= MAX_KM,
                    "profile.availability.maxKm", "person.max-km.range");
        }
        for (String province : availability.provinces()) {
            problems.require(province != null && PROVINCE.matcher(province.strip().toUpperCase(Locale.ROOT))
                    .matches(), "profile.availability.provinces", "person.province.invalid");
        }
    }

    private void validate(WorkExperience experience, String field, InvalidInputException.Collector problems) {
        if (experience == null) {
            problems.add(field, "validation.required");
            return;
        }
        if (experience.employer() == null || experience.employer().isBlank()) {
            problems.add(field + ".employer", "validation.required");
        } else {
            problems.maxLength(experience.employer().strip(), Person.EXPERIENCE_EMPLOYER_MAX, field + ".employer");
        }
        if (experience.occupation() != null && !experience.occupation().isBlank()) {
            problems.require(occupations.exists(experience.occupation()), field + ".occupation",
                    "person.occupation.unknown");
        }
        problems.sensibleDate(experience.from(), field + ".from").sensibleDate(experience.to(), field + ".to");
        if (experience.from() != null && experience.to() != null) {
            problems.require(!experience.to().isBefore(experience.from()), field + ".to", "person.period.order");
        }
        problems.maxLength(experience.description(), Person.EXPERIENCE_DESCRIPTION_MAX, field + ".description");
    }

    private void validate(Address address, String field, InvalidInputException.Collector problems) {
        if (address == null) {
            return;
        }
        boolean hasAddress = address.address() != null && !address.address().isBlank();
        boolean hasComune = address.comune() != null && !address.comune().isBlank();
        if (hasAddress || hasComune) {
            problems.require(hasComune && comuni.exists(address.comune()), field + ".comune", "validation.comune");
        }
        if (hasAddress) {
            problems.maxLength(address.address().strip(), Person.ADDRESS_MAX, field + ".address");
        }
    }

    /** The details as stored: codes tidied, and a consent given without a date given today. */
    PersonDetails normalise(PersonDetails details) {
        Profile profile = details.profile();
        Availability availability = profile.availability();
        Set<String> provinces = new HashSet<>();
        availability.provinces().forEach(province -> provinces.add(province.strip().toUpperCase(Locale.ROOT)));
        List<LanguageSkill> languages = profile.languages().stream()
                .map(skill -> new LanguageSkill(skill.language().strip().toLowerCase(Locale.ROOT),
                        skill.motherTongue() && skill.level() == null ? null : skill.level(), skill.motherTongue()))
                .toList();
        List<WorkExperience> experiences = profile.experiences().stream()
                .map(experience -> new WorkExperience(experience.employer().strip(),
                        blankToNull(experience.occupation()),
                        experience.from(), experience.to(), blankToNull(experience.description())))
                .toList();
        Set<String> desired = new HashSet<>();
        profile.desiredOccupations().forEach(code -> desired.add(code.strip()));
        Profile normalised = new Profile(experiences, languages, profile.drivingLicences(), desired,
                new Availability(availability.hours(), availability.maxKm(), provinces,
                        availability.willingToRelocate()));
        LocalDate consentDate = details.matchingConsent()
                ? Optional.ofNullable(details.matchingConsentDate()).orElse(LocalDate.now(clock)) : null;
        return new PersonDetails(details.residence(), details.domicile(), details.phone(), details.email(),
                details.educationLevel() == null ? null : details.educationLevel().strip().toUpperCase(Locale.ROOT),
                details.matchingConsent(), consentDate, normalised);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
