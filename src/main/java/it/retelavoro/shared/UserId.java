package it.retelavoro.shared;

import java.util.Objects;
import java.util.UUID;

/** Identifies a user account: an operator, an analyst or an administrator. */
public record UserId(UUID value) implements TypedId {

    public UserId {
        Objects.requireNonNull(value, "value");
    }

    public static UserId of(String value) {
        return new UserId(UUID.fromString(value));
    }

    public static UserId random() {
        return new UserId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
