package it.retelavoro.person;

import it.retelavoro.audit.AuditLog;
import it.retelavoro.shared.ConflictException;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.InvalidInputException;
import it.retelavoro.shared.NotFoundException;
import it.retelavoro.shared.OrganisationId;
import it.retelavoro.shared.Role;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The requests to correct a record (issue 17, GDPR art. 16): the person asks from their own area, naming the field
 * and the value they propose; the request waits in the queue of the organisation that has them in charge, whose
 * operators answer it, accepted or refused, with a reason. Accepting does not write the value: the operator
 * corrects the record on its page, where the registry's checks apply. Audited as {@code PERSON_RECTIFICATION_*}.
 */
@Service
@Transactional
public class RectificationRequests {

    private static final String COLUMNS = """
            id, person_id, organisation_id, field, proposed_value, note, requested_at, state, answered_at,
            answer_reason""";

    /** At most this many requests of one person wait at once. */
    public static final int OPEN_MAX = 10;

    private final JdbcClient jdbc;
    private final PersonRepository persons;
    private final AuditLog audit;
    private final Clock clock;

    RectificationRequests(JdbcClient jdbc, PersonRepository persons, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.persons = persons;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The person asks for a correction: the value they propose, an optional note.
     *
     * @throws InvalidInputException when the field or the value is missing, or a text is too long
     */
    public RectificationRequest request(PersonId personId, RectifiableField field, String proposedValue, String note) {
        Person person = persons.findById(personId).orElseThrow(() -> new NotFoundException("person", personId));
        var problems = new InvalidInputException.Collector();
        problems.require(field != null, "field", "citizen.rectification.field-required");
        String value = proposedValue == null ? "" : proposedValue.strip();
        problems.require(!value.isEmpty(), "proposedValue", "citizen.rectification.value-required");
        problems.maxLength(value, RectificationRequest.PROPOSED_VALUE_MAX, "proposedValue");
        String text = note == null || note.isBlank() ? null : note.strip();
        problems.maxLength(text, RectificationRequest.NOTE_MAX, "note");
        int open = jdbc.sql("select count(*) from person_rectification_request where person_id = :person"
                        + " and state = 'OPEN'").param("person", personId.value()).query(Integer.class).single();
        problems.require(open < OPEN_MAX, "field", "citizen.rectification.too-many", OPEN_MAX);
        problems.throwIfAny();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into person_rectification_request (id, person_id, organisation_id, field, proposed_value, note,
                                                          requested_at, state)
                values (:id, :person, :organisation, :field, :value, :note, :at, 'OPEN')
                """)
                .param("id", id).param("person", personId.value()).param("organisation", person.inChargeOf().value())
                .param("field", field.name()).param("value", value).param("note", text)
                .param("at", Timestamp.from(clock.instant()))
                .update();
        audit.success("PERSON_RECTIFICATION_REQUEST", PersonAccess.OBJECT, personId, "field=" + field);
        return find(id);
    }

    /** The person's requests, newest first. */
    @Transactional(readOnly = true)
    public List<RectificationRequest> ofPerson(PersonId personId) {
        return jdbc.sql("select " + COLUMNS + " from person_rectification_request where person_id = :person"
                        + " order by requested_at desc")
                .param("person", personId.value()).query(RectificationRequests::row).list();
    }

    /**
     * The open requests of the persons the caller's organisation has in charge now (a request follows the person
     * when they are transferred), oldest first. Each person listed has the read in their access log.
     */
    @Transactional
    public List<RectificationRequest> queue(CurrentUser caller) {
        requireOperator(caller, null);
        List<RectificationRequest> open = jdbc.sql("""
                        select r.id, r.person_id, p.in_charge_of as organisation_id, r.field, r.proposed_value, r.note,
                               r.requested_at, r.state, r.answered_at, r.answer_reason
                        from person_rectification_request r join person p on p.id = r.person_id
                        where p.in_charge_of = :organisation and r.state = 'OPEN' order by r.requested_at""")
                .param("organisation", caller.organisationId().value()).query(RectificationRequests::row).list();
        open.stream().map(RectificationRequest::personId).distinct().forEach(person ->
                audit.success("PERSON_RECTIFICATION_QUEUE_READ", PersonAccess.OBJECT, person));
        return open;
    }

    /**
     * An operator of the organisation whose queue it is in answers, with a reason.
     *
     * @throws InvalidInputException when the reason is missing or too long, or the request is answered already
     */
    public RectificationRequest answer(UUID id, boolean accepted, String reason, CurrentUser caller) {
        RectificationRequest request = find(id);
        requireOperator(caller, inChargeOf(request.personId()));
        var problems = new InvalidInputException.Collector();
        String why = reason == null ? "" : reason.strip();
        problems.require(!why.isEmpty(), "reason", "person.rectification.reason-required");
        problems.maxLength(why, RectificationRequest.ANSWER_REASON_MAX, "reason");
        problems.require(request.isOpen(), "reason", "person.rectification.answered-already");
        problems.throwIfAny();
        int answered = jdbc.sql("""
                update person_rectification_request
                set state = :state, answered_at = :at, answered_by = :by, answer_reason = :reason
                where id = :id and state = 'OPEN'
                """)
                .param("state", accepted ? "ACCEPTED" : "REFUSED").param("at", Timestamp.from(clock.instant()))
                .param("by", caller.id().value()).param("reason", why).param("id", id)
                .update();
        if (answered == 0) {
            // another operator answered it meanwhile
            throw new ConflictException("person.rectification.answered-already", List.of(), null);
        }
        audit.success("PERSON_RECTIFICATION_ANSWER", PersonAccess.OBJECT, request.personId(),
                accepted ? "accepted" : "refused");
        return find(id);
    }

    /** A request of the caller's queue, with the person it is about read under the same check. */
    @Transactional(readOnly = true)
    public RectificationRequest get(UUID id, CurrentUser caller) {
        RectificationRequest request = find(id);
        requireOperator(caller, inChargeOf(request.personId()));
        return request;
    }

    private OrganisationId inChargeOf(PersonId person) {
        return persons.findById(person).map(Person::inChargeOf)
                .orElseThrow(() -> new NotFoundException("person", person));
    }

    private RectificationRequest find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from person_rectification_request where id = :id").param("id", id)
                .query(RectificationRequests::row).optional()
                .orElseThrow(() -> new NotFoundException("rectification-request", id));
    }

    private void requireOperator(CurrentUser caller, OrganisationId organisation) {
        if (caller.role() != Role.OPERATOR || organisation != null && !caller.belongsTo(organisation)) {
            audit.denied("PERSON_RECTIFICATION_ANSWER", PersonAccess.OBJECT, null);
            throw new AccessDeniedException("Solo un operatore dell'organizzazione che ha in carico la persona");
        }
    }

    private static RectificationRequest row(ResultSet rs, int n) throws SQLException {
        Timestamp answered = rs.getTimestamp("answered_at");
        return new RectificationRequest(rs.getObject("id", UUID.class),
                new PersonId(rs.getObject("person_id", UUID.class)),
                new OrganisationId(rs.getObject("organisation_id", UUID.class)),
                RectifiableField.valueOf(rs.getString("field")), rs.getString("proposed_value"), rs.getString("note"),
                rs.getTimestamp("requested_at").toInstant(), RectificationRequest.State.valueOf(rs.getString("state")),
                answered == null ? null : answered.toInstant(), rs.getString("answer_reason"));
    }
}
