package it.retelavoro.employer;

import it.retelavoro.shared.TypedId;
import java.util.Objects;
import java.util.UUID;

/** Identifies the registration of a company Patto di Servizio (signed or refused). */
public record CompanyPactId(UUID value) implements TypedId {

    public CompanyPactId {
        Objects.requireNonNull(value, "value");
    }

    public static CompanyPactId of(String value) {
        return new CompanyPactId(UUID.fromString(value));
    }

    public static CompanyPactId random() {
        return new CompanyPactId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
