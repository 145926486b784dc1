package it.retelavoro.pathway;

import it.retelavoro.catalogue.ServiceCode;
import it.retelavoro.network.NetworkManagement;
import it.retelavoro.network.Site;
import it.retelavoro.person.PersonId;
import it.retelavoro.person.PersonSummary;
import it.retelavoro.shared.CurrentUser;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's pathway read whole: the overview and timeline of their page (for the organisation in charge,
 * audited), and what other modules ask of it (whether a referral may be made, the sites where the caller
 * delivers services).
 */
@Service
@Transactional
public class PathwayOverviews {

    private final PathwayAccess access;
    private final NetworkManagement network;
    private final DidRepository dids;
    private final PactRepository pacts;
    private final ActionPlanRepository plans;
    private final DeliveryRepository deliveries;
    private final TrainingEventRepository training;
    private final InternshipRepository internships;

    PathwayOverviews(PathwayAccess access, NetworkManagement network, DidRepository dids, PactRepository pacts,
            ActionPlanRepository plans, DeliveryRepository deliveries, TrainingEventRepository training,
            InternshipRepository internships) {
        this.access = access;
        this.network = network;
        this.dids = dids;
        this.pacts = pacts;
        this.plans = plans;
        this.deliveries = deliveries;
        this.training = training;
        this.internships = internships;
    }

    /** The person's whole pathway, for their page and timeline. Audited as one read. */
    public PathwayOverview overview(PersonId personId, CurrentUser caller) {
        PersonSummary person = access.requireInCharge(personId, caller);
        access.done("PATHWAY_READ", personId, "part=overview");
        return read(person);
    }

    /** The pathway of a person whose reading the caller has checked and audits. */
    PathwayOverview read(PersonSummary person) {
        PersonId personId = person.id();
        return new PathwayOverview(person, dids.findLast(personId), pacts.findByPerson(personId),
                plans.findByPerson(personId), deliveries.findByPerson(personId), training.findByPerson(personId),
                internships.findByPerson(personId));
    }

    /** The person's timeline, oldest first. Audited. */
    public List<TimelineEntry> timeline(PersonId personId, CurrentUser caller) {
        return overview(personId, caller).timeline();
    }

    /**
     * Whether a person may be sent to a company on a day, as A.6 requires: a Patto di Servizio signed and an
     * A.3 delivered on or before that day. No access check: the asking module decides what its caller may do.
     */
    @Transactional(readOnly = true)
    public ReferralReadiness referralReadiness(PersonId personId, LocalDate on) {
        boolean pactSigned = pacts.findByPerson(personId).stream()
                .anyMatch(pact -> pact.isSigned() && !pact.isCancelled() && !pact.decidedOn().isAfter(on));
        boolean guidanceDone = deliveries.findByPerson(personId).stream()
                .anyMatch(delivery -> delivery.service() == ServiceCode.A3 && !delivery.isCancelled()
                        && !delivery.date().isAfter(on));
        return new ReferralReadiness(pactSigned, guidanceDone);
    }

    /** The sites where the caller may deliver services: those of their organisation. */
    @Transactional(readOnly = true)
    public List<Site> sitesOf(CurrentUser caller) {
        return network.allSites(caller);
    }
}
