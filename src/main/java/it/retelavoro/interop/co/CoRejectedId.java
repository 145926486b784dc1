package it.retelavoro.interop.co;

import it.retelavoro.shared.TypedId;
import java.util.Objects;
import java.util.UUID;

/** Identifies a document the intake refused and kept, as received, for the administrator. */
public record CoRejectedId(UUID value) implements TypedId {

    public CoRejectedId {
        Objects.requireNonNull(value, "value");
    }

    public static CoRejectedId random() {
        return new CoRejectedId(UUID.randomUUID());
    }

    public static CoRejectedId of(String value) {
        return new CoRejectedId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
