package it.retelavoro.network;

import it.retelavoro.shared.TypedId;
import java.util.Objects;
import java.util.UUID;

/** Identifies an API token (never the token itself, which is shown once and not stored). */
public record ApiTokenId(UUID value) implements TypedId {

    public ApiTokenId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
