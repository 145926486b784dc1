package it.retelavoro.network;

import it.retelavoro.catalogue.Competence;
import it.retelavoro.catalogue.SiteFeature;
import it.retelavoro.shared.OrganisationId;
import it.retelavoro.shared.OrganisationKind;
import it.retelavoro.shared.Role;
import it.retelavoro.shared.SiteId;
import java.util.Set;

/** The requests the network module serves, as the API and the pages send them. */
public final class NetworkCommands {

    private NetworkCommands() {
    }

    public record NewOrganisation(String name, OrganisationKind kind, String fiscalCode,
            String accreditationReference) {
    }

    public record SiteDetails(String name, String address, String comune, Set<SiteFeature> features) {
        public SiteDetails {
            features = features == null ? Set.of() : Set.copyOf(features);
        }
    }

    public record NewUser(String username, String password, String fullName, String email, Role role,
            OrganisationId organisationId, Set<SiteId> siteIds, Set<Competence> competences) {
        public NewUser {
            siteIds = siteIds == null ? Set.of() : Set.copyOf(siteIds);
            competences = competences == null ? Set.of() : Set.copyOf(competences);
        }
    }

    public record UserAssignment(Set<SiteId> siteIds, Set<Competence> competences, boolean enabled) {
        public UserAssignment {
            siteIds = siteIds == null ? Set.of() : Set.copyOf(siteIds);
            competences = competences == null ? Set.of() : Set.copyOf(competences);
        }
    }
}
