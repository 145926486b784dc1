package it.retelavoro.audit;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;

/** One row of the audit trail. */
public record AuditEntry(long id, Instant occurredAt, String username, UUID organisationId, String action,
        String objectType, String objectId, AuditOutcome outcome, String detail) {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");

    /** When it happened, on Italian time. */
    public LocalDateTime localTime() {
        return LocalDateTime.ofInstant(occurredAt, ROME);
    }
}
