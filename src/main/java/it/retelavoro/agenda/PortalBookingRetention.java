package it.retelavoro.agenda;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the portal's requests no longer than they serve: a request never confirmed (its link expired) or cancelled
 * before it held anything is deleted, with the codice fiscale and the e-mail address it carries, once
 * {@code retelavoro.agenda.portal-request-retention-days} (7) have passed since it was made. A confirmed booking stays
 * with its appointment, which it holds. Every night, on one instance.
 */
@Component
class PortalBookingRetention {

    private static final Logger LOG = LoggerFactory.getLogger(PortalBookingRetention.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int retentionDays;

    PortalBookingRetention(JdbcClient jdbc, Clock clock,
            @Value("${retelavoro.agenda.portal-request-retention-days:7}") int retentionDays) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.retentionDays = retentionDays;
    }

    /** Deletes the requests that never held an appointment, made before the retention period (void: ShedLock). */
    @Scheduled(cron = "0 50 2 * * *", zone = "Europe/Rome")
    @SchedulerLock(name = "agenda-portal-retention", lockAtMostFor = "PT30M")
    @Transactional
    public void deleteUnconfirmed() {
        Instant limit = clock.instant().minus(Duration.ofDays(retentionDays));
        int deleted = jdbc.sql("""
                delete from agenda_portal_booking b
                 where b.requested_at < :limit and b.appointment_id is null
                   and (b.status = 'CANCELLED' or (b.status = 'PENDING' and b.expires_at < :now))
                   and not exists (select 1 from agenda_appointment a where a.portal_booking_id = b.id)""")
                .param("limit", Timestamp.from(limit)).param("now", Timestamp.from(clock.instant())).update();
        if (deleted > 0) {
            LOG.info("Deleted {} portal requests never confirmed, older than {} days", deleted, retentionDays);
        }
    }
}
