package it.retelavoro.identity;

import it.retelavoro.audit.AuditLog;
import it.retelavoro.platform.ExternalLogin;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The login through the identity providers Spring Boot's properties configure
 * ({@code spring.security.oauth2.client.registration.citizen|operator}): the authorisation code flow with PKCE
 * (also for a confidential client), the citizens asked for the configured SPID level ({@code acr_values}); the ID
 * token checked by Spring Security (signature on the provider's keys, issuer, audience, expiry, nonce), then by
 * {@link IdentityUsers}; a citizen lands on their area, a user of the network where they were going; a refusal on a
 * page that says why; the logout ends the provider's session too, when it offers an end-session endpoint.
 */
@Component
class OidcLogins implements ExternalLogin {

    static final String PROBLEM_PAGE = "/login/identity-problem";

    private final ObjectProvider<ClientRegistrationRepository> registrations;
    private final IdentityUsers users;
    private final IdentityProperties properties;
    private final AuditLog audit;

    OidcLogins(ObjectProvider<ClientRegistrationRepository> registrations, IdentityUsers users,
            IdentityProperties properties, AuditLog audit) {
        this.registrations = registrations;
        this.users = users;
        this.properties = properties;
        this.audit = audit;
    }

    @Override
    public void configure(HttpSecurity http) throws Exception {
        ClientRegistrationRepository repository = registrations.getIfAvailable();
        if (repository == null) {
            return;
        }
        DefaultOAuth2AuthorizationRequestResolver resolver = new DefaultOAuth2AuthorizationRequestResolver(repository,
                OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
        resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce()
                .andThen(this::askLevel));
        SavedRequestAwareAuthenticationSuccessHandler staff = new SavedRequestAwareAuthenticationSuccessHandler();
        staff.setDefaultTargetUrl("/");
        OidcClientInitiatedLogoutSuccessHandler logout = new OidcClientInitiatedLogoutSuccessHandler(repository);
        logout.setPostLogoutRedirectUri("{baseUrl}/login?logout");
        logout.setDefaultTargetUrl("/login?logout");
        http.oauth2Login(login -> login
                        .loginPage("/login")
                        .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(resolver))
                        .userInfoEndpoint(info -> info.oidcUserService(users))
                        // the provider's tokens live with the session and go with it (the application calls nothing
                        // with them): not in a map of the process that no logout empties
                        .authorizedClientRepository(new HttpSessionOAuth2AuthorizedClientRepository())
                        .successHandler((request, response, authentication) -> {
                            if (authentication.getPrincipal() instanceof CitizenUser) {
                                response.sendRedirect(request.getContextPath() + "/me");
                            } else {
                                staff.onAuthenticationSuccess(request, response, authentication);
                            }
                        })
                        .failureHandler(this::refused))
                .logout(out -> out.logoutSuccessHandler(logout));
    }

    @Override
    public List<AuthenticationProvider> authenticationProviders() {
        if (registrations.getIfAvailable() == null) {
            return List.of();
        }
        return List.of(new OidcAuthorizationCodeAuthenticationProvider(
                new RestClientAuthorizationCodeTokenResponseClient(), users));
    }

    @Override
    public boolean citizensCanLogIn() {
        return registered(IdentityUsers.CITIZEN);
    }

    @Override
    public boolean operatorsCanLogIn() {
        return registered(IdentityUsers.OPERATOR);
    }

    @Override
    public List<String> formTargets() {
        ClientRegistrationRepository repository = registrations.getIfAvailable();
        if (repository == null) {
            return List.of();
        }
        return java.util.stream.Stream.of(IdentityUsers.CITIZEN, IdentityUsers.OPERATOR)
                .map(repository::findByRegistrationId).filter(java.util.Objects::nonNull)
                .map(registration -> registration.getProviderDetails().getConfigurationMetadata()
                        .get("end_session_endpoint"))
                .filter(java.util.Objects::nonNull)
                .map(endpoint -> java.net.URI.create(endpoint.toString()))
                .map(uri -> uri.getScheme() + "://" + uri.getRawAuthority())
                .distinct().toList();
    }

    private boolean registered(String registrationId) {
        ClientRegistrationRepository repository = registrations.getIfAvailable();
        return repository != null && repository.findByRegistrationId(registrationId) != null;
    }

    /** A citizen's login asks the broker for the configured SPID level at least. */
    private void askLevel(OAuth2AuthorizationRequest.Builder request) {
        request.attributes(attributes -> {
            if (IdentityUsers.CITIZEN.equals(attributes.get("registration_id"))) {
                request.additionalParameters(parameters -> parameters.put("acr_values",
                        LevelsOfAssurance.spidValue(properties.citizen().minimumLevel())));
            }
        });
    }

    private void refused(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException failure) throws IOException {
        String code = failure instanceof OAuth2AuthenticationException oauth ? oauth.getError().getErrorCode() : null;
        IdentityProblem problem = IdentityProblem.of(code);
        // the provider's error code (invalid_id_token, invalid_nonce, ...), never what the token said; the code may come
        // from the callback's own parameters, so only a short code of letters and underscores is written
        String written = code != null && code.matches("[a-z_]{1,40}") ? code : "other";
        audit.failed("OIDC_LOGIN", "LOGIN", null, "error=" + written);
        response.sendRedirect(UriComponentsBuilder.fromPath(request.getContextPath() + PROBLEM_PAGE)
                .queryParam("reason", problem.code()).build().toUriString());
    }
}
