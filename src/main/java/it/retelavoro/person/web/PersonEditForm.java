package it.retelavoro.person.web;

import it.retelavoro.person.Address;
import it.retelavoro.person.Availability;
import it.retelavoro.person.Person;
import it.retelavoro.person.PersonDetails;
import it.retelavoro.person.Profile;
import it.retelavoro.person.WorkingHours;
import it.retelavoro.reference.DrivingLicence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The form of the edit page as Spring binds it: rows of experiences and languages from
 * {@code experiences[0].occupation}, {@code languages[1].level}, ..., in the page's order, empty rows included;
 * dates and the distance stay as typed, so that a wrong one is shown back as it was.
 */
record PersonEditForm(Integer version, String residenceAddress, String residenceComune, String domicileAddress,
        String domicileComune, String phone, String email, String educationLevel, Boolean matchingConsent,
        String matchingConsentDate, List<ExperienceRow> experiences, List<LanguageRow> languages,
        Set<DrivingLicence> licences, List<String> desiredOccupations, WorkingHours hours, String maxKm,
        String provinces, Boolean willingToRelocate) {

    /** The value of the level select that stands for a mother tongue. */
    static final String MOTHER_TONGUE = "MOTHER_TONGUE";
    /** Empty rows offered for each repeatable part of the profile. */
    static final int EMPTY_ROWS = 2;

    PersonEditForm {
        experiences = experiences == null ? List.of()
                : experiences.stream().map(row -> row == null ? ExperienceRow.EMPTY : row).toList();
        languages = languages == null ? List.of()
                : languages.stream().map(row -> row == null ? LanguageRow.EMPTY : row).toList();
        licences = licences == null || licences.isEmpty() ? EnumSet.noneOf(DrivingLicence.class)
                : EnumSet.copyOf(licences);
        desiredOccupations = desiredOccupations == null ? List.of() : desiredOccupations;
    }

    /** A row of work experience as the page shows and posts it (dates as typed). */
    record ExperienceRow(String employer, String occupation, String from, String to, String description) {

        static final ExperienceRow EMPTY = new ExperienceRow(null, null, null, null, null);

        boolean isBlank() {
            return blank(employer) && blank(occupation) && blank(from) && blank(to) && blank(description);
        }
    }

    record LanguageRow(String language, String level) {

        static final LanguageRow EMPTY = new LanguageRow(null, null);

        boolean isBlank() {
            return blank(language) && blank(level);
        }
    }

    static PersonEditForm of(Person person) {
        PersonDetails details = person.details();
        Profile profile = details.profile();
        Availability availability = profile.availability();
        return new PersonEditForm(person.version(), addressOf(details.residence()), comuneOf(details.residence()),
                addressOf(details.domicile()), comuneOf(details.domicile()), details.phone(), details.email(),
                details.educationLevel(), details.matchingConsent(), text(details.matchingConsentDate()),
                profile.experiences().stream().map(experience -> new ExperienceRow(experience.employer(),
                        experience.occupation(), text(experience.from()), text(experience.to()),
                        experience.description())).toList(),
                profile.languages().stream().map(skill -> new LanguageRow(skill.language(), skill.motherTongue()
                        ? MOTHER_TONGUE : skill.level() == null ? null : skill.level().name())).toList(),
                profile.drivingLicences(), profile.desiredOccupations().stream().sorted().toList(),
                availability.hours(), availability.maxKm() == null ? null : availability.maxKm().toString(),
                String.join(", ", availability.provinces().stream().sorted().toList()),
                availability.willingToRelocate());
    }

    /** The same form with empty rows to fill, after the posted or recorded ones. */
    PersonEditForm withEmptyRows() {
        List<ExperienceRow> moreExperiences = new ArrayList<>(experiences);
        List<LanguageRow> moreLanguages = new ArrayList<>(languages);
        List<String> moreOccupations = new ArrayList<>(desiredOccupations);
        for (int i = 0; i < EMPTY_ROWS; i++) {
            moreExperiences.add(ExperienceRow.EMPTY);
            moreLanguages.add(LanguageRow.EMPTY);
            moreOccupations.add(null);
        }
        return new PersonEditForm(version, residenceAddress, residenceComune, domicileAddress, domicileComune, phone,
                email, educationLevel, matchingConsent, matchingConsentDate, moreExperiences, moreLanguages,
                licences, moreOccupations, hours, maxKm, provinces, willingToRelocate);
    }

    /** The version the page was read at; one that cannot be read is never the current one. */
    int versionRead() {
        return version == null ? -1 : version;
    }

    boolean consents() {
        return Boolean.TRUE.equals(matchingConsent);
    }

    boolean relocates() {
        return Boolean.TRUE.equals(willingToRelocate);
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
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
