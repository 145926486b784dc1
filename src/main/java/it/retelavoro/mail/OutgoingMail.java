package it.retelavoro.mail;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A mail to send.
 *
 * @param topic       what it is about, a code of the sending module ({@code CONVOCATION}, {@code REMINDER}, ...)
 * @param referenceId the sending module's object it is about (an appointment), to find its mails again; may be null
 * @param recipient   the address
 * @param subject     the subject, at most {@link #SUBJECT_MAX} characters
 * @param body        the plain text
 * @param attachments the files attached, in order
 */
public record OutgoingMail(String topic, UUID referenceId, String recipient, String subject, String body,
        List<Attachment> attachments) {

    public static final int TOPIC_MAX = 40;
    public static final int RECIPIENT_MAX = 254;
    public static final int SUBJECT_MAX = 200;

    public OutgoingMail {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        if (topic.length() > TOPIC_MAX || recipient.length() > RECIPIENT_MAX || subject.length() > SUBJECT_MAX) {
            throw new IllegalArgumentException("topic, recipient or subject too long");
        }
    }

    /** A file attached to a mail. */
    public record Attachment(String fileName, String contentType, byte[] content) {

        public Attachment {
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(contentType, "contentType");
            Objects.requireNonNull(content, "content");
        }
    }
}
