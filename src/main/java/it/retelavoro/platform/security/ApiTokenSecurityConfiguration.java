package it.retelavoro.platform.security;

import it.retelavoro.platform.ApiTokenAuthenticator;
import it.retelavoro.platform.web.ProblemResponses;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * The API tokens' own door: {@code /api/v1/tokens} also accepts the session of a user logged in to the pages
 * (so a token can be issued from the browser), and then asks for the CSRF token as the pages do; a request
 * with an {@code Authorization} header cannot be forged by another site and needs none. A new token is
 * issued only on a password (Basic or the session), never by another token, so a leaked token cannot
 * extend its own life.
 */
@Configuration(proxyBeanMethods = false)
class ApiTokenSecurityConfiguration {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Bean
    @Order(1) // before the API chain (3); it shares no path with the Swagger chain, also 1
    SecurityFilterChain apiTokenChain(HttpSecurity http, AuthenticationManager authentication,
            ProblemResponses problems, ObjectProvider<ApiTokenAuthenticator> tokens) throws Exception {
        SecurityConfiguration.apiClients(http.securityMatcher("/api/v1/tokens", "/api/v1/tokens/**"), authentication,
                        problems, tokens)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.POST, "/api/v1/tokens").access(byPasswordOrSession())
                        .anyRequest().authenticated())
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(request ->
                        !SAFE_METHODS.contains(request.getMethod())
                                && request.getHeader(HttpHeaders.AUTHORIZATION) == null))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER));
        return http.build();
    }

    private static AuthorizationManager<RequestAuthorizationContext> byPasswordOrSession() {
        return (authentication, context) -> {
            Authentication caller = authentication.get();
            return new AuthorizationDecision(caller != null && caller.isAuthenticated()
                    && !(caller instanceof AnonymousAuthenticationToken)
                    && !(caller instanceof BearerTokenFilter.ApiTokenAuthentication)
                    && !SecurityConfiguration.isCitizen(caller));
        };
    }
}
