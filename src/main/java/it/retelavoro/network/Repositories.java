package it.retelavoro.network;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface OrganisationRepository extends ListCrudRepository<Organisation, UUID> {

    @Query("select * from organisation order by kind, lower(name)")
    List<Organisation> findAllOrdered();

    @Query("select count(*) > 0 from organisation where lower(name) = lower(:name)")
    boolean existsByNameIgnoringCase(String name);

    @Query("select count(*) > 0 from organisation where fiscal_code = :fiscalCode and kind <> 'CPI'")
    boolean existsNonCpiWithFiscalCode(String fiscalCode);
}

interface SiteRepository extends ListCrudRepository<Site, UUID> {

    @Query("select * from site where organisation_id = :organisationId order by lower(name)")
    List<Site> findByOrganisation(UUID organisationId);

    @Query("select * from site order by lower(name)")
    List<Site> findAllOrdered();
}

interface UserAccountRepository extends ListCrudRepository<UserAccount, UUID> {

    @Query("select * from user_account where lower(username) = lower(:username)")
    Optional<UserAccount> findByUsername(String username);

    @Query("select * from user_account where organisation_id = :organisationId order by lower(full_name)")
    List<UserAccount> findByOrganisation(UUID organisationId);

    @Query("select * from user_account order by lower(username)")
    List<UserAccount> findAllOrdered();

    @Query("select count(*) from user_account where role = 'ADMIN' and enabled")
    long countEnabledAdministrators();
}
