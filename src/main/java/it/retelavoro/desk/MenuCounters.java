package it.retelavoro.desk;

import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The counters on the menu items {@code Candidature} and {@code Richieste DID}: one indexed count each
 * ({@code portal_application_queue_idx}, {@code pathway_did_queue_idx}), computed once per page.
 */
@Service
@Transactional(readOnly = true)
public class MenuCounters {

    private final JdbcClient jdbc;

    MenuCounters(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Self-applications received by the caller's organisation and not yet verified (0 but for operators). */
    public long applicationsToVerify(CurrentUser caller) {
        if (caller.role() != Role.OPERATOR) {
            return 0;
        }
        return jdbc.sql("select count(*) from portal_desk_application where organisation_id = :organisation")
                .param("organisation", caller.organisationId().value()).query(Long.class).single();
    }

    /** DIDs an agency sent to the caller's CPI, waiting for its certification (0 but for CPI operators). */
    public long didRequests(CurrentUser caller) {
        if (caller.role() != Role.OPERATOR || !caller.isCpi()) {
            return 0;
        }
        return jdbc.sql("select count(*) from pathway_desk_did_request where cpi_id = :organisation")
                .param("organisation", caller.organisationId().value()).query(Long.class).single();
    }
}
