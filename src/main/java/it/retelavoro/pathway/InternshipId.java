package it.retelavoro.pathway;

import it.retelavoro.shared.TypedId;
import java.util.Objects;
import java.util.UUID;

/** Identifies an internship (tirocinio). */
public record InternshipId(UUID value) implements TypedId {

    public InternshipId {
        Objects.requireNonNull(value, "value");
    }

    public static InternshipId random() {
        return new InternshipId(UUID.randomUUID());
    }

    public static InternshipId of(String value) {
        return new InternshipId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
