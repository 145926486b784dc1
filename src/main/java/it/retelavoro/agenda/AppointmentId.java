package it.retelavoro.agenda;

import it.retelavoro.shared.TypedId;
import java.util.Objects;
import java.util.UUID;

/** Identifies an appointment of the agenda (or a group session). */
public record AppointmentId(UUID value) implements TypedId {

    public AppointmentId {
        Objects.requireNonNull(value, "value");
    }

    public static AppointmentId random() {
        return new AppointmentId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
