package it.retelavoro.interop.co;

import it.retelavoro.interop.CoEmploymentId;
import it.retelavoro.interop.CoEvents.EventKind;
import it.retelavoro.person.PersonId;
import it.retelavoro.shared.UserId;
import java.sql.Date;
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

/**
 * The module's tables of the Comunicazioni Obbligatorie, in plain SQL: the communications received
 * ({@code interop_co_communication}), the documents refused ({@code interop_co_rejected}) and the work history
 * ({@code interop_co_employment}).
 */
@Component
class CoStore {

    /**
     * A communication received, as stored.
     *
     * @param correctedBy the rectification or cancellation that replaced or cancelled it
     * @param outcome     the answer its first receipt gave
     */
    record Received(CoCommunication communication, CoEmploymentId employmentId, CoCommunicationState state,
            String correctedBy, CoIntakeResult.Status outcome) {

        String code() {
            return communication.code();
        }
    }

    private static final String COMMUNICATION_COLUMNS = """
            code, communication_type, event_kind, event_date, start_date, end_date, contract_type_code,
            working_time_code, occupation_code, transformation_code, cessation_cause_code, employer_fiscal_code,
            employer_name, ateco_code, workplace_comune, user_company_fiscal_code, user_company_name,
            worker_fiscal_code, worker_domicile_comune, person_id, applies_at, employment_id, state, corrected_by,
            outcome""";

    private final JdbcClient jdbc;

    CoStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Received> received(String code) {
        return jdbc.sql("select " + COMMUNICATION_COLUMNS + " from interop_co_communication where code = :code")
                .param("code", code).query(CoStore::received).optional();
    }

    void insert(CoCommunication communication, CoDocument document, CoEmploymentId employmentId,
            CoIntakeResult.Status outcome, Instant receivedAt, UserId receivedBy, byte[] raw) {
        jdbc.sql("""
                insert into interop_co_communication (code, kind, communication_type, previous_code, sent_at,
                    model_version, employer_fiscal_code, employer_name, ateco_code, workplace_comune,
                    user_company_fiscal_code, user_company_name, worker_fiscal_code, worker_domicile_comune,
                    event_kind, event_date, start_date, end_date, contract_type_code, working_time_code,
                    occupation_code, transformation_code, cessation_cause_code, person_id, employment_id, state,
                    outcome, applies_at, received_at, received_by, raw_xml)
                values (:code, :kind, :type, :previous, :sentAt, :version, :employer, :employerName, :ateco,
                    :workplace, :userCompany, :userCompanyName, :worker, :domicile, :eventKind, :eventDate, :start,
                    :end, :contractType, :workingTime, :occupation, :transformation, :cause, :person, :employment,
                    'APPLIED', :outcome, :appliesAt, :receivedAt, :receivedBy, :raw)""")
                .param("code", communication.code()).param("kind", document.kind().name())
                .param("type", communication.communicationType())
                .param("previous", document.previousCode() == null ? null : document.previousCode().value())
                .param("sentAt", Timestamp.from(document.sentAt().toInstant()))
                .param("version", document.version())
                .param("employer", communication.employerFiscalCode())
                .param("employerName", communication.employerName())
                .param("ateco", communication.atecoCode()).param("workplace", communication.workplaceComune())
                .param("userCompany", communication.userCompanyFiscalCode())
                .param("userCompanyName", communication.userCompanyName())
                .param("worker", communication.workerFiscalCode())
                .param("domicile", communication.workerDomicileComune())
                .param("eventKind", communication.eventKind().name())
                .param("eventDate", date(communication.eventDate())).param("start", date(communication.startDate()))
                .param("end", date(communication.endDate()))
                .param("contractType", communication.contractTypeCode())
                .param("workingTime", communication.workingTimeCode())
                .param("occupation", communication.occupationCode())
                .param("transformation", communication.transformationCode())
                .param("cause", communication.cessationCauseCode())
                .param("person", communication.personId() == null ? null : communication.personId().value())
                .param("employment", employmentId == null ? null : employmentId.value())
                .param("outcome", outcome.name()).param("appliesAt", Timestamp.from(communication.appliesAt()))
                .param("receivedAt", Timestamp.from(receivedAt)).param("receivedBy", receivedBy.value())
                .param("raw", raw).update();
    }

    /** Marks a communication replaced by a rectification or cancelled by a cancellation. */
    void correct(String code, CoCommunicationState state, String correctedBy) {
        jdbc.sql("update interop_co_communication set state = :state, corrected_by = :by where code = :code")
                .param("state", state.name()).param("by", correctedBy).param("code", code).update();
    }

    /** The employment of the worker with the employer that started on the day. */
    Optional<CoEmploymentId> employmentStartedOn(String employerFiscalCode, String workerFiscalCode,
            LocalDate start) {
        return jdbc.sql("""
                select id from interop_co_employment
                 where employer_fiscal_code = :employer and worker_fiscal_code = :worker and start_date = :start
                 order by updated_at desc limit 1""")
                .param("employer", employerFiscalCode).param("worker", workerFiscalCode).param("start", date(start))
                .query(UUID.class).optional().map(CoEmploymentId::new);
    }

    /** The most recent employment of the worker with the employer that has not ceased. */
    Optional<CoEmploymentId> latestOpenEmployment(String employerFiscalCode, String workerFiscalCode) {
        return jdbc.sql("""
                select id from interop_co_employment
                 where employer_fiscal_code = :employer and worker_fiscal_code = :worker and cessation_date is null
                 order by start_date desc nulls last, updated_at desc limit 1""")
                .param("employer", employerFiscalCode).param("worker", workerFiscalCode)
                .query(UUID.class).optional().map(CoEmploymentId::new);
    }

    /** The communications still applied to the employment, cancellations included. */
    List<CoCommunication> appliedTo(CoEmploymentId employment) {
        return jdbc.sql("select " + COMMUNICATION_COLUMNS
                + " from interop_co_communication where employment_id = :employment and state = 'APPLIED'")
                .param("employment", employment.value()).query(CoStore::received).list().stream()
                .map(Received::communication).toList();
    }

    void save(CoEmployment employment, Instant at) {
        jdbc.sql("""
                insert into interop_co_employment (id, person_id, worker_fiscal_code, worker_domicile_comune,
                    employer_fiscal_code, employer_name, ateco_code, workplace_comune, user_company_fiscal_code,
                    user_company_name, start_date, end_date, contract_type_code, working_time_code, occupation_code,
                    cessation_date, cessation_cause_code, updated_at)
                values (:id, :person, :worker, :domicile, :employer, :employerName, :ateco, :workplace, :userCompany,
                    :userCompanyName, :start, :end, :contractType, :workingTime, :occupation, :cessation, :cause, :at)
                on conflict (id) do update set person_id = excluded.person_id,
                    worker_fiscal_code = excluded.worker_fiscal_code,
                    worker_domicile_comune = excluded.worker_domicile_comune,
                    employer_fiscal_code = excluded.employer_fiscal_code, employer_name = excluded.employer_name,
                    ateco_code = excluded.ateco_code, workplace_comune = excluded.workplace_comune,
                    user_company_fiscal_code = excluded.user_company_fiscal_code,
                    user_company_name = excluded.user_company_name, start_date = excluded.start_date,
                    end_date = excluded.end_date, contract_type_code = excluded.contract_type_code,
                    working_time_code = excluded.working_time_code, occupation_code = excluded.occupation_code,
                    cessation_date = excluded.cessation_date, cessation_cause_code = excluded.cessation_cause_code,
                    updated_at = excluded.updated_at""")
                .param("id", employment.id().value())
                .param("person", employment.personId() == null ? null : employment.personId().value())
                .param("worker", employment.workerFiscalCode()).param("domicile", employment.workerDomicileComune())
                .param("employer", employment.employerFiscalCode()).param("employerName", employment.employerName())
                .param("ateco", employment.atecoCode()).param("workplace", employment.workplaceComune())
                .param("userCompany", employment.userCompanyFiscalCode())
                .param("userCompanyName", employment.userCompanyName())
                .param("start", date(employment.startDate())).param("end", date(employment.endDate()))
                .param("contractType", employment.contractTypeCode())
                .param("workingTime", employment.workingTimeCode())
                .param("occupation", employment.occupationCode())
                .param("cessation", date(employment.cessationDate()))
                .param("cause", employment.cessationCauseCode()).param("at", Timestamp.from(at)).update();
    }

    /** Removes an employment nothing is left of; its communications keep their data, without the link. */
    void delete(CoEmploymentId employment) {
        jdbc.sql("delete from interop_co_employment where id = :id").param("id", employment.value()).update();
    }

    CoRejectedId reject(String entryName, String code, String message, int line, byte[] raw, Instant at,
            UserId by) {
        CoRejectedId id = CoRejectedId.random();
        jdbc.sql("""
                insert into interop_co_rejected (id, received_at, received_by, entry_name, code, message, line, raw)
                values (:id, :at, :by, :name, :code, :message, :line, :raw)""")
                .param("id", id.value()).param("at", Timestamp.from(at)).param("by", by.value())
                .param("name", entryName).param("code", code).param("message", message).param("line", line)
                .param("raw", raw).update();
        return id;
    }

    /**
     * Joins the communications and employments of a worker received before their registration to the person.
     *
     * @return the codes of the communications and the employments joined
     */
    Attached attach(String workerFiscalCode, PersonId person) {
        List<String> codes = jdbc.sql("""
                update interop_co_communication set person_id = :person
                 where worker_fiscal_code = :worker and person_id is null returning code""")
                .param("person", person.value()).param("worker", workerFiscalCode).query(String.class).list();
        List<CoEmploymentId> employments = jdbc.sql("""
                update interop_co_employment set person_id = :person
                 where worker_fiscal_code = :worker and person_id is null returning id""")
                .param("person", person.value()).param("worker", workerFiscalCode).query(UUID.class).list()
                .stream().map(CoEmploymentId::new).toList();
        return new Attached(codes, employments);
    }

    record Attached(List<String> codes, List<CoEmploymentId> employments) {
        boolean isEmpty() {
            return codes.isEmpty() && employments.isEmpty();
        }
    }

    // --- reads -------------------------------------------------------------------------------------------

    /** One employment of the work history, empty when it left it. */
    Optional<CoEmployment> employment(CoEmploymentId id) {
        return jdbc.sql(EMPLOYMENT_SELECT + " where id = :id").param("id", id.value()).query(CoStore::employment)
                .optional();
    }

    /** The employments of a person, most recent first. */
    List<CoEmployment> employmentsOf(PersonId person) {
        return jdbc.sql(EMPLOYMENT_SELECT + " where person_id = :person" + EMPLOYMENT_ORDER)
                .param("person", person.value()).query(CoStore::employment).list();
    }

    /** The employments of a codice fiscale that no registered person has yet, most recent first. */
    List<CoEmployment> unattachedEmploymentsOf(String workerFiscalCode) {
        return jdbc.sql(EMPLOYMENT_SELECT + " where worker_fiscal_code = :worker and person_id is null"
                + EMPLOYMENT_ORDER).param("worker", workerFiscalCode).query(CoStore::employment).list();
    }

    /** The codes of the communications applied to each employment, in their order of sending. */
    List<String> codesOf(CoEmploymentId employment) {
        return jdbc.sql("""
                select code from interop_co_communication
                 where employment_id = :employment and state = 'APPLIED' and communication_type <> '04'
                 order by applies_at, code""").param("employment", employment.value()).query(String.class).list();
    }

    /** The latest communications received, for the administrator: no worker's data. */
    List<CoAdministration.ReceivedRow> latest(int limit) {
        return jdbc.sql("""
                select code, kind, communication_type, event_kind, sent_at, state, person_id is not null as attached,
                       received_at
                  from interop_co_communication order by received_at desc, code desc limit :limit""")
                .param("limit", limit)
                .query((rs, row) -> new CoAdministration.ReceivedRow(rs.getString("code"),
                        CoKind.valueOf(rs.getString("kind")), rs.getString("communication_type"), null,
                        EventKind.valueOf(rs.getString("event_kind")), rs.getTimestamp("sent_at").toInstant(),
                        CoCommunicationState.valueOf(rs.getString("state")), rs.getBoolean("attached"),
                        rs.getTimestamp("received_at").toInstant()))
                .list();
    }

    /** The latest documents refused, without their bytes. */
    List<CoAdministration.RejectedRow> rejected(int limit) {
        return jdbc.sql("""
                select id, received_at, entry_name, code, message, line from interop_co_rejected
                 order by received_at desc, id limit :limit""").param("limit", limit)
                .query((rs, row) -> new CoAdministration.RejectedRow(new CoRejectedId(rs.getObject("id", UUID.class)),
                        rs.getTimestamp("received_at").toInstant(), rs.getString("entry_name"),
                        rs.getString("code"), rs.getString("message"), rs.getInt("line")))
                .list();
    }

    /** A refused document's name and bytes. */
    Optional<CoAdministration.RejectedDocument> rejectedDocument(CoRejectedId id) {
        return jdbc.sql("select entry_name, raw from interop_co_rejected where id = :id").param("id", id.value())
                .query((rs, row) -> new CoAdministration.RejectedDocument(rs.getString("entry_name"),
                        rs.getBytes("raw")))
                .optional();
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
                localDate(rs, "start_date"), localDate(rs, "end_date"), rs.getString("contract_type_code"),
                rs.getString("working_time_code"), rs.getString("occupation_code"), localDate(rs, "cessation_date"),
                rs.getString("cessation_cause_code"));
    }

    private static Received received(ResultSet rs, int row) throws SQLException {
        UUID person = rs.getObject("person_id", UUID.class);
        UUID employment = rs.getObject("employment_id", UUID.class);
        CoCommunication communication = new CoCommunication(rs.getString("code"),
                rs.getString("communication_type"), EventKind.valueOf(rs.getString("event_kind")),
                localDate(rs, "event_date"), localDate(rs, "start_date"), localDate(rs, "end_date"),
                rs.getString("contract_type_code"), rs.getString("working_time_code"),
                rs.getString("occupation_code"), rs.getString("transformation_code"),
                rs.getString("cessation_cause_code"), rs.getString("employer_fiscal_code"),
                rs.getString("employer_name"), rs.getString("ateco_code"), rs.getString("workplace_comune"),
                rs.getString("user_company_fiscal_code"), rs.getString("user_company_name"),
                rs.getString("worker_fiscal_code"), rs.getString("worker_domicile_comune"),
                person == null ? null : new PersonId(person), rs.getTimestamp("applies_at").toInstant());
        return new Received(communication, employment == null ? null : new CoEmploymentId(employment),
                CoCommunicationState.valueOf(rs.getString("state")), rs.getString("corrected_by"),
                CoIntakeResult.Status.valueOf(rs.getString("outcome")));
    }

    private static LocalDate localDate(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }
}
