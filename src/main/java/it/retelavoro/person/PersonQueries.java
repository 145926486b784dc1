package it.retelavoro.person;

import it.retelavoro.shared.OrganisationId;
import it.retelavoro.shared.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Lists of persons and the transfer history, read with plain SQL. */
@Component
class PersonQueries {

    static final int MAX_RESULTS = 50;
    private static final String SUMMARY_COLUMNS = "id, fiscal_code, first_name, last_name, birth_date, in_charge_of";

    private final JdbcClient jdbc;

    PersonQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<PersonSummary> summary(PersonId id) {
        return jdbc.sql("select " + SUMMARY_COLUMNS + " from person where id = :id and anonymised_at is null")
                .param("id", id.value())
                .query(PersonQueries::summary).optional();
    }

    List<PersonSummary> summaries(java.util.Collection<PersonId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + SUMMARY_COLUMNS + " from person where id = any(:ids)")
                .param("ids", ids.stream().map(PersonId::value).toArray(UUID[]::new))
                .query(PersonQueries::summary).list();
    }

    Optional<PersonSummary> byFiscalCode(String normalisedFiscalCode) {
        return jdbc.sql("select " + SUMMARY_COLUMNS + " from person where fiscal_code = :code")
                .param("code", normalisedFiscalCode).query(PersonQueries::summary).optional();
    }

    /** Persons of the organisation whose "surname name" or "name surname" starts with the folded text. */
    List<PersonSummary> byNamePrefix(String foldedPrefix, OrganisationId organisation) {
        String pattern = foldedPrefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.sql("select " + SUMMARY_COLUMNS + """
                 from person
                where in_charge_of = :organisation
                  and (search_name like :pattern or search_name_reversed like :pattern)
                order by search_name, birth_date limit :limit""")
                .param("organisation", organisation.value()).param("pattern", pattern).param("limit", MAX_RESULTS)
                .query(PersonQueries::summary).list();
    }

    void recordTransfer(PersonId person, OrganisationId from, OrganisationId to, String reason, Instant at,
            UserId by) {
        jdbc.sql("""
                insert into person_transfer (person_id, from_organisation, to_organisation, reason, transferred_at,
                                             transferred_by)
                values (:person, :from, :to, :reason, :at, :by)""")
                .param("person", person.value()).param("from", from.value()).param("to", to.value())
                .param("reason", reason).param("at", Timestamp.from(at)).param("by", by.value()).update();
    }

    List<PersonTransfer> transfers(PersonId person) {
        return jdbc.sql("""
                select from_organisation, to_organisation, reason, transferred_at, transferred_by, kind, choice_date,
                       document_reference
                  from person_transfer where person_id = :person order by id""")
                .param("person", person.value())
                .query((rs, n) -> new PersonTransfer(new OrganisationId(rs.getObject(1, UUID.class)),
                        new OrganisationId(rs.getObject(2, UUID.class)), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), new UserId(rs.getObject(5, UUID.class)),
                        PersonTransfer.Kind.valueOf(rs.getString(6)),
                        rs.getDate(7) == null ? null : rs.getDate(7).toLocalDate(), rs.getString(8)))
                .list();
    }

    void recordTakeover(PersonId person, OrganisationId from, OrganisationId to, String reason, LocalDate choiceDate,
            String documentReference, Instant at, UserId by) {
        jdbc.sql("""
                insert into person_transfer (person_id, from_organisation, to_organisation, reason, transferred_at,
                                             transferred_by, kind, choice_date, document_reference)
                values (:person, :from, :to, :reason, :at, :by, 'CHOICE', :choice, :reference)""")
                .param("person", person.value()).param("from", from.value()).param("to", to.value())
                .param("reason", reason).param("at", Timestamp.from(at)).param("by", by.value())
                .param("choice", java.sql.Date.valueOf(choiceDate)).param("reference", documentReference).update();
    }

    /** Whether the organisation lost the person by a taking over on the person's choice. */
    boolean lostByChoice(PersonId person, OrganisationId organisation) {
        return jdbc.sql("""
                select exists (select 1 from person_transfer
                                where person_id = :person and from_organisation = :organisation and kind = 'CHOICE')""")
                .param("person", person.value()).param("organisation", organisation.value())
                .query(Boolean.class).single();
    }

    private static PersonSummary summary(ResultSet rs, int row) throws SQLException {
        return new PersonSummary(new PersonId(rs.getObject("id", UUID.class)), rs.getString("fiscal_code"),
                rs.getString("first_name"), rs.getString("last_name"), rs.getDate("birth_date").toLocalDate(),
                new OrganisationId(rs.getObject("in_charge_of", UUID.class)));
    }
}
