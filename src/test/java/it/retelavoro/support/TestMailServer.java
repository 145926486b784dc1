package it.retelavoro.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * One real SMTP server (GreenMail) for the whole test run, started with the test database: every test context
 * sends its mails there, and a test reads back those sent to an address of its own.
 */
public final class TestMailServer {

    private static GreenMail server;

    private TestMailServer() {
    }

    /** The port the server listens on, starting it on first use. */
    public static synchronized int port() {
        if (server == null) {
            server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "test-smtp-stop"));
        }
        return server.getSmtp().getPort();
    }

    /** The messages received for the address so far. */
    public static List<MimeMessage> receivedBy(String address) {
        port();
        return Arrays.stream(server.getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getAllRecipients()).anyMatch(to -> to.toString().equals(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** Waits (up to the timeout) until the address has received the count of messages, and returns them. */
    public static List<MimeMessage> awaitReceivedBy(String address, int count, Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        List<MimeMessage> received = receivedBy(address);
        while (received.size() < count && System.nanoTime() < end) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            received = receivedBy(address);
        }
        return received;
    }
}
