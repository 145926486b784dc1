package it.retelavoro.person;

import java.util.List;
import java.util.Set;

/**
 * The professional profile of a person: what they did, what they know, what they look for.
 *
 * @param experiences        work experiences, most recent first as the operator enters them
 * @param languages          languages with their level
 * @param drivingLicences    driving licences and certificates
 * @param desiredOccupations ISTAT CP2021 codes (units or groups) of the jobs they look for
 * @param availability       working time and mobility
 */
public record Profile(List<WorkExperience> experiences, List<LanguageSkill> languages,
        Set<DrivingLicence> drivingLicences, Set<String> desiredOccupations, Availability availability) {

    public Profile {
        experiences = experiences == null ? List.of() : List.copyOf(experiences);
        languages = languages == null ? List.of() : List.copyOf(languages);
        drivingLicences = drivingLicences == null ? Set.of() : Set.copyOf(drivingLicences);
        desiredOccupations = desiredOccupations == null ? Set.of() : Set.copyOf(desiredOccupations);
        availability = availability == null ? Availability.unknown() : availability;
    }

    public static Profile empty() {
        return new Profile(List.of(), List.of(), Set.of(), Set.of(), Availability.unknown());
    }
}
