/**
 * The employer side of the network (servizi ai datori di lavoro): the registry of companies taken in
 * charge by an organisation, the standard services B.1-B.4 delivered to them and judged by the catalogue's
 * rule engine, the company Patto di Servizio with its action plan (Piano d'azione dell'impresa), and the
 * vacancies with the history of their states.
 *
 * <p>The API, for the other modules: the application services, one per family of use cases,
 * {@link it.retelavoro.employer.EmployerRegistry} (registration, changes to the record),
 * {@link it.retelavoro.employer.EmployerDirectory} (reads and search; {@code findEmployer},
 * {@code servingOrganisation} without a caller), {@link it.retelavoro.employer.EmployerDeliveries} (B.1-B.4),
 * {@link it.retelavoro.employer.CompanyPacts} ({@code companyPactSignedOn} without a caller),
 * {@link it.retelavoro.employer.Vacancies} ({@code findVacancy} without a caller) and
 * {@link it.retelavoro.employer.VacancyStateChanges} ({@code fillIfComplete} for the referral module); the
 * aggregates {@link it.retelavoro.employer.Employer},
 * {@link it.retelavoro.employer.Vacancy} (whose {@link it.retelavoro.employer.VacancyState} says whether
 * candidates may be referred), {@link it.retelavoro.employer.CompanyPact},
 * {@link it.retelavoro.employer.EmployerDelivery}; the events in
 * {@link it.retelavoro.employer.EmployerEvents}; the replaceable
 * {@link it.retelavoro.employer.OccupationCodes}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "shared", "reference", "audit", "catalogue", "network" })
package it.retelavoro.employer;
