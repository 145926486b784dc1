package it.retelavoro.referral;

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
 * The referrals' part in the retention of the inactive persons (issue 17): a person is active here when sent to a
 * vacancy, or when a step of a referral of theirs was recorded, since. When the registry anonymises a person, the
 * companies' feedback on them and the reasons of cancellations (free texts) are removed; the referrals and their steps stay, as the monitoring counts them.
 */
@Component
class ReferralRetention implements PersonActivity {

    private final JdbcClient jdbc;

    ReferralRetention(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<UUID> activeSince(Collection<UUID> persons, Instant since) {
        return new HashSet<>(jdbc.sql("""
                select person_id from referral where person_id = any(:ids) and created_at >= :since
                union select r.person_id from referral r join referral_step s on s.referral_id = r.id
                 where r.person_id = any(:ids) and s.recorded_at >= :since""")
                .param("ids", persons.toArray(UUID[]::new)).param("since", Timestamp.from(since))
                .query(UUID.class).list());
    }

    /** In the registry's transaction: the anonymisation is whole or not at all. */
    @EventListener
    void on(PersonAnonymised event) {
        jdbc.sql("""
                update referral_step s set feedback = null,
                       cancellation_reason = case when s.cancellation_reason is null then null else '' end
                  from referral r
                 where r.id = s.referral_id and r.person_id = :person""")
                .param("person", event.personId().value()).update();
        jdbc.sql("""
                update referral set cancellation_reason = ''
                 where person_id = :person and cancellation_reason is not null""")
                .param("person", event.personId().value()).update();
    }
}
