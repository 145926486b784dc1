package it.retelavoro.audit;

import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.Role;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the audit trail, newest first, for administrators. Reading it is itself audited. */
@Service
public class AuditTrail {

    public static final int PAGE_SIZE = 100;

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ZoneId zone;

    AuditTrail(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.zone = clock.getZone();
    }

    /**
     * A filter; every field optional. Dates are inclusive local dates; {@code beforeId} pages back.
     */
    public record Filter(String username, String objectType, String objectId, LocalDate from, LocalDate to,
            Long beforeId) {
    }

    @Transactional
    public List<AuditEntry> search(Filter filter, CurrentUser caller) {
        if (caller.role() != Role.ADMIN) {
            audit.denied("AUDIT_READ", "AUDIT", null);
            throw new AccessDeniedException("Solo un amministratore consulta il registro");
        }
        StringBuilder sql = new StringBuilder("""
                select id, occurred_at, username, organisation_id, action, object_type, object_id, outcome, detail
                from audit_event where true""");
        List<Object> params = new ArrayList<>();
        if (filter.username() != null && !filter.username().isBlank()) {
            sql.append(" and lower(username) = lower(?)");
            params.add(filter.username().strip());
        }
        if (filter.objectType() != null && !filter.objectType().isBlank()) {
            sql.append(" and object_type = ?");
            params.add(filter.objectType().strip().toUpperCase());
        }
        if (filter.objectId() != null && !filter.objectId().isBlank()) {
            sql.append(" and object_id = ?");
            params.add(filter.objectId().strip());
        }
        if (filter.from() != null) {
            sql.append(" and occurred_at >= ?");
            params.add(Timestamp.from(filter.from().atStartOfDay(zone).toInstant()));
        }
        if (filter.to() != null) {
            sql.append(" and occurred_at < ?");
            params.add(Timestamp.from(filter.to().plusDays(1).atStartOfDay(zone).toInstant()));
        }
        if (filter.beforeId() != null) {
            sql.append(" and id < ?");
            params.add(filter.beforeId());
        }
        sql.append(" order by id desc limit ").append(PAGE_SIZE);
        List<AuditEntry> entries = jdbc.sql(sql.toString()).params(params)
                .query((rs, n) -> new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("username"), rs.getObject("organisation_id", UUID.class), rs.getString("action"),
                        rs.getString("object_type"), rs.getString("object_id"),
                        AuditOutcome.valueOf(rs.getString("outcome")), rs.getString("detail")))
                .list();
        audit.success("AUDIT_READ", "AUDIT", null, "rows=" + entries.size());
        return entries;
    }
}
