package it.retelavoro.network;

import it.retelavoro.shared.OrganisationId;
import it.retelavoro.shared.SiteId;
import it.retelavoro.shared.UserId;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface OrganisationRepository extends ListCrudRepository<Organisation, OrganisationId> {

    @Query("select * from organisation order by kind, lower(name)")
    List<Organisation> findAllOrdered();

    @Query("select count(*) > 0 from organisation where lower(name) = lower(:name)")
    boolean existsByNameIgnoringCase(String name);

    @Query("select count(*) > 0 from organisation where fiscal_code = :fiscalCode and kind <> 'CPI'")
    boolean existsNonCpiWithFiscalCode(String fiscalCode);
}

interface SiteRepository extends ListCrudRepository<Site, SiteId> {

    @Query("select * from site where organisation_id = :organisationId order by lower(name)")
    List<Site> findByOrganisation(OrganisationId organisationId);

    @Query("select * from site order by lower(name)")
    List<Site> findAllOrdered();
}

interface UserAccountRepository extends ListCrudRepository<UserAccount, UserId> {

    @Query("select * from user_account where lower(username) = lower(:username)")
    Optional<UserAccount> findByUsername(String username);

    Optional<UserAccount> findByIdentityLink(String identityLink);

    @Query("select * from user_account where organisation_id = :organisationId order by lower(full_name)")
    List<UserAccount> findByOrganisation(OrganisationId organisationId);

    @Query("select * from user_account order by lower(username)")
    List<UserAccount> findAllOrdered();

    @Query("select count(*) from user_account where role = 'ADMIN' and enabled")
    long countEnabledAdministrators();
}
