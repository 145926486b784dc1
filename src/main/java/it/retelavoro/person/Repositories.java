package it.retelavoro.person;

import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface PersonRepository extends ListCrudRepository<Person, PersonId> {

    @Query("select * from person where fiscal_code = :fiscalCode")
    Optional<Person> findByFiscalCode(String fiscalCode);
}
