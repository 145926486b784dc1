package it.retelavoro.employer;

import it.retelavoro.shared.TypedId;
import java.util.Objects;
import java.util.UUID;

/** Identifies a vacancy (job offer) of a company. */
public record VacancyId(UUID value) implements TypedId {

    public VacancyId {
        Objects.requireNonNull(value, "value");
    }

    public static VacancyId of(String value) {
        return new VacancyId(UUID.fromString(value));
    }

    public static VacancyId random() {
        return new VacancyId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
