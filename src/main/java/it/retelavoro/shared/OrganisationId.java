package it.retelavoro.shared;

import java.util.Objects;
import java.util.UUID;

/** Identifies an organisation of the network (a CPI or an accredited agency). */
public record OrganisationId(UUID value) implements TypedId {

    public OrganisationId {
        Objects.requireNonNull(value, "value");
    }

    public static OrganisationId of(String value) {
        return new OrganisationId(UUID.fromString(value));
    }

    public static OrganisationId random() {
        return new OrganisationId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
