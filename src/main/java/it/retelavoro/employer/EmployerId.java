package it.retelavoro.employer;

import it.retelavoro.shared.TypedId;
import java.util.Objects;
import java.util.UUID;

/** Identifies a company (employer) in the registry. */
public record EmployerId(UUID value) implements TypedId {

    public EmployerId {
        Objects.requireNonNull(value, "value");
    }

    public static EmployerId of(String value) {
        return new EmployerId(UUID.fromString(value));
    }

    public static EmployerId random() {
        return new EmployerId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
