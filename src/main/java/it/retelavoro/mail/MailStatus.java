package it.retelavoro.mail;

import java.time.Instant;

/**
 * The delivery status of a mail.
 *
 * @param id        the mail
 * @param state     where it stands
 * @param attempts  the attempts made to send it
 * @param createdAt when it was written to the outbox
 * @param sentAt    when the server accepted it, or null
 */
public record MailStatus(MailId id, MailState state, int attempts, Instant createdAt, Instant sentAt) {

    public String stateKey() {
        return "mail.state." + state.name();
    }
}
