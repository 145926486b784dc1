package it.retelavoro.pathway;

import it.retelavoro.catalogue.DeliveryMode;
import it.retelavoro.catalogue.ServiceCode;
import it.retelavoro.pathway.PathwayCommands.ActionPlanTerms;
import it.retelavoro.pathway.PathwayCommands.PactTerms;
import it.retelavoro.pathway.PathwayCommands.PlannedActionRequest;
import it.retelavoro.person.PersonId;
import it.retelavoro.shared.OrganisationId;
import it.retelavoro.shared.SiteId;
import it.retelavoro.shared.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Small builders of the pathway's aggregates for the unit tests: state made by the domain's own verbs. */
final class PathwayBuilders {

    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    static final OrganisationId CPI = OrganisationId.random();
    static final UserId OPERATOR = UserId.random();

    private PathwayBuilders() {
    }

    static PersonId aPerson() {
        return PersonId.random();
    }

    /** A DID received by a CPI on {@code on}, declared at the counter. */
    static Did aDeclaredDid(PersonId person, LocalDate on) {
        return Did.receivedByCpi(person, on, DidChannel.CPI_COUNTER, CPI, OPERATOR, NOW);
    }

    static Did aCertifiedDid(PersonId person, LocalDate on) {
        Did did = aDeclaredDid(person, on);
        did.certify(on, CPI, OPERATOR, NOW);
        return did;
    }

    static Did aSuspendedDid(PersonId person, LocalDate on) {
        Did did = aCertifiedDid(person, on);
        did.suspend(on, "Lavoro breve", CPI, OPERATOR, NOW);
        return did;
    }

    static Did aRevokedDid(PersonId person, LocalDate on) {
        Did did = aCertifiedDid(person, on);
        did.revoke(on, "Rinuncia", CPI, OPERATOR, NOW);
        return did;
    }

    /** A delivery of a service to the person, on a day, at a CPI site. */
    static Delivery aDelivery(PersonId person, ServiceCode service, LocalDate on) {
        return Delivery.toPerson(person, null, new DeliveryFacts(service, DeliveryMode.INDIVIDUAL, on, 60, 1, CPI,
                SiteId.random(), OPERATOR, Set.of(), Set.of(), Set.of(), null, null, null, "test"), NOW);
    }

    static Pact aPact(PersonId person, Outcome outcome, LocalDate on) {
        return Pact.putTo(person, aDelivery(person, ServiceCode.A2, on),
                new PactTerms(outcome, "Laura Verdi", "Mensile", null, null, true), NOW);
    }

    static ActionPlan aPlan(PersonId person, Outcome outcome, LocalDate on) {
        return ActionPlan.putTo(person, aDelivery(person, ServiceCode.A3, on), new ActionPlanTerms(outcome, false, null,
                List.of(new PlannedActionRequest(ServiceCode.A6, "Preselezione", null))), NOW);
    }
}
