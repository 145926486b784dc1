package it.retelavoro.pathway;

import it.retelavoro.network.NetworkEvents.SiteChanged;
import it.retelavoro.network.NetworkEvents.SiteOpened;
import it.retelavoro.network.NetworkManagement;
import it.retelavoro.network.Organisation;
import it.retelavoro.network.Site;
import it.retelavoro.reference.Comune;
import it.retelavoro.reference.Comuni;
import it.retelavoro.shared.OrganisationId;
import it.retelavoro.shared.OrganisationKind;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Where the CPIs have their sites, by comune: the pathway's own view of the network, fed by its events, to
 * send a DID received by an agency to the CPI competent for the person's province of residence.
 */
@Component
class CpiDirectory {

    private final JdbcClient jdbc;
    private final NetworkManagement network;
    private final Comuni comuni;

    CpiDirectory(JdbcClient jdbc, NetworkManagement network, Comuni comuni) {
        this.jdbc = jdbc;
        this.network = network;
        this.comuni = comuni;
    }

    @ApplicationModuleListener
    void on(SiteOpened event) {
        refresh(event.siteId().value(), event.organisationId());
    }

    @ApplicationModuleListener
    void on(SiteChanged event) {
        refresh(event.siteId().value(), event.organisationId());
    }

    private void refresh(UUID siteId, OrganisationId organisationId) {
        boolean cpi = network.findOrganisation(organisationId).map(Organisation::kind)
                .filter(kind -> kind == OrganisationKind.CPI).isPresent();
        String comune = network.findSite(new it.retelavoro.shared.SiteId(siteId)).map(Site::comuneCode).orElse(null);
        jdbc.sql("delete from pathway_cpi_site where site_id = :id").param("id", siteId).update();
        if (cpi && comune != null) {
            jdbc.sql("insert into pathway_cpi_site (site_id, organisation_id, comune_code) values (:id, :org, :comune)")
                    .param("id", siteId).param("org", organisationId.value()).param("comune", comune).update();
        }
    }

    /** The CPIs with a site in the province (sigla, e.g. {@code TO}); the first one is the one to use. */
    List<OrganisationId> cpisInProvince(String province) {
        record Row(UUID organisationId, String comuneCode) {
        }
        return jdbc.sql("select organisation_id, comune_code from pathway_cpi_site order by organisation_id")
                .query(Row.class).list().stream()
                .filter(row -> comuni.byCode(row.comuneCode()).map(Comune::provinceCode)
                        .filter(code -> Objects.equals(code, province)).isPresent())
                .map(row -> new OrganisationId(row.organisationId())).distinct().toList();
    }

    List<OrganisationId> all() {
        return jdbc.sql("select distinct organisation_id from pathway_cpi_site").query(UUID.class).list().stream()
                .map(OrganisationId::new).toList();
    }

    boolean isCpi(OrganisationId organisation) {
        return network.findOrganisation(organisation).map(Organisation::kind)
                .filter(kind -> kind == OrganisationKind.CPI).isPresent();
    }
}
