package it.retelavoro.network;

import it.retelavoro.shared.OrganisationId;
import it.retelavoro.shared.OrganisationKind;
import it.retelavoro.shared.SiteId;
import it.retelavoro.shared.UserId;

/** What happened in the network, for the modules that keep their own view of it. */
public final class NetworkEvents {

    private NetworkEvents() {
    }

    public record OrganisationRegistered(OrganisationId organisationId, OrganisationKind kind, String name) {
    }

    public record SiteOpened(SiteId siteId, OrganisationId organisationId, String comune) {
    }

    public record SiteChanged(SiteId siteId, OrganisationId organisationId) {
    }

    public record UserAccountCreated(UserId userId, OrganisationId organisationId) {
    }
}
