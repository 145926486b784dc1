package it.retelavoro.shared;

import java.util.Objects;
import java.util.UUID;

/** Identifies a site (sede) of an organisation. */
public record SiteId(UUID value) implements TypedId {

    public SiteId {
        Objects.requireNonNull(value, "value");
    }

    public static SiteId of(String value) {
        return new SiteId(UUID.fromString(value));
    }

    public static SiteId random() {
        return new SiteId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
