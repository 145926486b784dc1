package it.retelavoro.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import it.retelavoro.support.IntegrationTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The portal's requests never confirmed are deleted with the codice fiscale and the e-mail address they carry once
 * the retention period (7 days) has passed; a recent one, or one whose link is still valid, stays.
 */
@IntegrationTest
class PortalBookingRetentionTests {

    @Autowired
    PortalBookingRetention retention;

    @Autowired
    JdbcClient jdbc;

    @Test
    void requests_that_never_held_an_appointment_go_after_the_retention_period() {
        Instant now = Instant.now();
        UUID expired = request("PENDING", now.minus(Duration.ofDays(10)), now.minus(Duration.ofDays(9)));
        UUID cancelled = request("CANCELLED", now.minus(Duration.ofDays(8)), now.minus(Duration.ofDays(7)));
        UUID recent = request("PENDING", now.minus(Duration.ofDays(2)), now.minus(Duration.ofDays(1)));
        UUID stillValid = request("PENDING", now.minus(Duration.ofDays(8)), now.plus(Duration.ofHours(1)));

        retention.deleteUnconfirmed();
        List<UUID> left = jdbc.sql("select id from agenda_portal_booking where id in (:ids)")
                .param("ids", List.of(expired, cancelled, recent, stillValid)).query(UUID.class).list();
        assertThat(left).containsExactlyInAnyOrder(recent, stillValid);
    }

    private UUID request(String status, Instant requested, Instant expires) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into agenda_portal_booking (id, site_id, type, operator_id, starts_at, fiscal_code, email,
                    confirm_hash, cancel_hash, status, requested_at, expires_at)
                values (:id, :site, 'A2', :operator, :start, 'RSSMRA85M01L219I', 'persona@example.org', :confirm,
                    :cancel, :status, :requested, :expires)""")
                .param("id", id).param("site", UUID.randomUUID()).param("operator", UUID.randomUUID())
                .param("start", Timestamp.from(expires.plus(Duration.ofDays(3))))
                .param("confirm", UUID.randomUUID().toString()).param("cancel", UUID.randomUUID().toString())
                .param("status", status).param("requested", Timestamp.from(requested))
                .param("expires", Timestamp.from(expires)).update();
        return id;
    }
}
