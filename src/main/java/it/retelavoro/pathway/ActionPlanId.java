package it.retelavoro.pathway;

import it.retelavoro.shared.TypedId;
import java.util.Objects;
import java.util.UUID;

/** Identifies a Piano di Azione Individuale (signed or refused). */
public record ActionPlanId(UUID value) implements TypedId {

    public ActionPlanId {
        Objects.requireNonNull(value, "value");
    }

    public static ActionPlanId random() {
        return new ActionPlanId(UUID.randomUUID());
    }

    public static ActionPlanId of(String value) {
        return new ActionPlanId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
