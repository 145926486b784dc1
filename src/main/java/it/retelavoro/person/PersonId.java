package it.retelavoro.person;

import it.retelavoro.shared.TypedId;
import java.util.Objects;
import java.util.UUID;

/** Identifies a person registered in the network. */
public record PersonId(UUID value) implements TypedId {

    public PersonId {
        Objects.requireNonNull(value, "value");
    }

    public static PersonId of(String value) {
        return new PersonId(UUID.fromString(value));
    }

    public static PersonId random() {
        return new PersonId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
