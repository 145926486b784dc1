package it.retelavoro.pathway;

import it.retelavoro.shared.TypedId;
import java.util.Objects;
import java.util.UUID;

/** Identifies a registered delivery of a service. */
public record DeliveryId(UUID value) implements TypedId {

    public DeliveryId {
        Objects.requireNonNull(value, "value");
    }

    public static DeliveryId random() {
        return new DeliveryId(UUID.randomUUID());
    }

    public static DeliveryId of(String value) {
        return new DeliveryId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
