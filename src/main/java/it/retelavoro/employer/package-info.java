/**
 * The employer side of the network (servizi ai datori di lavoro): the registry of companies taken in
 * charge by an organisation, the standard services B.1-B.4 delivered to them and judged by the catalogue's
 * rule engine, the company Patto di Servizio with its action plan (Piano d'azione dell'impresa), and the
 * vacancies with the history of their states.
 *
 * <p>The API, for the other modules: {@link it.retelavoro.employer.EmployerManagement} (use cases for a
 * caller, and {@code findVacancy}, {@code findEmployer}, {@code companyPactSignedOn},
 * {@code servingOrganisation} without one); the aggregates {@link it.retelavoro.employer.Employer},
 * {@link it.retelavoro.employer.Vacancy} (whose {@link it.retelavoro.employer.VacancyState} says whether
 * candidates may be referred), {@link it.retelavoro.employer.CompanyPact},
 * {@link it.retelavoro.employer.EmployerDelivery}; the events in
 * {@link it.retelavoro.employer.EmployerEvents}; the replaceable
 * {@link it.retelavoro.employer.OccupationCodes}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "shared", "reference", "audit", "catalogue", "network" })
package it.retelavoro.employer;
