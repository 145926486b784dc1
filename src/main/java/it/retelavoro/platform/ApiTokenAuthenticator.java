package it.retelavoro.platform;

import it.retelavoro.shared.UserPrincipal;
import java.util.Optional;

/**
 * Resolves the bearer token of an API request to its owner as they are now (role, organisation, enabled),
 * or to nothing when the token is unknown, expired or revoked, or its owner disabled. Implemented by the
 * module that owns the user accounts; the API's security filter asks it on every request with a token.
 */
public interface ApiTokenAuthenticator {

    Optional<UserPrincipal> authenticate(String token);
}
