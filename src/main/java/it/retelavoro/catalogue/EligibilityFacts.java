package it.retelavoro.catalogue;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What the eligibility rules of a programme need of the person served, besides their complex targets (in
 * {@link RecipientProfile}). The pathway gathers them; none of them is special-category data.
 *
 * @param birthDate       the person's birth date, for the age on the day
 * @param didInForceSince the day the DID in force was declared, empty without one
 * @param naspiRecipient  whether that DID was made with an application for NASpI
 */
public record EligibilityFacts(Optional<LocalDate> birthDate, Optional<LocalDate> didInForceSince,
        boolean naspiRecipient) {

    public EligibilityFacts {
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(didInForceSince, "didInForceSince");
    }

    /** Nothing known of the person. */
    public static EligibilityFacts unknown() {
        return new EligibilityFacts(Optional.empty(), Optional.empty(), false);
    }
}
