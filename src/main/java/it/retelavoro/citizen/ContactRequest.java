package it.retelavoro.citizen;

import java.time.Instant;
import java.util.UUID;

/**
 * A citizen's wish to be contacted by the CPI of their province, declared before they have a record.
 *
 * @param organisationName the CPI whose queue it is in
 * @param handledAt        when the CPI marked it handled; null while open
 */
public record ContactRequest(UUID id, String fiscalCode, String givenName, String familyName, String email,
        String phone, String comune, String message, String organisationName, Instant requestedAt,
        Instant handledAt) {

    public static final int EMAIL_MAX = 200;
    public static final int PHONE_MAX = 30;
    public static final int MESSAGE_MAX = 1000;

    public boolean open() {
        return handledAt == null;
    }
}
