package it.retelavoro.referral;

import it.retelavoro.employer.EmployerId;
import it.retelavoro.employer.VacancyId;
import it.retelavoro.person.PersonId;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ReferralRepository extends ListCrudRepository<Referral, ReferralId> {

    @Query("select * from referral where vacancy_id = :vacancyId order by referred_on, created_at")
    List<Referral> findByVacancy(VacancyId vacancyId);

    @Query("select * from referral where person_id = :personId order by referred_on, created_at")
    List<Referral> findByPerson(PersonId personId);

    /**
     * The person's referrals to the company's vacancies, not cancelled, made between the two days (included), the
     * latest day first: those a hire at the company may come from (read on the person's index, the rest filtered there).
     */
    @Query("""
            select * from referral where person_id = :personId and employer_id = :employerId
               and cancellation_at is null and referred_on between :from and :to
             order by referred_on desc, created_at""")
    List<Referral> findAtEmployerBetween(PersonId personId, EmployerId employerId, LocalDate from, LocalDate to);

    @Query("select count(*) from referral where vacancy_id = :vacancyId and status = 'HIRED' and cancellation_at is null")
    int countHired(VacancyId vacancyId);

    @Query("select count(*) > 0 from referral where person_id = :personId and vacancy_id = :vacancyId"
            + " and status not in ('REJECTED', 'WITHDRAWN') and cancellation_at is null")
    boolean isAlive(PersonId personId, VacancyId vacancyId);

    /** The referrals whose hire a Comunicazione Obbligatoria recorded or confirmed. */
    @Query("select * from referral where hire_co_code = :coCode")
    List<Referral> findByHireCoCode(String coCode);
}
