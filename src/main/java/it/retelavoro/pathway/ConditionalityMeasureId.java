package it.retelavoro.pathway;

import it.retelavoro.shared.TypedId;
import java.util.Objects;
import java.util.UUID;

/** Identifies a measure of condizionalità. */
public record ConditionalityMeasureId(UUID value) implements TypedId {

    public ConditionalityMeasureId {
        Objects.requireNonNull(value, "value");
    }

    public static ConditionalityMeasureId random() {
        return new ConditionalityMeasureId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
