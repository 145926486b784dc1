package it.retelavoro.referral;

import it.retelavoro.shared.TypedId;
import java.util.Objects;
import java.util.UUID;

/** Identifies a referral of one person to one vacancy. */
public record ReferralId(UUID value) implements TypedId {

    public ReferralId {
        Objects.requireNonNull(value, "value");
    }

    public static ReferralId of(String value) {
        return new ReferralId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
