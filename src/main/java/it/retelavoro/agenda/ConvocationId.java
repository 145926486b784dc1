package it.retelavoro.agenda;

import it.retelavoro.shared.TypedId;
import java.util.Objects;
import java.util.UUID;

/** Identifies the convocation of a person to an appointment. */
public record ConvocationId(UUID value) implements TypedId {

    public ConvocationId {
        Objects.requireNonNull(value, "value");
    }

    public static ConvocationId random() {
        return new ConvocationId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
