package it.retelavoro.portal;

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
 * The job board's part in the retention of the inactive persons (issue 17): a person is active here with an
 * application sent since. The applications not referred are erased after twelve months anyway (category
 * {@code PORTAL_APPLICATION}); those referred to a company stay, as the referral does, and when the registry anonymises
 * the person they lose what identifies the applicant: codice fiscale, names, contacts and the CV's text.
 */
@Component
class PortalPersonRetention implements PersonActivity {

    private final JdbcClient jdbc;

    PortalPersonRetention(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<UUID> activeSince(Collection<UUID> persons, Instant since) {
        return new HashSet<>(jdbc.sql("""
                select distinct person_id from portal_application
                 where person_id = any(:ids) and submitted_at >= :since""")
                .param("ids", persons.toArray(UUID[]::new)).param("since", Timestamp.from(since))
                .query(UUID.class).list());
    }

    /** In the registry's transaction: the anonymisation is whole or not at all. */
    @EventListener
    void on(PersonAnonymised event) {
        jdbc.sql("""
                update portal_application set fiscal_code = '', first_name = '', last_name = '', email = null,
                       phone = null, cv_text = ''
                 where person_id = :person""").param("person", event.personId().value()).update();
    }
}
