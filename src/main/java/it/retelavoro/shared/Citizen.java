package it.retelavoro.shared;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A citizen as their identity provider vouches for them (SPID or CIE through OpenID Connect, issue 17): the codice
 * fiscale is the identity; the names and the birth date come from the provider's claims, when it sends them.
 *
 * @param fiscalCode       the codice fiscale, in capitals, without SPID's {@code TINIT-} prefix
 * @param levelOfAssurance the level the provider certified for this login (SPID 1 to 3; CIE's the same)
 */
public record Citizen(String fiscalCode, String givenName, String familyName, LocalDate birthDate,
        int levelOfAssurance) implements Serializable {

    /** The authority every citizen holds, and no user of the network. */
    public static final String AUTHORITY = "ROLE_CITIZEN";

    public Citizen {
        Objects.requireNonNull(fiscalCode, "fiscalCode");
    }

    /** The name to greet them with: given name and surname, or nothing when the provider sent neither. */
    public String displayName() {
        return ((givenName == null ? "" : givenName) + " " + (familyName == null ? "" : familyName)).strip();
    }

    @Override
    public String toString() {
        // never the codice fiscale in a log line
        return "Citizen[level=" + levelOfAssurance + "]";
    }
}
