package it.retelavoro.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the queued mails of the outbox over SMTP, on one instance at a time (ShedLock), each mail in a transaction
 * of its own that holds its row ({@code for update skip locked}) while it is sent, so that a mail is sent once even
 * if the lock expired on a slow server. A refused mail is tried again after 1, 2, 4, 8 minutes, then marked failed.
 * Logs name mails by id only.
 */
@Component
class MailDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(MailDispatcher.class);
    static final int MAX_ATTEMPTS = 5;
    private static final int BATCH = 200;

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ObjectProvider<JavaMailSender> sender;
    private final String from;
    private final int retentionDays;

    MailDispatcher(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock,
            ObjectProvider<JavaMailSender> sender, @Value("${retelavoro.mail.from:noreply@retelavoro.invalid}") String from,
            @Value("${retelavoro.mail.retention-days:180}") int retentionDays) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.sender = sender;
        this.from = from;
        this.retentionDays = retentionDays;
    }

    @Scheduled(fixedDelayString = "${retelavoro.mail.dispatch-delay:PT10S}",
            initialDelayString = "${retelavoro.mail.dispatch-delay:PT10S}")
    @SchedulerLock(name = "mail-dispatch", lockAtMostFor = "PT15M")
    public void scheduled() {
        dispatchDue();
    }

    /** Sends the mails due, up to a batch; returns how many were tried. */
    int dispatchDue() {
        JavaMailSender smtp = sender.getIfAvailable();
        if (smtp == null) {
            return 0;
        }
        int tried = 0;
        while (tried < BATCH && Boolean.TRUE.equals(transaction.execute(status -> sendNext(smtp)))) {
            tried++;
        }
        return tried;
    }

    private boolean sendNext(JavaMailSender smtp) {
        Instant now = Instant.now(clock);
        var next = jdbc.sql("""
                select id, recipient, subject, body, attempts from mail_message
                 where status = 'QUEUED' and next_attempt_at <= :now
                 order by next_attempt_at, id limit 1 for update skip locked""")
                .param("now", Timestamp.from(now)).query((rs, n) -> new Queued(rs.getObject("id", UUID.class),
                        rs.getString("recipient"), rs.getString("subject"), rs.getString("body"),
                        rs.getInt("attempts"))).optional();
        if (next.isEmpty()) {
            return false;
        }
        Queued mail = next.get();
        try {
            smtp.send(message(smtp, mail));
            jdbc.sql("""
                    update mail_message set status = 'SENT', attempts = attempts + 1, sent_at = :now,
                                            next_attempt_at = null, last_error = null where id = :id""")
                    .param("now", Timestamp.from(Instant.now(clock))).param("id", mail.id()).update();
        } catch (MailException | MessagingException e) {
            int attempts = mail.attempts() + 1;
            boolean last = attempts >= MAX_ATTEMPTS;
            LOG.warn("Mail {} refused at attempt {}{}: {}", mail.id(), attempts, last ? " (the last)" : "",
                    e.getClass().getSimpleName());
            jdbc.sql("""
                    update mail_message set status = :status, attempts = :attempts, next_attempt_at = :next,
                                            last_error = :error where id = :id""")
                    .param("status", last ? MailState.FAILED.name() : MailState.QUEUED.name())
                    .param("attempts", attempts)
                    .param("next", last ? null : Timestamp.from(now.plus(Duration.ofMinutes(1L << (attempts - 1)))))
                    .param("error", error(e)).param("id", mail.id()).update();
        }
        return true;
    }

    private MimeMessage message(JavaMailSender smtp, Queued mail) throws MessagingException {
        List<Attached> attachments = jdbc.sql("""
                select file_name, content_type, content from mail_attachment where message_id = :id
                 order by position""").param("id", mail.id())
                .query((rs, n) -> new Attached(rs.getString("file_name"), rs.getString("content_type"),
                        rs.getBytes("content"))).list();
        MimeMessage message = smtp.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, !attachments.isEmpty(), "UTF-8");
        helper.setFrom(from);
        helper.setTo(mail.recipient());
        helper.setSubject(mail.subject());
        helper.setText(mail.body(), false);
        for (Attached attachment : attachments) {
            helper.addAttachment(attachment.fileName(), new ByteArrayResource(attachment.content()),
                    attachment.contentType());
        }
        return message;
    }

    /** The server's answer, cut to the column; kept for the administrators, never logged. */
    private static String error(Exception e) {
        String text = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        return text.length() > 500 ? text.substring(0, 500) : text;
    }

    /** Deletes the mails older than the retention period, except those still queued. */
    @Scheduled(cron = "0 40 2 * * *", zone = "Europe/Rome")
    @SchedulerLock(name = "mail-retention", lockAtMostFor = "PT30M")
    public void deleteExpired() {
        Instant limit = Instant.now(clock).minus(Duration.ofDays(retentionDays));
        int deleted = jdbc.sql("delete from mail_message where created_at < :limit and status <> 'QUEUED'")
                .param("limit", Timestamp.from(limit)).update();
        if (deleted > 0) {
            LOG.info("Deleted {} mails older than {} days from the outbox", deleted, retentionDays);
        }
    }

    private record Queued(UUID id, String recipient, String subject, String body, int attempts) {
    }

    private record Attached(String fileName, String contentType, byte[] content) {
    }
}
