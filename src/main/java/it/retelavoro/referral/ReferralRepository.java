package it.retelavoro.referral;

import it.retelavoro.employer.VacancyId;
import it.retelavoro.person.PersonId;
import java.util.List;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ReferralRepository extends ListCrudRepository<Referral, ReferralId> {

    @Query("select * from referral where vacancy_id = :vacancyId order by referred_on, created_at")
    List<Referral> findByVacancy(VacancyId vacancyId);

    @Query("select * from referral where person_id = :personId order by referred_on, created_at")
    List<Referral> findByPerson(PersonId personId);

    @Query("select count(*) from referral where vacancy_id = :vacancyId and status = 'HIRED' and cancellation_at is null")
    int countHired(VacancyId vacancyId);

    @Query("select count(*) > 0 from referral where person_id = :personId and vacancy_id = :vacancyId"
            + " and status not in ('REJECTED', 'WITHDRAWN') and cancellation_at is null")
    boolean isAlive(PersonId personId, VacancyId vacancyId);

    /** The referrals whose hire a Comunicazione Obbligatoria recorded or confirmed. */
    @Query("select * from referral where hire_co_code = :coCode")
    List<Referral> findByHireCoCode(String coCode);
}
