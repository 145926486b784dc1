package it.retelavoro.person;

import it.retelavoro.shared.OrganisationId;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The organisations a person may be transferred to. The network module offers an operator only their own
 * organisation, so this reads the network's organisation table (id, name, kind: no personal data) until
 * {@code NetworkManagement} publishes the directory of service organisations; then it should call that.
 */
@Component
class TransferTargets {

    private final JdbcClient jdbc;

    TransferTargets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<InCharge> except(OrganisationId current) {
        return jdbc.sql("select id, name from organisation where kind <> 'REGION' and id <> :current order by kind, lower(name)")
                .param("current", current.value())
                .query((rs, n) -> new InCharge(null, new OrganisationId(rs.getObject("id", UUID.class)),
                        rs.getString("name")))
                .list();
    }
}
