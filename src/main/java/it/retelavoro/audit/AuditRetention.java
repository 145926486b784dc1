package it.retelavoro.audit;

import it.retelavoro.shared.RetentionTask;
import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The audit trail's retention (category {@code AUDIT_TRAIL}): the entries recorded before the cut-off are deleted.
 * The table refuses it to any transaction that does not declare the retention, and for any row younger than ten
 * years by the database's clock (V17_5_1), whatever the cut-off asked.
 */
@Component
class AuditRetention implements RetentionTask {

    private final JdbcClient jdbc;

    AuditRetention(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String category() {
        return "AUDIT_TRAIL";
    }

    @Override
    public int apply(Instant cutoff) {
        jdbc.sql("select set_config('retelavoro.audit_retention', 'on', true)").query().singleValue();
        int deleted = jdbc.sql("""
                delete from audit_event where occurred_at < :cutoff and occurred_at < now() - interval '10 years'""")
                .param("cutoff", Timestamp.from(cutoff)).update();
        jdbc.sql("select set_config('retelavoro.audit_retention', 'off', true)").query().singleValue();
        return deleted;
    }
}
