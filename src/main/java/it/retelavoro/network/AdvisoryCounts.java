package it.retelavoro.network;

import it.retelavoro.shared.OrganisationId;
import java.util.Collection;
import java.util.Map;

/**
 * How many deliveries each organisation registered with advisory findings of the rule engine ("erogazioni con
 * avvisi"), for the network's compliance. The modules that register deliveries implement it over their own
 * tables (pathway for A.1-A.6); the network asks every implementation and adds them up. The network never reads
 * their tables and never depends on them: they depend on the network, so the count comes up without a cycle.
 */
public interface AdvisoryCounts {

    /** Per organisation of {@code organisations}, its deliveries with at least one advisory finding; absent = 0. */
    Map<OrganisationId, Long> deliveriesWithAdvisories(Collection<OrganisationId> organisations);
}
