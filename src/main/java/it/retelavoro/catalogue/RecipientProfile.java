package it.retelavoro.catalogue;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the rules need of the person served: the complex targets they belong to (special-category data,
 * pass only to the engine), whether they need intercultural mediation, and the language they need.
 *
 * @param targets                the complex targets of the person
 * @param needsCulturalMediation whether the person needs intercultural mediation
 * @param language               the language the person needs to be served in (ISO 639-1), recorded with the
 *                               targets; empty when they need none but Italian
 */
public record RecipientProfile(Set<ComplexTarget> targets, boolean needsCulturalMediation, Optional<String> language) {

    public RecipientProfile {
        targets = Copies.enumSet(ComplexTarget.class, targets, "targets");
        Objects.requireNonNull(language, "language");
        language.ifPresent(code -> LanguageCodes.checked(Set.of(code), "language"));
    }

    /** A person whose language is not recorded. */
    public RecipientProfile(Set<ComplexTarget> targets, boolean needsCulturalMediation) {
        this(targets, needsCulturalMediation, Optional.empty());
    }

    /** A person (or a company) with no complex target and no need of mediation. */
    public static RecipientProfile ordinary() {
        return new RecipientProfile(Set.of(), false);
    }

    public static RecipientProfile inTargets(ComplexTarget... targets) {
        return new RecipientProfile(Set.of(targets), false);
    }

    public RecipientProfile needingCulturalMediation() {
        return new RecipientProfile(targets, true, language);
    }

    public RecipientProfile speaking(String languageCode) {
        return new RecipientProfile(targets, needsCulturalMediation, Optional.of(languageCode));
    }
}
