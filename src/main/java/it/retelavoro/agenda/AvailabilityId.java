package it.retelavoro.agenda;

import it.retelavoro.shared.TypedId;
import java.util.Objects;
import java.util.UUID;

/** Identifies an operator's weekly hours at a site. */
public record AvailabilityId(UUID value) implements TypedId {

    public AvailabilityId {
        Objects.requireNonNull(value, "value");
    }

    public static AvailabilityId random() {
        return new AvailabilityId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
