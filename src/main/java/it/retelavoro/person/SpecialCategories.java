package it.retelavoro.person;

import it.retelavoro.catalogue.ComplexTarget;
import java.util.Set;

/**
 * The special categories of data of a person (GDPR art. 9 and 10) that one caller may see: only the
 * complex targets for which they have the competences the repertorio asks, and the need of cultural
 * mediation only when they are qualified for it.
 *
 * @param targets            the complex targets the caller may see
 * @param culturalMediation  whether the person needs cultural mediation; null when the caller may not know
 * @param language           the language the person needs (ISO 639-1), "" when none is recorded; null when the
 *                           caller may not know it (they may see no target whose preconditions read it)
 */
public record SpecialCategories(Set<ComplexTarget> targets, Boolean culturalMediation, String language) {

    public SpecialCategories {
        targets = Set.copyOf(targets);
    }

    public SpecialCategories(Set<ComplexTarget> targets, Boolean culturalMediation) {
        this(targets, culturalMediation, null);
    }
}
