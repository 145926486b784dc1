package it.retelavoro.identity;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the identities of the providers are read ({@code retelavoro.identity.*}).
 *
 * @param citizen  the citizens' registration: the claims carrying their identity, and the lowest level accepted
 * @param operator the staff's registration: the claim an account is linked by
 */
@ConfigurationProperties("retelavoro.identity")
record IdentityProperties(Citizen citizen, Operator operator) {

    IdentityProperties {
        citizen = citizen == null ? new Citizen(null, null, null, null, 0) : citizen;
        operator = operator == null ? new Operator(null) : operator;
    }

    /**
     * @param fiscalNumberClaims the claims that may carry the codice fiscale, first found wins (SPID's attribute
     *                           {@code fiscalNumber}, {@code TINIT-} before the code; the OpenID Connect federation's)
     * @param givenNameClaim     the given name
     * @param familyNameClaim    the surname
     * @param birthDateClaim     the birth date, ISO 8601
     * @param minimumLevel       the lowest SPID level of assurance a login may have (2 by default: SPID level 2)
     */
    record Citizen(List<String> fiscalNumberClaims, String givenNameClaim, String familyNameClaim,
            String birthDateClaim, int minimumLevel) {

        Citizen {
            fiscalNumberClaims = fiscalNumberClaims == null || fiscalNumberClaims.isEmpty()
                    ? List.of("fiscalNumber", "https://attributes.eid.gov.it/fiscal_number")
                    : List.copyOf(fiscalNumberClaims);
            givenNameClaim = givenNameClaim == null ? "given_name" : givenNameClaim;
            familyNameClaim = familyNameClaim == null ? "family_name" : familyNameClaim;
            birthDateClaim = birthDateClaim == null ? "birthdate" : birthDateClaim;
            minimumLevel = minimumLevel <= 0 ? 2 : minimumLevel;
        }
    }

    /** @param linkClaim the claim whose value an account of the network is linked to (the username by default) */
    record Operator(String linkClaim) {

        Operator {
            linkClaim = linkClaim == null || linkClaim.isBlank() ? "preferred_username" : linkClaim;
        }
    }
}
