package it.retelavoro.employer;

import it.retelavoro.shared.OrganisationId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface EmployerRepository extends ListCrudRepository<Employer, EmployerId> {

    @Query("select * from employer where fiscal_code = :fiscalCode")
    Optional<Employer> findByFiscalCode(String fiscalCode);

    /** The id alone of the company with the fiscal code: nothing of the aggregate is read or mapped. */
    @Query("select id from employer where fiscal_code = :fiscalCode")
    Optional<UUID> findIdByFiscalCode(String fiscalCode);

    @Query("""
            select * from employer where lower(name) like '%' || lower(:fragment) || '%'
            order by lower(name) limit :limit""")
    List<Employer> findByNameContaining(String fragment, int limit);

    @Query("select * from employer where organisation_id = :organisationId order by created_at desc limit :limit")
    List<Employer> findLatestOf(OrganisationId organisationId, int limit);
}

interface EmployerDeliveryRepository extends ListCrudRepository<EmployerDelivery, EmployerDeliveryId> {

    @Query("select * from employer_delivery where employer_id = :employerId order by delivered_on, recorded_at")
    List<EmployerDelivery> findByEmployer(EmployerId employerId);
}

interface CompanyPactRepository extends ListCrudRepository<CompanyPact, CompanyPactId> {

    @Query("select * from company_pact where employer_id = :employerId order by decided_on, recorded_at")
    List<CompanyPact> findByEmployer(EmployerId employerId);

    /** The company's Patto in force: signed, not cancelled, not superseded by a later one. */
    @Query("select * from company_pact where employer_id = :employerId and outcome = 'SIGNED'"
            + " and cancellation_at is null and superseded_on is null")
    Optional<CompanyPact> findSigned(EmployerId employerId);
}

interface VacancyRepository extends ListCrudRepository<Vacancy, VacancyId> {

    @Query("select * from vacancy where employer_id = :employerId order by registered_on desc, created_at desc")
    List<Vacancy> findByEmployer(EmployerId employerId);

    @Query("select * from vacancy where state in ('OPEN', 'SUSPENDED') and expires_on < :today")
    List<Vacancy> findExpiredBefore(LocalDate today);
}
