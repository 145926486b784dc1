package it.retelavoro.person;

import it.retelavoro.catalogue.Catalogue;
import it.retelavoro.catalogue.CatalogueVersion;
import it.retelavoro.catalogue.Competence;
import it.retelavoro.catalogue.ComplexTarget;
import it.retelavoro.catalogue.RecipientProfile;
import it.retelavoro.network.NetworkManagement;
import it.retelavoro.network.UserAccount;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.OrganisationId;
import it.retelavoro.shared.Role;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Which special categories a caller may see of a person: CPI operators of the organisation in charge see
 * all; other operators of it see a target when they have every competence the catalogue version in force
 * asks for it; nobody else sees anything.
 */
@Component
class SpecialCategoryVisibility {

    private final Catalogue catalogue;
    private final NetworkManagement network;

    SpecialCategoryVisibility(Catalogue catalogue, NetworkManagement network) {
        this.catalogue = catalogue;
        this.network = network;
    }

    Visibility of(CurrentUser caller, OrganisationId owner) {
        if (caller.role() != Role.OPERATOR || !caller.belongsTo(owner)) {
            return new Visibility(Set.of(), false, false);
        }
        if (caller.isCpi()) {
            return new Visibility(EnumSet.allOf(ComplexTarget.class), true, true);
        }
        Optional<CatalogueVersion> version = catalogue.current()
                .or(() -> catalogue.versions().all().stream().reduce((first, second) -> second));
        if (version.isEmpty()) {
            return new Visibility(Set.of(), false, false);
        }
        Set<Competence> competences = network.findUser(caller.id()).map(UserAccount::competences).orElse(Set.of());
        Set<ComplexTarget> targets = EnumSet.noneOf(ComplexTarget.class);
        for (ComplexTarget target : ComplexTarget.values()) {
            if (competences.containsAll(version.get().target(target).operatorCompetences())) {
                targets.add(target);
            }
        }
        // The language is recorded with the targets whose preconditions read it ("Conoscenza lingue straniere"):
        // who may see one of them may see it.
        boolean language = targets.stream().anyMatch(target -> version.get().target(target).personLanguage());
        return new Visibility(targets,
                competences.containsAll(version.get().culturalMediation().operatorCompetences()), language);
    }

    /** The targets, and whether the mediation and the language, one caller may see (and record). */
    record Visibility(Set<ComplexTarget> targets, boolean culturalMediation, boolean language) {

        boolean seesAny() {
            return !targets.isEmpty() || culturalMediation;
        }

        /** What of the recorded data this caller sees. */
        SpecialCategories visibleOf(RecipientProfile recorded) {
            Set<ComplexTarget> visible = EnumSet.noneOf(ComplexTarget.class);
            recorded.targets().stream().filter(targets::contains).forEach(visible::add);
            return new SpecialCategories(visible, culturalMediation ? recorded.needsCulturalMediation() : null,
                    language ? recorded.language().orElse("") : null);
        }

        /** What this caller may record, for forms. */
        SpecialCategories recordable() {
            return new SpecialCategories(targets, culturalMediation ? Boolean.TRUE : null, language ? "" : null);
        }
    }
}
