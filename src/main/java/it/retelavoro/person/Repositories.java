package it.retelavoro.person;

import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface PersonRepository extends ListCrudRepository<Person, PersonId> {

    @Query("select * from person where fiscal_code = :fiscalCode")
    Optional<Person> findByFiscalCode(String fiscalCode);

    /** The person, unless anonymised (the registry no longer knows who they were). */
    @Query("select * from person where id = :id and anonymised_at is null")
    Optional<Person> findLive(java.util.UUID id);
}
