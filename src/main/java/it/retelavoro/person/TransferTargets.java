package it.retelavoro.person;

import it.retelavoro.network.NetworkManagement;
import it.retelavoro.shared.OrganisationId;
import java.util.List;
import org.springframework.stereotype.Component;

/** The organisations a person may be transferred to: every other organisation that delivers services. */
@Component
class TransferTargets {

    private final NetworkManagement network;

    TransferTargets(NetworkManagement network) {
        this.network = network;
    }

    List<InCharge> except(OrganisationId current) {
        return network.serviceOrganisations().stream()
                .filter(organisation -> !organisation.id().equals(current))
                .map(organisation -> new InCharge(null, organisation.id(), organisation.name()))
                .toList();
    }
}
