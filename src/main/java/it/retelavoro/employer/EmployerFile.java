package it.retelavoro.employer;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Everything the serving organisation keeps about a company: its record, its Patti (refused and signed),
 * the services delivered and its vacancies.
 */
public record EmployerFile(Employer employer, List<CompanyPact> pacts, List<EmployerDelivery> deliveries,
        List<Vacancy> vacancies) {

    public EmployerFile {
        pacts = List.copyOf(pacts);
        deliveries = List.copyOf(deliveries);
        vacancies = List.copyOf(vacancies);
    }

    /** The signed Patto in force (not superseded by a later one), with the company action plan. */
    public Optional<CompanyPact> signedPact() {
        return pacts.stream().filter(CompanyPact::isInForce).findFirst();
    }

    /** The latest Patto registered, signed or refused. */
    public Optional<CompanyPact> latestPact() {
        return pacts.isEmpty() ? Optional.empty() : Optional.of(pacts.get(pacts.size() - 1));
    }

    public Optional<LocalDate> pactSignedOn() {
        return signedPact().map(CompanyPact::date);
    }
}
