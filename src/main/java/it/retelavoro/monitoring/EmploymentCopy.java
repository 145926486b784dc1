package it.retelavoro.monitoring;

import it.retelavoro.interop.CoEmploymentId;
import it.retelavoro.interop.CoEmploymentsForStatistics;
import it.retelavoro.interop.CoEmploymentsForStatistics.EmploymentForStatistics;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Monitoring's copy of the employments the Comunicazioni Obbligatorie tell ({@code monitoring_employment}), for the
 * outcomes: person, start, end and whether the contract is of six months or more, nothing that names anyone. Kept
 * in step with the employment's current state in interop, whatever the order the events arrive in.
 */
@Component
class EmploymentCopy {

    private final JdbcClient jdbc;
    private final CoEmploymentsForStatistics employments;

    EmploymentCopy(JdbcClient jdbc, CoEmploymentsForStatistics employments) {
        this.jdbc = jdbc;
        this.employments = employments;
    }

    /**
     * Copies the employment as interop has it now, or removes it: when it left the work history, its worker is not
     * registered, it has no start, or it is an internship (not a job). The employment's lock is taken before its
     * state is read, so that of two listeners of the same employment the later one reads after the earlier one's
     * commit and writes last: an event handled late cannot bring back an older state.
     */
    @Transactional
    void refresh(CoEmploymentId id) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:key, 15))").param("key", "employment:" + id)
                .query((rs, n) -> 1).list();
        Optional<EmploymentForStatistics> employment = employments.employment(id)
                .filter(found -> found.startDate() != null && !found.internship());
        if (employment.isEmpty()) {
            jdbc.sql("delete from monitoring_employment where employment_id = :id").param("id", id.value()).update();
            return;
        }
        EmploymentForStatistics found = employment.get();
        jdbc.sql("""
                insert into monitoring_employment (employment_id, person_id, start_date, end_date, six_months_or_more,
                    revision)
                values (:id, :person, :start, :end, :long, nextval('monitoring_employment_revision'))
                on conflict (employment_id) do update set person_id = excluded.person_id,
                    start_date = excluded.start_date, end_date = excluded.end_date,
                    six_months_or_more = excluded.six_months_or_more, revision = excluded.revision""")
                .param("id", id.value()).param("person", found.personId().value()).param("start", found.startDate())
                .param("end", found.endDate()).param("long", found.sixMonthsOrMore()).update();
    }
}
