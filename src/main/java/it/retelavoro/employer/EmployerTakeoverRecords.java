package it.retelavoro.employer;

import it.retelavoro.shared.OrganisationId;
import it.retelavoro.shared.UserId;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The takings over of companies on their choice, as acts: written once, read to grant the former reader. */
@Component
class EmployerTakeoverRecords {

    private final JdbcClient jdbc;

    EmployerTakeoverRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(EmployerId employer, OrganisationId from, OrganisationId to, LocalDate choiceDate,
            String documentReference, Instant at, UserId by) {
        jdbc.sql("""
                insert into employer_takeover (employer_id, from_organisation, to_organisation, choice_date,
                                               document_reference, taken_at, taken_by)
                values (:employer, :from, :to, :choice, :reference, :at, :by)""")
                .param("employer", employer.value()).param("from", from.value()).param("to", to.value())
                .param("choice", Date.valueOf(choiceDate)).param("reference", documentReference)
                .param("at", Timestamp.from(at)).param("by", by.value()).update();
    }

    /** Whether the organisation lost the company by a taking over on the company's choice. */
    boolean lostByChoice(EmployerId employer, OrganisationId organisation) {
        return jdbc.sql("""
                select exists (select 1 from employer_takeover
                                where employer_id = :employer and from_organisation = :organisation)""")
                .param("employer", employer.value()).param("organisation", organisation.value())
                .query(Boolean.class).single();
    }
}
