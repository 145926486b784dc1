package it.retelavoro.pathway;

import it.retelavoro.shared.TypedId;
import java.util.Objects;
import java.util.UUID;

/** Identifies a Patto di Servizio (signed or refused). */
public record PactId(UUID value) implements TypedId {

    public PactId {
        Objects.requireNonNull(value, "value");
    }

    public static PactId random() {
        return new PactId(UUID.randomUUID());
    }

    public static PactId of(String value) {
        return new PactId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
