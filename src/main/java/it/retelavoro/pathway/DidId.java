package it.retelavoro.pathway;

import it.retelavoro.shared.TypedId;
import java.util.Objects;
import java.util.UUID;

/** Identifies a DID (dichiarazione di immediata disponibilità). */
public record DidId(UUID value) implements TypedId {

    public DidId {
        Objects.requireNonNull(value, "value");
    }

    public static DidId random() {
        return new DidId(UUID.randomUUID());
    }

    public static DidId of(String value) {
        return new DidId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
