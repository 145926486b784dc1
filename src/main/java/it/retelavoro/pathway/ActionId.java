package it.retelavoro.pathway;

import it.retelavoro.shared.TypedId;
import java.util.Objects;
import java.util.UUID;

/** Identifies an action planned in a PAI. */
public record ActionId(UUID value) implements TypedId {

    public ActionId {
        Objects.requireNonNull(value, "value");
    }

    public static ActionId random() {
        return new ActionId(UUID.randomUUID());
    }

    public static ActionId of(String value) {
        return new ActionId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
