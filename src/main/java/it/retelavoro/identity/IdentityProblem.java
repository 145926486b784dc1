package it.retelavoro.identity;

import java.util.Arrays;
import java.util.Optional;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/**
 * Why a login through an identity provider was refused, as the page that explains it names it: the error code of
 * the exception that stopped it.
 */
enum IdentityProblem {
    /** The citizen's level of assurance is below the one configured (SPID level 1 where 2 is asked). */
    LEVEL_TOO_LOW("level_too_low"),
    /** The provider sent no codice fiscale, or one that is not valid. */
    NO_FISCAL_CODE("no_fiscal_code"),
    /** The staff identity is linked to no enabled account of the network. */
    UNLINKED("unlinked_identity"),
    /** Anything else: the provider's answer did not verify (signature, expiry, nonce), or the user cancelled. */
    FAILED("login_failed");

    private final String code;

    IdentityProblem(String code) {
        this.code = code;
    }

    String code() {
        return code;
    }

    String labelKey() {
        return "identity.problem." + code;
    }

    OAuth2AuthenticationException exception(String description) {
        return new OAuth2AuthenticationException(new OAuth2Error(code, description, null), description);
    }

    static IdentityProblem of(String code) {
        return Arrays.stream(values()).filter(problem -> problem.code.equals(code)).findFirst().orElse(FAILED);
    }

    static Optional<IdentityProblem> known(String code) {
        return Arrays.stream(values()).filter(problem -> problem.code.equals(code)).findFirst();
    }
}
