package it.retelavoro.catalogue;

import java.util.Objects;
import java.util.Set;

/**
 * The cultural mediator who supported a delivery ("azione trasversale e di supporto a tutte le prestazioni"):
 * an operator of the organisation, with their competences and languages, or a mediator from outside it, named
 * by the registration.
 *
 * @param external    whether the mediator is not an operator of the network (named by name and organisation)
 * @param competences the competences of an operator-mediator; none for an external one
 * @param languages   the languages the mediator speaks (ISO 639-1)
 */
public record MediatorProfile(boolean external, Set<Competence> competences, Set<String> languages) {

    public MediatorProfile {
        competences = Copies.enumSet(Competence.class, competences, "competences");
        languages = LanguageCodes.checked(Objects.requireNonNull(languages, "languages"), "languages");
    }

    /** An operator of the organisation acting as mediator. */
    public static MediatorProfile operator(Set<Competence> competences, Set<String> languages) {
        return new MediatorProfile(false, competences, languages);
    }

    /** A mediator from outside the network, who mediates in the given languages. */
    public static MediatorProfile external(Set<String> languages) {
        return new MediatorProfile(true, Set.of(), languages);
    }

    /** Whether the mediator can give the mediation the version asks: external ones by their role. */
    boolean mediates(Set<Competence> asked) {
        return external || competences.containsAll(asked);
    }
}
