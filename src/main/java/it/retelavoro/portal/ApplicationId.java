package it.retelavoro.portal;

import it.retelavoro.shared.TypedId;
import java.util.Objects;
import java.util.UUID;

/** Identifies a self-application received from the public board. */
public record ApplicationId(UUID value) implements TypedId {

    public ApplicationId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
