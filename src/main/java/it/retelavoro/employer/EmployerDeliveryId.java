package it.retelavoro.employer;

import it.retelavoro.shared.TypedId;
import java.util.Objects;
import java.util.UUID;

/** Identifies the registration of a standard service B1-B4 delivered to a company. */
public record EmployerDeliveryId(UUID value) implements TypedId {

    public EmployerDeliveryId {
        Objects.requireNonNull(value, "value");
    }

    public static EmployerDeliveryId of(String value) {
        return new EmployerDeliveryId(UUID.fromString(value));
    }

    public static EmployerDeliveryId random() {
        return new EmployerDeliveryId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
