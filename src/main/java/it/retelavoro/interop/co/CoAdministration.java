package it.retelavoro.interop.co;

import it.retelavoro.audit.AuditLog;
import it.retelavoro.interop.CoEvents.EventKind;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.NotFoundException;
import it.retelavoro.shared.Role;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the administrators see of the intake: the latest communications received (codes, types, states, whether
 * attached to a person: no worker's data) and the documents refused, each downloadable as received. Administrators
 * only; reads audited ({@code CO_ADMIN_READ}, {@code CO_REJECTED_DOWNLOAD}).
 */
@Service
@Transactional(readOnly = true)
public class CoAdministration {

    /** How many communications and refused documents the page lists. */
    public static final int LATEST = 50;

    private static final ZoneId ITALY = ZoneId.of("Europe/Rome");

    /** A communication received, without the worker's data. */
    public record ReceivedRow(String code, CoKind kind, String communicationType, String communicationTypeLabel,
            EventKind eventKind, Instant sentAt, CoCommunicationState state, boolean attached, Instant receivedAt) {

        /** When it was sent, in Italian time. */
        public LocalDateTime sentAtLocal() {
            return LocalDateTime.ofInstant(sentAt, ITALY);
        }

        /** When it was received, in Italian time. */
        public LocalDateTime receivedAtLocal() {
            return LocalDateTime.ofInstant(receivedAt, ITALY);
        }
    }

    /** A document refused: its name in the request, its code when it was read, why, and the line. */
    public record RejectedRow(CoRejectedId id, Instant receivedAt, String entryName, String code, String message,
            int line) {

        /** When it was received, in Italian time. */
        public LocalDateTime receivedAtLocal() {
            return LocalDateTime.ofInstant(receivedAt, ITALY);
        }
    }

    /** A refused document as received. */
    public record RejectedDocument(String entryName, byte[] raw) {
        public RejectedDocument {
            raw = raw.clone();
        }

        @Override
        public byte[] raw() {
            return raw.clone();
        }
    }

    /** The page's two lists, latest first. */
    public record Overview(List<ReceivedRow> received, List<RejectedRow> rejected) {
    }

    private final CoAdministrationQueries store;
    private final CoCodeTables codeTables;
    private final AuditLog audit;

    CoAdministration(CoAdministrationQueries store, CoCodeTables codeTables, AuditLog audit) {
        this.store = store;
        this.codeTables = codeTables;
        this.audit = audit;
    }

    /** The latest {@value #LATEST} communications received and documents refused. */
    public Overview overview(CurrentUser caller) {
        requireAdmin(caller, "CO_ADMIN_READ");
        List<ReceivedRow> received = store.latest(LATEST).stream().map(row -> new ReceivedRow(row.code(),
                row.kind(), row.communicationType(),
                codeTables.label(CoCodeTable.COMMUNICATION_TYPES, row.communicationType()).orElse(null),
                row.eventKind(), row.sentAt(), row.state(), row.attached(), row.receivedAt())).toList();
        Overview overview = new Overview(received, store.rejected(LATEST));
        audit.success("CO_ADMIN_READ", "CO_COMMUNICATION", null,
                "rows=" + (received.size() + overview.rejected().size()));
        return overview;
    }

    /**
     * A refused document's bytes as received.
     *
     * @throws NotFoundException when no refused document has the id
     */
    public RejectedDocument rejectedDocument(CoRejectedId id, CurrentUser caller) {
        requireAdmin(caller, "CO_REJECTED_DOWNLOAD");
        RejectedDocument document = store.rejectedDocument(id)
                .orElseThrow(() -> new NotFoundException("co-rejected", id));
        audit.success("CO_REJECTED_DOWNLOAD", "CO_REJECTED", id);
        return document;
    }

    private void requireAdmin(CurrentUser caller, String action) {
        if (caller.role() != Role.ADMIN) {
            audit.denied(action, "CO_COMMUNICATION", null);
            throw new AccessDeniedException("Solo gli amministratori");
        }
    }
}
