package it.retelavoro.interop.co;

import it.retelavoro.interop.CoEmploymentId;
import it.retelavoro.person.PersonId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The reads of the work history the Comunicazioni Obbligatorie make ({@code interop_co_employment} and the codes of
 * its communications), for the pages, the SAP and the statistics: outside the intake's transactions, so they never
 * need what {@link CoStore} keeps to send in batches.
 */
@Component
class CoWorkHistoryQueries {

    private final JdbcClient jdbc;

    CoWorkHistoryQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One employment of the work history, empty when it left it. */
    Optional<CoEmployment> employment(CoEmploymentId id) {
        return jdbc.sql(EMPLOYMENT_SELECT + " where id = :id").param("id", id.value()).query(CoWorkHistoryQueries::employment)
                .optional();
    }

    /** The employments of a person, most recent first. */
    List<CoEmployment> employmentsOf(PersonId person) {
        return jdbc.sql(EMPLOYMENT_SELECT + " where person_id = :person" + EMPLOYMENT_ORDER)
                .param("person", person.value()).query(CoWorkHistoryQueries::employment).list();
    }

    /** The employments of a codice fiscale that no registered person has yet, most recent first. */
    List<CoEmployment> unattachedEmploymentsOf(String workerFiscalCode) {
        return jdbc.sql(EMPLOYMENT_SELECT + " where worker_fiscal_code = :worker and person_id is null"
                + EMPLOYMENT_ORDER).param("worker", workerFiscalCode).query(CoWorkHistoryQueries::employment).list();
    }

    /** The codes of the communications applied to each employment, in their order of sending. */
    List<String> codesOf(CoEmploymentId employment) {
        return jdbc.sql("""
                select code from interop_co_communication
                 where employment_id = :employment and state = 'APPLIED' and communication_type <> '04'
                 order by applies_at, code""").param("employment", employment.value()).query(String.class).list();
    }

    private static final String EMPLOYMENT_SELECT = """
            select id, person_id, worker_fiscal_code, worker_domicile_comune, employer_fiscal_code, employer_name,
                   ateco_code, workplace_comune, user_company_fiscal_code, user_company_name, start_date, end_date,
                   contract_type_code, working_time_code, occupation_code, cessation_date, cessation_cause_code
              from interop_co_employment""";
    private static final String EMPLOYMENT_ORDER =
            " order by coalesce(start_date, cessation_date, end_date) desc nulls last, updated_at desc";

    private static CoEmployment employment(ResultSet rs, int row) throws SQLException {
        UUID person = rs.getObject("person_id", UUID.class);
        return new CoEmployment(new CoEmploymentId(rs.getObject("id", UUID.class)),
                person == null ? null : new PersonId(person), rs.getString("worker_fiscal_code"),
                rs.getString("worker_domicile_comune"), rs.getString("employer_fiscal_code"),
                rs.getString("employer_name"), rs.getString("ateco_code"), rs.getString("workplace_comune"),
                rs.getString("user_company_fiscal_code"), rs.getString("user_company_name"),
                CoStore.localDate(rs, "start_date"), CoStore.localDate(rs, "end_date"), rs.getString("contract_type_code"),
                rs.getString("working_time_code"), rs.getString("occupation_code"), CoStore.localDate(rs, "cessation_date"),
                rs.getString("cessation_cause_code"));
    }

}
