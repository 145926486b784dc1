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
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The module's tables of the Comunicazioni Obbligatorie, in plain SQL: the communications received
 * ({@code interop_co_communication}), the documents refused ({@code interop_co_rejected}) and the work history
 * ({@code interop_co_employment}). Within a transaction that applies several documents ({@link #begin}), it
 * answers about their codes and employments from what it read at the start and sends its writes in batches. The
 * reads of the pages are {@link CoWorkHistoryQueries} and {@link CoAdministrationQueries}; {@link CoAttachment}
 * joins a worker's communications to them when they are registered.
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

    private static final String INSERT_COMMUNICATION = """
            insert into interop_co_communication (code, kind, communication_type, previous_code, sent_at,
                model_version, employer_fiscal_code, employer_name, ateco_code, workplace_comune,
                user_company_fiscal_code, user_company_name, worker_fiscal_code, worker_domicile_comune,
                event_kind, event_date, start_date, end_date, contract_type_code, working_time_code,
                occupation_code, transformation_code, cessation_cause_code, person_id, employment_id, state,
                outcome, applies_at, received_at, received_by, raw_xml)
            values (:code, :kind, :type, :previous, :sentAt, :version, :employer, :employerName, :ateco,
                :workplace, :userCompany, :userCompanyName, :worker, :domicile, :eventKind, :eventDate, :start,
                :end, :contractType, :workingTime, :occupation, :transformation, :cause, :person, :employment,
                'APPLIED', :outcome, :appliesAt, :receivedAt, :receivedBy, :raw)""";
    private static final String CORRECT_COMMUNICATION =
            "update interop_co_communication set state = :state, corrected_by = :by where code = :code";
    private static final String SAVE_EMPLOYMENT = """
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
                updated_at = excluded.updated_at""";
    private static final String DELETE_EMPLOYMENT = "delete from interop_co_employment where id = :id";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batches;

    CoStore(JdbcClient jdbc, NamedParameterJdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    // --- several documents in one transaction ---------------------------------------------------------------

    /**
     * Begins the work of a transaction that applies several documents (see {@link CoWorkUnit}): reads at once the
     * communications of their codes, the employments of their employer and worker pairs and the communications
     * applied to those; from then on the store answers about them without asking PostgreSQL, and keeps its writes
     * until {@link #flush()} (or the commit). The caller holds the locks of the codes and the pairs.
     *
     * @param pairs each an employer's codice fiscale and a worker's normalised one
     */
    void begin(Collection<String> codes, Collection<List<String>> pairs) {
        CoWorkUnit unit = new CoWorkUnit(this);
        Map<String, Received> found = new HashMap<>();
        if (!codes.isEmpty()) {
            jdbc.sql("select " + COMMUNICATION_COLUMNS
                    + " from interop_co_communication where code = any(cast(:codes as char(16)[]))")
                    .param("codes", codes.toArray(String[]::new)).query(CoStore::received).list()
                    .forEach(row -> found.put(row.code(), row));
        }
        codes.forEach(code -> unit.knownCode(code, Optional.ofNullable(found.get(code))));
        List<CoEmploymentId> employments = new ArrayList<>();
        if (!pairs.isEmpty()) {
            pairs.forEach(pair -> unit.knownPair(CoWorkUnit.pair(pair.get(0), pair.get(1))));
            jdbc.sql("""
                    select e.id, e.employer_fiscal_code, e.worker_fiscal_code, e.start_date, e.cessation_date,
                           e.updated_at
                      from interop_co_employment e
                      join unnest(cast(:employers as text[]), cast(:workers as text[])) as p(employer, worker)
                        on e.worker_fiscal_code = p.worker and e.employer_fiscal_code = p.employer""")
                    .param("employers", pairs.stream().map(pair -> pair.get(0)).toArray(String[]::new))
                    .param("workers", pairs.stream().map(pair -> pair.get(1)).toArray(String[]::new))
                    .query((rs, row) -> {
                        CoEmploymentId id = new CoEmploymentId(rs.getObject("id", UUID.class));
                        employments.add(id);
                        unit.knownEmployment(CoWorkUnit.pair(rs.getString("employer_fiscal_code"),
                                rs.getString("worker_fiscal_code")), new CoWorkUnit.EmploymentRow(id,
                                localDate(rs, "start_date"), localDate(rs, "cessation_date"),
                                rs.getTimestamp("updated_at").toInstant()));
                        return id;
                    }).list();
        }
        if (!employments.isEmpty()) {
            jdbc.sql("select " + COMMUNICATION_COLUMNS + " from interop_co_communication"
                    + " where employment_id = any(cast(cast(:ids as text[]) as uuid[])) and state = 'APPLIED'")
                    .param("ids", employments.stream().map(CoEmploymentId::toString).toArray(String[]::new))
                    .query(CoStore::received).list()
                    .forEach(row -> unit.knownApplied(row.employmentId(), row.communication()));
        }
        TransactionSynchronizationManager.registerSynchronization(unit);
    }

    /** Sends the writes the transaction's work keeps, in batches; nothing when there is none. */
    void flush() {
        CoWorkUnit unit = unit();
        if (unit != null) {
            flush(unit);
        }
    }

    void flush(CoWorkUnit unit) {
        if (!unit.hasWrites()) {
            return;
        }
        CoWorkUnit.Writes writes = unit.takeWrites();
        batch(SAVE_EMPLOYMENT, writes.employments());
        batch(INSERT_COMMUNICATION, writes.communications());
        batch(CORRECT_COMMUNICATION, writes.corrections());
        batch(DELETE_EMPLOYMENT, writes.deletions().stream()
                .map(id -> (SqlParameterSource) new MapSqlParameterSource("id", id.value())).toList());
    }

    private void batch(String sql, List<SqlParameterSource> rows) {
        if (rows.size() == 1) {
            batches.update(sql, rows.get(0));
        } else if (!rows.isEmpty()) {
            batches.batchUpdate(sql, rows.toArray(SqlParameterSource[]::new));
        }
    }

    /** The work of the current transaction, when it applies several documents. */
    private CoWorkUnit unit() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            if (synchronization instanceof CoWorkUnit unit && unit.store == this) {
                return unit;
            }
        }
        return null;
    }

    /** The client for a query: the writes kept by the transaction's work are sent first, so that it sees them. */
    private JdbcClient sql() {
        flush();
        return jdbc;
    }

    // --- one document at a time, or within the work of several --------------------------------------------

    Optional<Received> received(String code) {
        CoWorkUnit unit = unit();
        Optional<Received> known = unit == null ? null : unit.received(code);
        if (known != null) {
            return known;
        }
        Optional<Received> found = sql().sql("select " + COMMUNICATION_COLUMNS
                        + " from interop_co_communication where code = :code")
                .param("code", code).query(CoStore::received).optional();
        if (unit != null) {
            found.ifPresent(row -> unit.handedOut(row.employmentId()));
        }
        return found;
    }

    void insert(CoCommunication communication, CoDocument document, CoEmploymentId employmentId,
            CoIntakeResult.Status outcome, Instant receivedAt, UserId receivedBy, byte[] raw) {
        MapSqlParameterSource row = new MapSqlParameterSource()
                .addValue("code", communication.code()).addValue("kind", document.kind().name())
                .addValue("type", communication.communicationType())
                .addValue("previous", document.previousCode() == null ? null : document.previousCode().value())
                .addValue("sentAt", Timestamp.from(document.sentAt().toInstant()))
                .addValue("version", document.version())
                .addValue("employer", communication.employerFiscalCode())
                .addValue("employerName", communication.employerName())
                .addValue("ateco", communication.atecoCode()).addValue("workplace", communication.workplaceComune())
                .addValue("userCompany", communication.userCompanyFiscalCode())
                .addValue("userCompanyName", communication.userCompanyName())
                .addValue("worker", communication.workerFiscalCode())
                .addValue("domicile", communication.workerDomicileComune())
                .addValue("eventKind", communication.eventKind().name())
                .addValue("eventDate", date(communication.eventDate()))
                .addValue("start", date(communication.startDate()))
                .addValue("end", date(communication.endDate()))
                .addValue("contractType", communication.contractTypeCode())
                .addValue("workingTime", communication.workingTimeCode())
                .addValue("occupation", communication.occupationCode())
                .addValue("transformation", communication.transformationCode())
                .addValue("cause", communication.cessationCauseCode())
                .addValue("person", communication.personId() == null ? null : communication.personId().value())
                .addValue("employment", employmentId == null ? null : employmentId.value())
                .addValue("outcome", outcome.name()).addValue("appliesAt", Timestamp.from(communication.appliesAt()))
                .addValue("receivedAt", Timestamp.from(receivedAt)).addValue("receivedBy", receivedBy.value())
                .addValue("raw", raw);
        CoWorkUnit unit = unit();
        if (unit != null) {
            unit.inserted(communication, employmentId, outcome, row);
        } else {
            jdbc.sql(INSERT_COMMUNICATION).paramSource(row).update();
        }
    }

    /** Marks a communication replaced by a rectification or cancelled by a cancellation. */
    void correct(String code, CoCommunicationState state, String correctedBy) {
        MapSqlParameterSource row = new MapSqlParameterSource().addValue("state", state.name())
                .addValue("by", correctedBy).addValue("code", code);
        CoWorkUnit unit = unit();
        if (unit != null) {
            unit.corrected(code, state, correctedBy, row);
        } else {
            jdbc.sql(CORRECT_COMMUNICATION).paramSource(row).update();
        }
    }

    /** The employment of the worker with the employer that started on the day. */
    Optional<CoEmploymentId> employmentStartedOn(String employerFiscalCode, String workerFiscalCode,
            LocalDate start) {
        CoWorkUnit unit = unit();
        Optional<CoEmploymentId> known = unit == null ? null
                : unit.employmentStartedOn(CoWorkUnit.pair(employerFiscalCode, workerFiscalCode), start);
        if (known != null) {
            return known;
        }
        Optional<CoEmploymentId> found = sql().sql("""
                select id from interop_co_employment
                 where employer_fiscal_code = :employer and worker_fiscal_code = :worker and start_date = :start
                 order by updated_at desc limit 1""")
                .param("employer", employerFiscalCode).param("worker", workerFiscalCode).param("start", date(start))
                .query(UUID.class).optional().map(CoEmploymentId::new);
        if (unit != null) {
            found.ifPresent(unit::handedOut);
        }
        return found;
    }

    /** The most recent employment of the worker with the employer that has not ceased. */
    Optional<CoEmploymentId> latestOpenEmployment(String employerFiscalCode, String workerFiscalCode) {
        CoWorkUnit unit = unit();
        Optional<CoEmploymentId> known = unit == null ? null
                : unit.latestOpenEmployment(CoWorkUnit.pair(employerFiscalCode, workerFiscalCode));
        if (known != null) {
            return known;
        }
        Optional<CoEmploymentId> found = sql().sql("""
                select id from interop_co_employment
                 where employer_fiscal_code = :employer and worker_fiscal_code = :worker and cessation_date is null
                 order by start_date desc nulls last, updated_at desc limit 1""")
                .param("employer", employerFiscalCode).param("worker", workerFiscalCode)
                .query(UUID.class).optional().map(CoEmploymentId::new);
        if (unit != null) {
            found.ifPresent(unit::handedOut);
        }
        return found;
    }

    /** The communications still applied to the employment, cancellations included. */
    List<CoCommunication> appliedTo(CoEmploymentId employment) {
        CoWorkUnit unit = unit();
        List<CoCommunication> known = unit == null ? null : unit.appliedTo(employment);
        if (known != null) {
            return known;
        }
        return sql().sql("select " + COMMUNICATION_COLUMNS
                + " from interop_co_communication where employment_id = :employment and state = 'APPLIED'")
                .param("employment", employment.value()).query(CoStore::received).list().stream()
                .map(Received::communication).toList();
    }

    void save(CoEmployment employment, Instant at) {
        MapSqlParameterSource row = new MapSqlParameterSource()
                .addValue("id", employment.id().value())
                .addValue("person", employment.personId() == null ? null : employment.personId().value())
                .addValue("worker", employment.workerFiscalCode())
                .addValue("domicile", employment.workerDomicileComune())
                .addValue("employer", employment.employerFiscalCode())
                .addValue("employerName", employment.employerName())
                .addValue("ateco", employment.atecoCode()).addValue("workplace", employment.workplaceComune())
                .addValue("userCompany", employment.userCompanyFiscalCode())
                .addValue("userCompanyName", employment.userCompanyName())
                .addValue("start", date(employment.startDate())).addValue("end", date(employment.endDate()))
                .addValue("contractType", employment.contractTypeCode())
                .addValue("workingTime", employment.workingTimeCode())
                .addValue("occupation", employment.occupationCode())
                .addValue("cessation", date(employment.cessationDate()))
                .addValue("cause", employment.cessationCauseCode()).addValue("at", Timestamp.from(at));
        CoWorkUnit unit = unit();
        if (unit != null) {
            unit.saved(employment, at, row);
        } else {
            jdbc.sql(SAVE_EMPLOYMENT).paramSource(row).update();
        }
    }

    /** Removes an employment nothing is left of; its communications keep their data, without the link. */
    void delete(CoEmploymentId employment) {
        CoWorkUnit unit = unit();
        if (unit != null) {
            unit.deleted(employment);
        } else {
            jdbc.sql(DELETE_EMPLOYMENT).param("id", employment.value()).update();
        }
    }

    CoRejectedId reject(String entryName, String code, String message, int line, byte[] raw, Instant at,
            UserId by) {
        CoRejectedId id = CoRejectedId.random();
        sql().sql("""
                insert into interop_co_rejected (id, received_at, received_by, entry_name, code, message, line, raw)
                values (:id, :at, :by, :name, :code, :message, :line, :raw)""")
                .param("id", id.value()).param("at", Timestamp.from(at)).param("by", by.value())
                .param("name", entryName).param("code", code).param("message", message).param("line", line)
                .param("raw", raw).update();
        return id;
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

    static LocalDate localDate(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }
}
