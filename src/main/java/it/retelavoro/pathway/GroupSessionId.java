package it.retelavoro.pathway;

import it.retelavoro.shared.TypedId;
import java.util.Objects;
import java.util.UUID;

/** Identifies a group session: one sitting, many participants, one delivery each. */
public record GroupSessionId(UUID value) implements TypedId {

    public GroupSessionId {
        Objects.requireNonNull(value, "value");
    }

    public static GroupSessionId random() {
        return new GroupSessionId(UUID.randomUUID());
    }

    public static GroupSessionId of(String value) {
        return new GroupSessionId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
