package it.retelavoro.referral;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ReferralRepository extends ListCrudRepository<Referral, UUID> {

    @Query("select * from referral where vacancy_id = :vacancyId order by referred_on, created_at")
    List<Referral> findByVacancy(UUID vacancyId);

    @Query("select * from referral where person_id = :personId order by referred_on, created_at")
    List<Referral> findByPerson(UUID personId);

    @Query("select count(*) from referral where vacancy_id = :vacancyId and status = 'HIRED'")
    int countHired(UUID vacancyId);

    @Query("select count(*) > 0 from referral where person_id = :personId and vacancy_id = :vacancyId"
            + " and status not in ('REJECTED', 'WITHDRAWN')")
    boolean isAlive(UUID personId, UUID vacancyId);
}
