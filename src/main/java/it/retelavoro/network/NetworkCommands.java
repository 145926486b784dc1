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

    /**
     * A site as an administrator describes it; {@code contacts} how the public reaches it (issue 14), or
     * {@code null} when the request does not say (a client written before them): then a change keeps them.
     */
    public record SiteDetails(String name, String address, String comune, Set<SiteFeature> features,
            SiteContacts contacts) {
        public SiteDetails {
            features = features == null ? Set.of() : Set.copyOf(features);
        }

        public SiteDetails(String name, String address, String comune, Set<SiteFeature> features) {
            this(name, address, comune, features, null);
        }
    }

    /** A new account; {@code languages} the operator speaks, ISO 639-1 codes (none when absent). */
    public record NewUser(String username, String password, String fullName, String email, Role role,
            OrganisationId organisationId, Set<SiteId> siteIds, Set<Competence> competences, Set<String> languages) {
        public NewUser {
            siteIds = siteIds == null ? Set.of() : Set.copyOf(siteIds);
            competences = competences == null ? Set.of() : Set.copyOf(competences);
            languages = languages == null ? Set.of() : Set.copyOf(languages);
        }

        public NewUser(String username, String password, String fullName, String email, Role role,
                OrganisationId organisationId, Set<SiteId> siteIds, Set<Competence> competences) {
            this(username, password, fullName, email, role, organisationId, siteIds, competences, Set.of());
        }
    }

    /** What an administrator assigns to an account; {@code languages} ISO 639-1 codes (none when absent). */
    public record UserAssignment(Set<SiteId> siteIds, Set<Competence> competences, boolean enabled,
            Set<String> languages) {
        public UserAssignment {
            siteIds = siteIds == null ? Set.of() : Set.copyOf(siteIds);
            competences = competences == null ? Set.of() : Set.copyOf(competences);
            languages = languages == null ? Set.of() : Set.copyOf(languages);
        }

        public UserAssignment(Set<SiteId> siteIds, Set<Competence> competences, boolean enabled) {
            this(siteIds, competences, enabled, Set.of());
        }
    }
}
