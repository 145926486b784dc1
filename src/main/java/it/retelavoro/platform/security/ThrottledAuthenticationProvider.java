package it.retelavoro.platform.security;

import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks username and password through its delegate, unless the username from this client address (or
 * the address itself) must wait. The address is the one the login filters record in the token's details
 * ({@code request.getRemoteAddr()}, the proxy's client address only with {@code server.forward-headers-strategy}).
 * A failure of the user store (database unreachable) propagates as an
 * {@link org.springframework.security.authentication.AuthenticationServiceException}, never as a wrong
 * password, and counts as no failure.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider delegate;
    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(AuthenticationProvider delegate, LoginThrottle throttle) {
        this.delegate = delegate;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        try {
            throttle.refusedUntil(username, address).ifPresent(until -> {
                throw new LoginThrottledException(until);
            });
            try {
                Authentication result = delegate.authenticate(authentication);
                throttle.recordSuccess(username, address);
                return result;
            } catch (BadCredentialsException e) {
                throttle.recordFailure(username, address);
                throw e;
            }
        } catch (DataAccessException unreachable) {
            // the counts live in the database (issue 19): without it no login can be checked, as without the users.
            // The same exception as the user store's (503, and no event: the publisher maps classes exactly, and an
            // audited failure would need the database too)
            throw new InternalAuthenticationServiceException("Login throttle unavailable", unreachable);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
