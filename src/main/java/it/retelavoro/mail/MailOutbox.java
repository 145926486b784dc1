package it.retelavoro.mail;

import it.retelavoro.audit.AuditLog;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.NotFoundException;
import it.retelavoro.shared.Role;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrators' reading of the outbox: the latest mails with their status, each one whole with its
 * attachments. Every read is audited (the mails carry personal data).
 */
@Service
@Transactional(readOnly = true)
public class MailOutbox {

    public static final int PAGE_SIZE = 50;

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Mailer mailer;

    MailOutbox(JdbcClient jdbc, AuditLog audit, Mailer mailer) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.mailer = mailer;
    }

    /** A page of the outbox, newest first. */
    public OutboxPage page(int page, CurrentUser caller) {
        requireAdmin(caller, "MAIL_OUTBOX_READ", null);
        int number = Math.max(page, 0);
        long total = jdbc.sql("select count(*) from mail_message").query(Long.class).single();
        List<Summary> mails = jdbc.sql("""
                select id, topic, recipient, subject, status, attempts, created_at, sent_at from mail_message
                 order by created_at desc, id limit :limit offset :offset""")
                .param("limit", PAGE_SIZE).param("offset", (long) number * PAGE_SIZE)
                .query((rs, n) -> summary(rs)).list();
        audit.success("MAIL_OUTBOX_READ", "MAIL", null, "page=" + number);
        return new OutboxPage(mails, number, total, mailer.sends());
    }

    /** One mail, whole. */
    public Message message(MailId id, CurrentUser caller) {
        requireAdmin(caller, "MAIL_READ", id);
        Message message = jdbc.sql("""
                select id, topic, recipient, subject, status, attempts, created_at, sent_at, body, last_error
                  from mail_message where id = :id""").param("id", id.value())
                .query((rs, n) -> new Message(summary(rs), rs.getString("body"), rs.getString("last_error"),
                        attachments(id))).optional()
                .orElseThrow(() -> new NotFoundException("MAIL", id));
        audit.success("MAIL_READ", "MAIL", id);
        return message;
    }

    /** A file attached to a mail. */
    public OutgoingMail.Attachment attachment(MailId id, int position, CurrentUser caller) {
        requireAdmin(caller, "MAIL_READ", id);
        OutgoingMail.Attachment attachment = jdbc.sql("""
                select file_name, content_type, content from mail_attachment
                 where message_id = :id and position = :position""")
                .param("id", id.value()).param("position", position)
                .query((rs, n) -> new OutgoingMail.Attachment(rs.getString("file_name"),
                        rs.getString("content_type"), rs.getBytes("content"))).optional()
                .orElseThrow(() -> new NotFoundException("MAIL_ATTACHMENT", id));
        audit.success("MAIL_ATTACHMENT_READ", "MAIL", id, "position=" + position);
        return attachment;
    }

    private List<AttachmentName> attachments(MailId id) {
        return jdbc.sql("""
                select position, file_name, content_type, octet_length(content) as size from mail_attachment
                 where message_id = :id order by position""").param("id", id.value())
                .query((rs, n) -> new AttachmentName(rs.getInt("position"), rs.getString("file_name"),
                        rs.getString("content_type"), rs.getLong("size"))).list();
    }

    private void requireAdmin(CurrentUser caller, String action, MailId id) {
        if (caller.role() != Role.ADMIN) {
            audit.denied(action, "MAIL", id);
            throw new AccessDeniedException("La posta in uscita è degli amministratori");
        }
    }

    private static Summary summary(ResultSet rs) throws SQLException {
        Timestamp sent = rs.getTimestamp("sent_at");
        return new Summary(new MailId(rs.getObject("id", UUID.class)), rs.getString("topic"),
                rs.getString("recipient"), rs.getString("subject"), MailState.valueOf(rs.getString("status")),
                rs.getInt("attempts"), rs.getTimestamp("created_at").toInstant(),
                sent == null ? null : sent.toInstant());
    }

    /** A mail in the list. */
    public record Summary(MailId id, String topic, String recipient, String subject, MailState state, int attempts,
            Instant createdAt, Instant sentAt) {

        public String stateKey() {
            return "mail.state." + state.name();
        }

        public String topicKey() {
            return "mail.topic." + topic;
        }
    }

    /** A mail, whole. */
    public record Message(Summary summary, String body, String lastError, List<AttachmentName> attachments) {
    }

    /** An attachment's name, type and size. */
    public record AttachmentName(int position, String fileName, String contentType, long size) {
    }

    /** A page of the outbox. */
    public record OutboxPage(List<Summary> mails, int page, long total, boolean sends) {

        public int totalPages() {
            return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        }

        public boolean hasNext() {
            return page + 1 < totalPages();
        }
    }
}
