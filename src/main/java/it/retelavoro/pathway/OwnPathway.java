package it.retelavoro.pathway;

import it.retelavoro.person.PersonDirectory;
import it.retelavoro.person.PersonId;
import it.retelavoro.person.PersonSummary;
import it.retelavoro.shared.NotFoundException;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pathway as the person it is about sees it (issue 17): their DIDs with their history, Patti, PAI, the
 * services received, training and internships, and the Patto and PAI to print, read by the same read model the
 * operators' page uses. The caller found the person's id from the codice fiscale their identity provider vouched
 * for ({@code OwnRecords}); each read is audited ({@code PATHWAY_SELF_READ}, {@code PATHWAY_SELF_PRINT}).
 */
@Service
@Transactional(readOnly = true)
public class OwnPathway {

    private final PathwayAccess access;
    private final PersonDirectory persons;
    private final PathwayOverviews overviews;
    private final DidRepository dids;
    private final PactRepository pacts;
    private final ActionPlanRepository plans;
    private final PactsAndPlans printables;

    OwnPathway(PathwayAccess access, PersonDirectory persons, PathwayOverviews overviews, DidRepository dids,
            PactRepository pacts, ActionPlanRepository plans, PactsAndPlans printables) {
        this.access = access;
        this.persons = persons;
        this.overviews = overviews;
        this.dids = dids;
        this.pacts = pacts;
        this.plans = plans;
        this.printables = printables;
    }

    /** The person's whole pathway, as the organisation in charge sees it on their page. */
    public PathwayOverview overview(PersonId personId) {
        PathwayOverview overview = overviews.read(summary(personId));
        access.done("PATHWAY_SELF_READ", personId, "part=overview");
        return overview;
    }

    /** Every DID the person made, newest first, each with its history. */
    public List<Did> dids(PersonId personId) {
        return dids.findByPerson(personId).stream()
                .sorted(java.util.Comparator.comparing(Did::declaredOn).reversed()).toList();
    }

    /**
     * The Patto in force (or the last), as printed for the person's signature.
     *
     * @throws NotFoundException when no Patto was put to the person
     */
    public Map.Entry<Pact, PrintableDocument> pactForPrint(PersonId personId) {
        Pact pact = PactsAndPlans.inForceOrLast(pacts.findByPerson(personId), Pact::isInForce)
                .orElseThrow(() -> new NotFoundException("pact", personId));
        access.done("PATHWAY_SELF_PRINT", personId, "pact=" + pact.id());
        return Map.entry(pact, printables.printable(summary(personId), pact.organisationId(), pact.siteId(),
                pact.operatorId()));
    }

    /**
     * The PAI in force (or the last), as printed.
     *
     * @throws NotFoundException when no PAI was put to the person
     */
    public Map.Entry<ActionPlan, PrintableDocument> actionPlanForPrint(PersonId personId) {
        ActionPlan plan = PactsAndPlans.inForceOrLast(plans.findByPerson(personId), ActionPlan::isInForce)
                .orElseThrow(() -> new NotFoundException("action-plan", personId));
        access.done("PATHWAY_SELF_PRINT", personId, "plan=" + plan.id());
        return Map.entry(plan, printables.printable(summary(personId), plan.organisationId(), plan.siteId(),
                plan.operatorId()));
    }

    private PersonSummary summary(PersonId personId) {
        PersonSummary person = persons.summaries(List.of(personId)).get(personId);
        if (person == null) {
            throw new NotFoundException("person", personId);
        }
        return person;
    }
}
