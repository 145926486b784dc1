package it.retelavoro.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes mails to the outbox and tells their delivery status. A mail is written in the caller's transaction: it is
 * sent if and only if the change that sends it is committed. Nothing of a mail is ever logged.
 */
@Service
public class Mailer {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final boolean serverConfigured;

    Mailer(JdbcClient jdbc, Clock clock, ObjectProvider<JavaMailSender> sender) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.serverConfigured = sender.getIfAvailable() != null;
    }

    /**
     * Writes the mail to the outbox, queued for the dispatcher, or held when no mail server is configured.
     *
     * @throws IllegalArgumentException when the recipient is not an address
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public MailId enqueue(OutgoingMail mail) {
        requireAddress(mail.recipient());
        MailId id = MailId.random();
        Timestamp now = Timestamp.from(Instant.now(clock));
        jdbc.sql("""
                insert into mail_message (id, topic, reference_id, recipient, subject, body, status, next_attempt_at,
                                          created_at)
                values (:id, :topic, :reference, :recipient, :subject, :body, :status, :next, :now)""")
                .param("id", id.value()).param("topic", mail.topic()).param("reference", mail.referenceId())
                .param("recipient", mail.recipient()).param("subject", mail.subject()).param("body", mail.body())
                .param("status", (serverConfigured ? MailState.QUEUED : MailState.HELD).name())
                .param("next", serverConfigured ? now : null).param("now", now).update();
        int position = 0;
        for (OutgoingMail.Attachment attachment : mail.attachments()) {
            jdbc.sql("""
                    insert into mail_attachment (message_id, position, file_name, content_type, content)
                    values (:id, :position, :name, :type, :content)""")
                    .param("id", id.value()).param("position", position++).param("name", attachment.fileName())
                    .param("type", attachment.contentType()).param("content", attachment.content()).update();
        }
        return id;
    }

    /** Whether mails are sent (a mail server is configured) or only held in the outbox. */
    public boolean sends() {
        return serverConfigured;
    }

    /** The delivery status of a mail, if it is still in the outbox. */
    @Transactional(readOnly = true)
    public Optional<MailStatus> status(MailId id) {
        return jdbc.sql("select id, status, attempts, created_at, sent_at from mail_message where id = :id")
                .param("id", id.value()).query((rs, n) -> status(rs)).optional();
    }

    /** The mails sent about an object of the sending module, oldest first. */
    @Transactional(readOnly = true)
    public List<MailStatus> statusesAbout(UUID referenceId) {
        return jdbc.sql("""
                select id, status, attempts, created_at, sent_at from mail_message where reference_id = :reference
                 order by created_at, id""").param("reference", referenceId).query((rs, n) -> status(rs)).list();
    }

    static MailStatus status(java.sql.ResultSet rs) throws java.sql.SQLException {
        Timestamp sent = rs.getTimestamp("sent_at");
        return new MailStatus(new MailId(rs.getObject("id", UUID.class)), MailState.valueOf(rs.getString("status")),
                rs.getInt("attempts"), rs.getTimestamp("created_at").toInstant(),
                sent == null ? null : sent.toInstant());
    }

    private static void requireAddress(String recipient) {
        if (!isAddress(recipient)) {
            throw new IllegalArgumentException("not a mail address");
        }
    }

    /** Whether the text is one mail address, as the outbox accepts it. */
    public static boolean isAddress(String text) {
        if (text == null || text.isBlank() || !text.contains("@")) {
            return false;
        }
        try {
            new InternetAddress(text, true).validate();
            return true;
        } catch (AddressException e) {
            return false;
        }
    }
}
