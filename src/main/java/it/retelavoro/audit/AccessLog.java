package it.retelavoro.audit;

import it.retelavoro.shared.OrganisationId;
import it.retelavoro.shared.Role;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who looked at or changed a person's data (issue 17, GDPR art. 15): the audit trail's entries of users of the
 * network whose object is the person, with the organisation and the role of who acted and never their name. The
 * person's own reads are not there (they have no user of the network), nor the refused attempts.
 */
@Service
public class AccessLog {

    /** At most this many entries, newest first. */
    public static final int LIMIT = 500;

    private final JdbcClient jdbc;

    AccessLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One access.
     *
     * @param role the role of who acted, null for an entry written before roles were recorded
     */
    public record Access(Instant at, OrganisationId organisationId, Role role, String action) {
    }

    /** The accesses to the object whose id is given (a person's id), newest first. */
    @Transactional(readOnly = true)
    public List<Access> of(UUID objectId) {
        return jdbc.sql("""
                select occurred_at, organisation_id, actor_role, action from audit_event
                where object_id = :id and user_id is not null and outcome = 'SUCCESS'
                order by occurred_at desc, id desc limit :limit
                """)
                .param("id", objectId.toString()).param("limit", LIMIT)
                .query((rs, row) -> new Access(rs.getTimestamp("occurred_at").toInstant(),
                        rs.getObject("organisation_id", UUID.class) == null ? null
                                : new OrganisationId(rs.getObject("organisation_id", UUID.class)),
                        rs.getString("actor_role") == null ? null : Role.valueOf(rs.getString("actor_role")),
                        rs.getString("action")))
                .list();
    }
}
