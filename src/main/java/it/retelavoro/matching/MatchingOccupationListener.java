package it.retelavoro.matching;

import it.retelavoro.person.PersonEvents.PersonAnonymised;
import it.retelavoro.person.PersonEvents.PersonRegistered;
import it.retelavoro.person.PersonEvents.ProfileChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the module's copy of the persons' occupations in step with their profiles, in the transaction that
 * registers or changes the person: a person is a candidate the moment they are saved, not a while after.
 */
@Component
class MatchingOccupationListener {

    private final MatchingProfiles profiles;

    MatchingOccupationListener(MatchingProfiles profiles) {
        this.profiles = profiles;
    }

    @EventListener
    void on(PersonRegistered event) {
        profiles.refresh(event.personId().value());
    }

    @EventListener
    void on(ProfileChanged event) {
        profiles.refresh(event.personId().value());
    }

    /** An anonymised person has no profile left: out of every pool, in the registry's transaction. */
    @EventListener
    void on(PersonAnonymised event) {
        profiles.refresh(event.personId().value());
    }
}
