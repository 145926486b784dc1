package it.retelavoro.pathway;

import it.retelavoro.shared.TypedId;
import java.util.Objects;
import java.util.UUID;

/** Identifies an event of a person's training (referral, enrolment, completion). */
public record TrainingEventId(UUID value) implements TypedId {

    public TrainingEventId {
        Objects.requireNonNull(value, "value");
    }

    public static TrainingEventId random() {
        return new TrainingEventId(UUID.randomUUID());
    }

    public static TrainingEventId of(String value) {
        return new TrainingEventId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
