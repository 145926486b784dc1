package it.retelavoro.interop;

import it.retelavoro.shared.TypedId;
import java.util.Objects;
import java.util.UUID;

/** Identifies one employment relationship of a worker's work history, as the Comunicazioni Obbligatorie tell it. */
public record CoEmploymentId(UUID value) implements TypedId {

    public CoEmploymentId {
        Objects.requireNonNull(value, "value");
    }

    public static CoEmploymentId random() {
        return new CoEmploymentId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
