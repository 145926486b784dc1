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
 */
public record OperatorProfile(OrganisationKind organisationKind, Set<Competence> competences, boolean assignedToSite) {

    public OperatorProfile {
        Objects.requireNonNull(organisationKind, "organisationKind");
        competences = Copies.enumSet(Competence.class, competences, "competences");
    }

    /** An operator of the organisation kind, assigned to the site, with no particular competence. */
    public static OperatorProfile of(OrganisationKind organisationKind) {
        return new OperatorProfile(organisationKind, Set.of(), true);
    }

    public OperatorProfile withCompetences(Competence... more) {
        var all = new java.util.HashSet<>(competences);
        all.addAll(Set.of(more));
        return new OperatorProfile(organisationKind, all, assignedToSite);
    }

    public OperatorProfile notAssignedToSite() {
        return new OperatorProfile(organisationKind, competences, false);
    }
}
