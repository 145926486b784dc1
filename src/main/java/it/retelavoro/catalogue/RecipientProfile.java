package it.retelavoro.catalogue;

import java.util.Set;

/**
 * What the rules need of the person served: the complex targets they belong to (special-category data,
 * pass only to the engine) and whether they need intercultural mediation.
 *
 * @param targets                the complex targets of the person
 * @param needsCulturalMediation whether the person needs intercultural mediation
 */
public record RecipientProfile(Set<ComplexTarget> targets, boolean needsCulturalMediation) {

    public RecipientProfile {
        targets = Copies.enumSet(ComplexTarget.class, targets, "targets");
    }

    /** A person (or a company) with no complex target and no need of mediation. */
    public static RecipientProfile ordinary() {
        return new RecipientProfile(Set.of(), false);
    }

    public static RecipientProfile inTargets(ComplexTarget... targets) {
        return new RecipientProfile(Set.of(targets), false);
    }

    public RecipientProfile needingCulturalMediation() {
        return new RecipientProfile(targets, true);
    }
}
