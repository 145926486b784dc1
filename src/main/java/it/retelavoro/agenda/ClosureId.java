package it.retelavoro.agenda;

import it.retelavoro.shared.TypedId;
import java.util.Objects;
import java.util.UUID;

/** Identifies an absence of an operator or a closure of a site. */
public record ClosureId(UUID value) implements TypedId {

    public ClosureId {
        Objects.requireNonNull(value, "value");
    }

    public static ClosureId random() {
        return new ClosureId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
