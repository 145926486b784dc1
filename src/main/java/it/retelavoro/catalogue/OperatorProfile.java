package it.retelavoro.catalogue;

import java.util.Objects;
import java.util.Set;

import it.retelavoro.shared.OrganisationKind;

/**
 * The operator who delivers the service, as far as the rules are concerned.
 *
 * @param organisationKind the kind of organisation the operator works for
 * @param competences      the competences the operator has been recognised
 * @param assignedToSite   whether the operator is assigned to the site where the service is delivered
 * @param languages        the languages the operator speaks (ISO 639-1), compared with the person's language
 */
public record OperatorProfile(OrganisationKind organisationKind, Set<Competence> competences, boolean assignedToSite,
        Set<String> languages) {

    public OperatorProfile {
        Objects.requireNonNull(organisationKind, "organisationKind");
        competences = Copies.enumSet(Competence.class, competences, "competences");
        languages = LanguageCodes.checked(Objects.requireNonNull(languages, "languages"), "languages");
    }

    /** An operator whose languages are not known to the rules. */
    public OperatorProfile(OrganisationKind organisationKind, Set<Competence> competences, boolean assignedToSite) {
        this(organisationKind, competences, assignedToSite, Set.of());
    }

    /** An operator of the organisation kind, assigned to the site, with no particular competence. */
    public static OperatorProfile of(OrganisationKind organisationKind) {
        return new OperatorProfile(organisationKind, Set.of(), true);
    }

    public OperatorProfile withCompetences(Competence... more) {
        var all = new java.util.HashSet<>(competences);
        all.addAll(Set.of(more));
        return new OperatorProfile(organisationKind, all, assignedToSite, languages);
    }

    public OperatorProfile notAssignedToSite() {
        return new OperatorProfile(organisationKind, competences, false, languages);
    }

    public OperatorProfile withLanguages(String... codes) {
        return new OperatorProfile(organisationKind, competences, assignedToSite, Set.of(codes));
    }
}
