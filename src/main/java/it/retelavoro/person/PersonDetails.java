package it.retelavoro.person;

import java.time.LocalDate;

/**
 * What an operator records and updates about a person beyond their identity: where they live, how to reach
 * them, their education, their consent to matching and their professional profile.
 *
 * @param residence           residence (address and comune), may be null
 * @param domicile            domicile when different from the residence, may be null
 * @param phone               phone number
 * @param email               e-mail address
 * @param educationLevel      ISTAT education level code ({@code education-levels} vocabulary)
 * @param matchingConsent     whether the person consents to be proposed to employers (matching)
 * @param matchingConsentDate the day the consent was given; today when consent is given without a date
 * @param profile             the professional profile
 */
public record PersonDetails(Address residence, Address domicile, String phone, String email, String educationLevel,
        boolean matchingConsent, LocalDate matchingConsentDate, Profile profile) {

    public PersonDetails {
        profile = profile == null ? Profile.empty() : profile;
    }

    public static PersonDetails none() {
        return new PersonDetails(null, null, null, null, null, false, null, Profile.empty());
    }
}
