package it.retelavoro.person;

import it.retelavoro.shared.RetentionTask;
import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The retention of the requests of rectification (category {@code RECTIFICATION_REQUEST}): a request answered before
 * the cut-off is deleted with what it says; an open one stays until it is answered.
 */
@Component
class RectificationRetention implements RetentionTask {

    private final JdbcClient jdbc;

    RectificationRetention(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String category() {
        return "RECTIFICATION_REQUEST";
    }

    @Override
    public int apply(Instant cutoff) {
        return jdbc.sql("delete from person_rectification_request where state <> 'OPEN' and answered_at < :cutoff")
                .param("cutoff", Timestamp.from(cutoff)).update();
    }
}
