package it.retelavoro.platform.security;

import it.retelavoro.platform.ApiTokenAuthenticator;
import it.retelavoro.platform.web.ProblemResponses;
import it.retelavoro.shared.UserPrincipal;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates an API request that carries {@code Authorization: Bearer <token>}: the token's owner as they
 * are now, or a 401 problem when the token is unknown, expired or revoked. No password hash is computed,
 * which is what makes a token cheaper than HTTP Basic. Requests without a bearer token pass untouched.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private static final String SCHEME = "Bearer ";

    private final ObjectProvider<ApiTokenAuthenticator> authenticators;
    private final ProblemResponses problems;
    private volatile ApiTokenAuthenticator authenticator;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    BearerTokenFilter(ObjectProvider<ApiTokenAuthenticator> authenticators, ProblemResponses problems) {
        this.authenticators = authenticators;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            chain.doFilter(request, response);
            return;
        }
        String token = header.substring(SCHEME.length()).strip();
        ApiTokenAuthenticator authenticator = authenticator();
        Optional<UserPrincipal> owner = authenticator == null ? Optional.empty() : authenticator.authenticate(token);
        if (owner.isEmpty() || !owner.get().isEnabled()) {
            contexts.clearContext();
            problems.invalidToken(request, response);
            return;
        }
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(new ApiTokenAuthentication(owner.get()));
        contexts.setContext(context);
        chain.doFilter(request, response);
    }

    /**
     * The authenticator, looked up once it exists: a lookup by type in the bean factory on every request was
     * a measurable part of a bearer request's CPU (docs/performance.md).
     */
    private ApiTokenAuthenticator authenticator() {
        ApiTokenAuthenticator found = authenticator;
        if (found == null) {
            found = authenticators.getIfAvailable();
            authenticator = found;
        }
        return found;
    }

    /** A request authenticated by an API token: its owner, with the owner's role. */
    static final class ApiTokenAuthentication extends AbstractAuthenticationToken {

        private final UserPrincipal owner;

        ApiTokenAuthentication(UserPrincipal owner) {
            super(owner.getAuthorities());
            this.owner = owner;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return null;
        }

        @Override
        public Object getPrincipal() {
            return owner;
        }
    }
}
