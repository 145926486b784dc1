package it.retelavoro.portal;

import it.retelavoro.shared.RetentionTask;
import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The retention of the portal's self-applications (category {@code PORTAL_APPLICATION}): an application not followed
 * up by a referral to the company (received, verified or declined) is deleted, with the codice fiscale, the contacts
 * and the curriculum it carries, once kept since before the cut-off. A referred application stays: it is the
 * origin of the referral, a record of the service.
 */
@Component
class PortalApplicationRetention implements RetentionTask {

    private final JdbcClient jdbc;

    PortalApplicationRetention(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String category() {
        return "PORTAL_APPLICATION";
    }

    @Override
    public int apply(Instant cutoff) {
        return jdbc.sql("delete from portal_application where status <> 'REFERRED' and submitted_at < :cutoff")
                .param("cutoff", Timestamp.from(cutoff)).update();
    }
}
