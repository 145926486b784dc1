package it.retelavoro.mail;

import it.retelavoro.shared.TypedId;
import java.util.Objects;
import java.util.UUID;

/** Identifies a mail of the outbox. */
public record MailId(UUID value) implements TypedId {

    public MailId {
        Objects.requireNonNull(value, "value");
    }

    public static MailId random() {
        return new MailId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
