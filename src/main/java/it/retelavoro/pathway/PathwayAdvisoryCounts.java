package it.retelavoro.pathway;

import it.retelavoro.network.AdvisoryCounts;
import it.retelavoro.shared.OrganisationId;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The deliveries of A.1-A.6 each organisation registered with advisory findings, for the network's compliance
 * ({@link AdvisoryCounts}: the network asks, the pathway answers from its own tables; counts only, nothing of
 * the persons).
 */
@Component
class PathwayAdvisoryCounts implements AdvisoryCounts {

    private final JdbcClient jdbc;

    PathwayAdvisoryCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<OrganisationId, Long> deliveriesWithAdvisories(Collection<OrganisationId> organisations) {
        Map<OrganisationId, Long> counts = new HashMap<>();
        if (organisations.isEmpty()) {
            return counts;
        }
        jdbc.sql("""
                select d.organisation_id, count(*) as deliveries
                from pathway_delivery d
                where d.organisation_id in (:organisations)
                  and exists (select 1 from pathway_delivery_advisory a where a.delivery_id = d.id)
                group by d.organisation_id
                """)
                .param("organisations", organisations.stream().map(OrganisationId::value).toList())
                .query((rs, row) -> Map.entry(new OrganisationId(rs.getObject("organisation_id", UUID.class)),
                        rs.getLong("deliveries")))
                .list().forEach(entry -> counts.put(entry.getKey(), entry.getValue()));
        return counts;
    }
}
