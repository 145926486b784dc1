package it.retelavoro.interop.co;

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
 * The Comunicazioni Obbligatorie's part in the retention of the inactive persons (issue 17): a person is active here
 * when a communication about them arrived since. When the registry anonymises a person, the copies of their
 * communications (which name the worker) and the work history built from them are deleted: the Ministry's system
 * keeps the communications themselves, and monitoring keeps its own pseudonymous copy of the employments.
 */
@Component
class CoRetention implements PersonActivity {

    private final JdbcClient jdbc;

    CoRetention(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<UUID> activeSince(Collection<UUID> persons, Instant since) {
        return new HashSet<>(jdbc.sql("""
                select distinct person_id from interop_co_communication
                 where person_id = any(:ids) and received_at >= :since""")
                .param("ids", persons.toArray(UUID[]::new)).param("since", Timestamp.from(since))
                .query(UUID.class).list());
    }

    /** In the registry's transaction: the anonymisation is whole or not at all. */
    @EventListener
    void on(PersonAnonymised event) {
        UUID person = event.personId().value();
        jdbc.sql("delete from interop_co_communication where person_id = :person").param("person", person).update();
        jdbc.sql("delete from interop_co_employment where person_id = :person").param("person", person).update();
    }
}
