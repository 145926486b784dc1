package it.retelavoro.agenda;

import it.retelavoro.person.PersonEvents.PersonAnonymised;
import it.retelavoro.shared.PersonActivity;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The agenda's part in the retention of the inactive persons (issue 17): a person is active here with an appointment
 * (theirs or a group session's) booked or held since, or to come, a convocation sent or an attendance recorded since.
 * When the registry anonymises a person, the addresses their convocations and reminders went to, the reference of
 * the documents justifying an absence and the reasons of their appointments' cancellations are removed.
 */
@Component
class AgendaRetention implements PersonActivity {

    private final JdbcClient jdbc;

    AgendaRetention(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<UUID> activeSince(Collection<UUID> persons, Instant since) {
        return new HashSet<>(jdbc.sql("""
                select person_id from agenda_appointment
                 where person_id = any(:ids) and (created_at >= :since or starts_at >= :since)
                union select p.person_id from agenda_participant p join agenda_appointment a on a.id = p.appointment_id
                 where p.person_id = any(:ids) and (p.booked_at >= :since or a.starts_at >= :since)
                union select person_id from agenda_convocation where person_id = any(:ids) and created_at >= :since
                union select person_id from agenda_attendance where person_id = any(:ids) and recorded_at >= :since""")
                .param("ids", persons.toArray(UUID[]::new)).param("since", Timestamp.from(since))
                .query(UUID.class).list());
    }

    /** In the registry's transaction: the anonymisation is whole or not at all. */
    @EventListener
    void on(PersonAnonymised event) {
        UUID person = event.personId().value();
        // where the convocations went: the channel stays, the address goes ('-' where the channel needs one)
        jdbc.sql("""
                update agenda_convocation set reminder_email = null,
                       address = case when address is null then null else '-' end
                 where person_id = :person""").param("person", person).update();
        jdbc.sql("""
                update agenda_attendance set document_reference = null
                 where person_id = :person and document_reference is not null""").param("person", person).update();
        jdbc.sql("""
                update agenda_appointment set cancellation_reason = ''
                 where person_id = :person and cancellation_reason is not null""").param("person", person).update();
        jdbc.sql("""
                update agenda_appointment_event e set reason = null from agenda_appointment a
                 where a.id = e.appointment_id and a.person_id = :person and e.reason is not null""")
                .param("person", person).update();
    }
}
