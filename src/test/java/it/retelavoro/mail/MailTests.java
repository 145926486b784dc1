package it.retelavoro.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.retelavoro.support.IntegrationTest;
import it.retelavoro.support.MovableClock;
import it.retelavoro.support.TestMailServer;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox (issue 16, point 2): a mail written in a transaction is sent over SMTP (a real server, GreenMail) with
 * its attachments and its status kept; one the server refuses is tried again later, then marked failed; without a
 * mail server it is held for the administrators; the dispatcher does not run while another instance holds its lock.
 */
@IntegrationTest
class MailTests {

    @Autowired
    Mailer mailer;

    @Autowired
    MailDispatcher dispatcher;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    Clock clock;

    @Autowired
    MockMvc mvc;

    private static String address() {
        return "persona." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    private MailId enqueue(Mailer through, String recipient) {
        return new TransactionTemplate(transactions).execute(status -> through.enqueue(new OutgoingMail("CONVOCATION",
                UUID.randomUUID(), recipient, "Convocazione al Centro per l'Impiego", "Gentile Sig.ra Rossi,\nè convocata.",
                List.of(new OutgoingMail.Attachment("convocazione.ics", "text/calendar",
                        "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8))))));
    }

    @Test
    void a_mail_written_in_a_transaction_reaches_the_smtp_server_with_its_attachment_and_is_marked_sent()
            throws Exception {
        String to = address();
        MailId id = enqueue(mailer, to);
        assertThat(mailer.status(id)).get().extracting(MailStatus::state).isIn(MailState.QUEUED, MailState.SENT);

        dispatcher.dispatchDue();

        List<MimeMessage> received = TestMailServer.awaitReceivedBy(to, 1, Duration.ofSeconds(10));
        assertThat(received).hasSize(1);
        MimeMessage message = received.get(0);
        assertThat(message.getSubject()).isEqualTo("Convocazione al Centro per l'Impiego");
        Multipart parts = (Multipart) message.getContent();
        assertThat(text(parts)).contains("è convocata");
        assertThat(attachmentNames(parts)).containsExactly("convocazione.ics");
        MailStatus status = mailer.status(id).orElseThrow();
        assertThat(status.state()).isEqualTo(MailState.SENT);
        assertThat(status.sentAt()).isNotNull();
        assertThat(status.attempts()).isEqualTo(1);
        // sent once: a second run finds nothing more for it
        dispatcher.dispatchDue();
        assertThat(TestMailServer.receivedBy(to)).hasSize(1);
    }

    @Test
    void a_mail_the_server_refuses_is_tried_again_later_then_marked_failed() throws Exception {
        // due in a day, so that the application's own dispatcher (on the real clock) leaves it to this one
        String to = address();
        MailId id = enqueue(mailer, to);
        Instant later = Instant.now().plus(Duration.ofDays(1));
        jdbc.sql("update mail_message set next_attempt_at = :due where id = :id")
                .param("due", Timestamp.from(later)).param("id", id.value()).update();
        MovableClock moving = new MovableClock(later.plusSeconds(1));
        MailDispatcher refused = new MailDispatcher(jdbc, transactions, moving, provider(closedServer()),
                "noreply@retelavoro.invalid", 180);

        for (int attempt = 1; attempt <= MailDispatcher.MAX_ATTEMPTS; attempt++) {
            assertThat(refused.dispatchDue()).as("attempt %d", attempt).isGreaterThanOrEqualTo(1);
            MailStatus status = mailer.status(id).orElseThrow();
            assertThat(status.attempts()).isEqualTo(attempt);
            assertThat(status.state()).isEqualTo(attempt < MailDispatcher.MAX_ATTEMPTS ? MailState.QUEUED
                    : MailState.FAILED);
            // not tried again before its delay
            assertThat(refused.dispatchDue()).isZero();
            moving.advance(Duration.ofMinutes(1L << (attempt - 1)).plusSeconds(1));
        }
        assertThat(jdbc.sql("select last_error from mail_message where id = :id").param("id", id.value())
                .query(String.class).single()).startsWith("Mail");
        assertThat(TestMailServer.receivedBy(to)).isEmpty();
    }

    @Test
    void without_a_mail_server_a_mail_is_held_in_the_outbox_and_never_sent() {
        Mailer holding = new Mailer(jdbc, clock, provider(null));
        assertThat(holding.sends()).isFalse();
        String to = address();
        MailId id = enqueue(holding, to);
        assertThat(holding.status(id).orElseThrow().state()).isEqualTo(MailState.HELD);
        dispatcher.dispatchDue();
        assertThat(holding.status(id).orElseThrow().state()).isEqualTo(MailState.HELD);
        assertThat(TestMailServer.receivedBy(to)).isEmpty();
    }

    @Test
    void a_recipient_that_is_not_an_address_is_refused() {
        assertThatThrownBy(() -> enqueue(mailer, "non un indirizzo")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_dispatcher_does_not_run_while_another_instance_holds_its_lock() throws Exception {
        String to = address();
        // the other instance takes the lock as ShedLock would: only when free. Overwriting it while the application's
        // own run held it (every second in tests) let that run send the mail enqueued next (a verify failed so)
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        int taken = 0;
        while (taken == 0 && System.nanoTime() < deadline) {
            taken = jdbc.sql("""
                    insert into shedlock (name, lock_until, locked_at, locked_by)
                    values ('mail-dispatch', now() + interval '1 hour', now(), 'altra-istanza')
                    on conflict (name) do update set lock_until = excluded.lock_until, locked_at = excluded.locked_at,
                        locked_by = excluded.locked_by
                    where shedlock.lock_until <= now()""")
                    .update();
            if (taken == 0) {
                Thread.sleep(50);
            }
        }
        assertThat(taken).as("the lock, free within 10 s").isEqualTo(1);
        try {
            MailId id = enqueue(mailer, to);
            dispatcher.scheduled();
            Thread.sleep(1500); // the application's own scheduled run, every second in tests, is held too
            assertThat(mailer.status(id).orElseThrow().state()).isEqualTo(MailState.QUEUED);
            assertThat(TestMailServer.receivedBy(to)).isEmpty();
        } finally {
            jdbc.sql("update shedlock set lock_until = now() - interval '1 second' where name = 'mail-dispatch'")
                    .update();
        }
        dispatcher.scheduled();
        assertThat(TestMailServer.awaitReceivedBy(to, 1, Duration.ofSeconds(10))).hasSize(1);
    }

    @Test
    void administrators_read_the_outbox_and_its_mails_others_may_not() throws Exception {
        String to = address();
        MailId id = enqueue(mailer, to);
        String page = mvc.perform(get("/admin/outbox").with(httpBasic("admin", "demo"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains(to).contains("/admin/outbox/" + id);
        String message = mvc.perform(get("/admin/outbox/" + id).with(httpBasic("admin", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(message).contains("è convocata").contains("convocazione.ics");
        mvc.perform(get("/admin/outbox/" + id + "/attachments/0").with(httpBasic("admin", "demo")))
                .andExpect(status().isOk());
        mvc.perform(get("/admin/outbox").with(httpBasic("cpi.torino", "demo"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/outbox/" + id).with(httpBasic("regione", "demo"))).andExpect(status().isForbidden());
    }

    private static ObjectProvider<JavaMailSender> provider(JavaMailSender sender) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        if (sender != null) {
            beans.addBean("sender", sender);
        }
        return beans.getBeanProvider(JavaMailSender.class);
    }

    /** A sender pointed at a port where no server listens. */
    private static JavaMailSender closedServer() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("localhost");
        sender.setPort(port);
        sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
        return sender;
    }

    private static String text(Multipart parts) throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < parts.getCount(); i++) {
            Part part = parts.getBodyPart(i);
            if (part.getContent() instanceof Multipart nested) {
                text.append(text(nested));
            } else if (part.isMimeType("text/plain") && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                text.append(part.getContent());
            }
        }
        return text.toString();
    }

    private static List<String> attachmentNames(Multipart parts) throws Exception {
        List<String> names = new java.util.ArrayList<>();
        for (int i = 0; i < parts.getCount(); i++) {
            Part part = parts.getBodyPart(i);
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                names.add(part.getFileName());
            }
        }
        return names;
    }
}
