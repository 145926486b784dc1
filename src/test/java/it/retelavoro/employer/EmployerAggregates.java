package it.retelavoro.employer;

import it.retelavoro.catalogue.DeliveryMode;
import it.retelavoro.catalogue.ServiceCode;
import it.retelavoro.employer.EmployerCommands.DeliveryOutputs;
import it.retelavoro.employer.EmployerCommands.EmployerDetails;
import it.retelavoro.employer.EmployerCommands.NewDelivery;
import it.retelavoro.employer.EmployerCommands.NewVacancy;
import it.retelavoro.employer.EmployerCommands.Requirements;
import it.retelavoro.shared.OrganisationId;
import it.retelavoro.shared.SiteId;
import it.retelavoro.shared.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Small builders of the employer side's aggregates for plain unit tests: state made directly, no Spring. */
final class EmployerAggregates {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    static final OrganisationId AGENCY = new OrganisationId(UUID.randomUUID());
    static final SiteId SITE = new SiteId(UUID.randomUUID());
    static final UserId OPERATOR = new UserId(UUID.randomUUID());

    private EmployerAggregates() {
    }

    static Employer aCompany() {
        return Employer.register(new EmployerFiscalCode(EmployerFixtures.aVatNumber()), new EmployerDetails(" Officine Alfa ", null,
                "25.62.00", SizeClass.SMALL, "l219", null, List.of(), List.of()), AGENCY, TODAY, NOW);
    }

    /** A vacancy for three positions, registered open on the day. */
    static Vacancy aVacancy(LocalDate registeredOn, LocalDate expiresOn) {
        return Vacancy.register(EmployerId.random(), AGENCY, new NewVacancy("Saldatore", null, "6.2.1.2.0", 3,
                "L219", ContractType.values()[0], null, Requirements.none(), true, false, expiresOn), OPERATOR,
                registeredOn, NOW);
    }

    static CompanyPact aPact(PactOutcome outcome, LocalDate on) {
        return CompanyPact.decide(CompanyPactId.random(), EmployerId.random(), AGENCY, SITE, OPERATOR,
                EmployerDeliveryId.random(), outcome, on, " Impegni ", Set.of(ServiceCode.B3), NOW);
    }

    static NewDelivery aDelivery(ServiceCode service, DeliveryOutputs outputs) {
        return new NewDelivery(service, DeliveryMode.values()[0], TODAY, 30, SITE, DeliveryPlace.values()[0], null,
                outputs);
    }

    static DeliveryOutputs outputs(Boolean interest, PactOutcome outcome, List<VacancyId> captured) {
        return new DeliveryOutputs(interest, outcome, null, Set.of(), List.of(), null, captured);
    }
}
