package it.retelavoro.network;

import it.retelavoro.catalogue.ServiceCode;
import it.retelavoro.shared.OrganisationKind;
import java.util.List;

/**
 * A site of the network as the public sees it on the portal: where it is and which standard services it may
 * host by the catalogue version in force (from the compliance of its features).
 *
 * @param organisationName the CPI or agency
 * @param organisationKind CPI or accredited agency
 * @param name             the site's name
 * @param address          street address
 * @param comuneCode       cadastral code of the comune
 * @param services         the services it may host, A1..B4
 * @param contacts         its opening hours, phone and e-mail (issue 14), each possibly absent
 */
public record PublicSite(String organisationName, OrganisationKind organisationKind, String name, String address,
        String comuneCode, List<ServiceCode> services, SiteContacts contacts) {

    public PublicSite {
        services = List.copyOf(services);
        contacts = contacts == null ? SiteContacts.none() : contacts;
    }

    public PublicSite(String organisationName, OrganisationKind organisationKind, String name, String address,
            String comuneCode, List<ServiceCode> services) {
        this(organisationName, organisationKind, name, address, comuneCode, services, SiteContacts.none());
    }
}
