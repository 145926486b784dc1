package it.retelavoro.pathway;

import it.retelavoro.shared.TypedId;
import java.util.Objects;
import java.util.UUID;

/** Identifies a change of a DID brought by a job ({@link DidEmploymentChange}). */
public record DidEmploymentChangeId(UUID value) implements TypedId {

    public DidEmploymentChangeId {
        Objects.requireNonNull(value, "value");
    }

    public static DidEmploymentChangeId random() {
        return new DidEmploymentChangeId(UUID.randomUUID());
    }

    public static DidEmploymentChangeId of(String value) {
        return new DidEmploymentChangeId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
