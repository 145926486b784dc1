package it.retelavoro.platform.security;

import it.retelavoro.platform.ApiTokenAuthenticator;
import it.retelavoro.platform.ExternalLogin;
import it.retelavoro.platform.web.ProblemResponses;
import it.retelavoro.shared.Citizen;
import it.retelavoro.shared.Role;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Two doors: the JSON API under {@code /api} for machine clients (a bearer API token, or HTTP Basic kept for
 * compatibility but slow, since it runs bcrypt on every request; stateless, no CSRF since no cookie
 * authenticates it) and the pages (form login, session, CSRF). Both share one authentication
 * manager with login throttling, and strict security headers: no inline script anywhere.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    /**
     * Bootstrap Italia's bundle inserts two style elements of its own: an empty one it fills later and
     * the font faces. Their hashes allow exactly those, and no other inline style.
     */
    static final String BOOTSTRAP_ITALIA_STYLE_HASHES = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=' "
            + "'sha256-wPXhisdsFu1DtHYH1D9W5isSGqS5vIPn6QJWSNLqfCM='";

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' " + BOOTSTRAP_ITALIA_STYLE_HASHES + "; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** Swagger UI sets inline styles; it serves no personal data and runs no script of ours. */
    static final String SWAGGER_CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private static final String[] PUBLIC_PAGES = {"/login", "/login/**", "/error", "/accessibility", "/catalogue", "/catalogue/**",
        "/portal", "/portal/**", "/privacy", "/privacy/**", "/css/**", "/js/**", "/images/**", "/webjars/**", "/favicon.ico",
        "/actuator/health", "/actuator/health/**"};

    /** The endpoints of the national and regional flows: their systems' tokens, and the administrators. */
    static final String[] FLOWS_API = {"/api/v1/did/national", "/api/v1/co/**"};

    /**
     * Any person logged in: every role but the systems of the flows, which call their own endpoints only (and
     * manage their tokens), never a page nor the rest of the API.
     */
    static final AuthorizationManager<RequestAuthorizationContext> PEOPLE = (authentication, context) -> {
        Authentication who = authentication.get();
        return new AuthorizationDecision(new AuthenticationTrustResolverImpl().isAuthenticated(who)
                && !isFlowSystem(who) && !isCitizen(who));
    };

    /** The citizen's own area (issue 17): its pages and its JSON, for the citizen's session only. */
    static final String[] CITIZEN_PAGES = {"/me", "/me/**"};
    static final String CITIZEN_API = "/api/v1/citizen/**";

    /** Whether the authenticated caller is a citizen logged in with SPID or CIE, who sees only their own area. */
    static boolean isCitizen(Authentication who) {
        return who != null && who.getAuthorities().stream()
                .anyMatch(authority -> Citizen.AUTHORITY.equals(authority.getAuthority()));
    }

    /** Whether the authenticated caller is a system of the flows (role {@code INTEGRATION}). */
    static boolean isFlowSystem(Authentication who) {
        return who.getAuthorities().stream()
                .anyMatch(authority -> Role.INTEGRATION.authority().equals(authority.getAuthority()));
    }

    static final String[] PUBLIC_API = {"/api/v1/vocabularies", "/api/v1/vocabularies/**",
        "/api/v1/catalogue/**", "/api/v1/public/**", "/api/v1/open-data/**"};

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    AuthenticationManager authenticationManager(UserDetailsService users, PasswordEncoder passwords,
            LoginThrottle throttle, ApplicationEventPublisher events, ObjectProvider<ExternalLogin> external) {
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(users);
        dao.setPasswordEncoder(passwords);
        List<AuthenticationProvider> providers = new ArrayList<>();
        providers.add(new ThrottledAuthenticationProvider(dao, throttle));
        // the identity providers' logins (issue 17) go through this manager too: the oauth2Login filter takes the
        // chain's manager, so their providers must be in it, and their failures are published and audited alike
        external.orderedStream().forEach(login -> providers.addAll(login.authenticationProviders()));
        ProviderManager manager = new ProviderManager(providers);
        DefaultAuthenticationEventPublisher publisher = new DefaultAuthenticationEventPublisher(events);
        // the publisher matches exception classes exactly: a throttled attempt is audited as a locked one, an identity
        // provider's answer that did not verify (issue 17) as a failed login; a failure of the system (the database
        // unreachable) is no login attempt and publishes nothing
        publisher.setAdditionalExceptionMappings(Map.of(LoginThrottledException.class,
                AuthenticationFailureLockedEvent.class, OAuth2AuthenticationException.class,
                AuthenticationFailureBadCredentialsEvent.class));
        manager.setAuthenticationEventPublisher(publisher);
        return manager;
    }

    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher events) {
        return new SpringAuthorizationEventPublisher(events);
    }

    /**
     * The API's document, its viewer, its /status and the health probes: public, without a session. The page
     * sessions live in the database (issue 19): a probe that read the caller's session would make liveness depend
     * on the database.
     */
    @Bean
    @Order(1)
    SecurityFilterChain swaggerChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/swagger-ui.html", "/swagger-ui/**", "/v3/api-docs", "/v3/api-docs/**", "/status",
                        "/actuator/health", "/actuator/health/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                // not even a look at the session a cookie names: an anonymous caller's details, the check of an
                // invalid session id and the saved request would each read it
                .sessionManagement(session -> session.disable())
                .securityContext(context -> context.securityContextRepository(
                        new org.springframework.security.web.context.RequestAttributeSecurityContextRepository()))
                .requestCache(cache -> cache.disable())
                .anonymous(anonymous -> anonymous.disable())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(SWAGGER_CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /**
     * The citizen's own JSON (issue 17): the session of their login, not a token, so CSRF protects its changes
     * (the header {@code X-CSRF-TOKEN} the page carries); a citizen only, 401 without a session.
     */
    @Bean
    @Order(2)
    SecurityFilterChain citizenApiChain(HttpSecurity http, ProblemResponses problems) throws Exception {
        http.securityMatcher(CITIZEN_API)
                .authorizeHttpRequests(requests -> requests.anyRequest().hasAuthority(Citizen.AUTHORITY))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(problems::unauthorized)
                        .accessDeniedHandler(problems::forbidden))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain apiChain(HttpSecurity http, AuthenticationManager authentication,
            ProblemResponses problems, ObjectProvider<ApiTokenAuthenticator> tokens) throws Exception {
        apiClients(http.securityMatcher("/api/**"), authentication, problems, tokens)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.POST, "/api/v1/vocabularies/*/import").hasRole("ADMIN")
                        .requestMatchers(PUBLIC_API).permitAll()
                        .requestMatchers(FLOWS_API).hasAnyRole(Role.INTEGRATION.name(), Role.ADMIN.name())
                        .requestMatchers("/api/v1/tokens", "/api/v1/tokens/**", "/api/v1/me").authenticated()
                        .anyRequest().access(PEOPLE))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }

    /**
     * What every chain of the JSON API shares: bearer tokens and HTTP Basic on the one authentication manager,
     * failures as problem+json, and the strict headers.
     */
    static HttpSecurity apiClients(HttpSecurity http, AuthenticationManager authentication, ProblemResponses problems,
            ObjectProvider<ApiTokenAuthenticator> tokens) throws Exception {
        return http.authenticationManager(authentication)
                .addFilterBefore(new BearerTokenFilter(tokens, problems), BasicAuthenticationFilter.class)
                .httpBasic(basic -> basic.realmName("retelavoro")
                        .authenticationEntryPoint(problems::unauthorized))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(problems::unauthorized)
                        .accessDeniedHandler(problems::forbidden))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
    }

    @Bean
    @Order(4)
    SecurityFilterChain pageChain(HttpSecurity http, AuthenticationManager authentication,
            ObjectProvider<ExternalLogin> external) throws Exception {
        http.authenticationManager(authentication)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(PUBLIC_PAGES).permitAll()
                        .requestMatchers(CITIZEN_PAGES).hasAuthority(Citizen.AUTHORITY)
                        .requestMatchers("/actuator/prometheus").hasRole("ADMIN")
                        .requestMatchers("/actuator/**").denyAll()
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .anyRequest().access(PEOPLE))
                .formLogin(form -> form.loginPage("/login").successHandler(new PeopleOnlyLoginSuccess())
                        .failureHandler(new LoginFailureHandler()).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .httpBasic(basic -> basic.realmName("retelavoro"))
                // issue 14: a visitor without login asking for / gets the citizens' landing page in its place
                // (same address, no redirect); every other page still leads to the login form
                .exceptionHandling(errors -> errors
                        .defaultAuthenticationEntryPointFor(SecurityConfiguration::landingPage,
                                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/"))
                        // issue 17: a citizen's home is their own area
                        .defaultAccessDeniedHandlerFor(SecurityConfiguration::citizenHome,
                                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/")))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(pagePolicy(external)))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(permissions -> permissions
                                .policy("camera=(), microphone=(), geolocation=(), payment=()")));
        for (ExternalLogin login : external.orderedStream().toList()) {
            login.configure(http);
        }
        return http.build();
    }

    /**
     * The pages' policy: the logout's form may be redirected to an identity provider's end-session endpoint (issue
     * 17), so their origins join {@code form-action}; nothing else changes.
     */
    static String pagePolicy(ObjectProvider<ExternalLogin> external) {
        String targets = external.orderedStream().flatMap(login -> login.formTargets().stream()).distinct()
                .collect(java.util.stream.Collectors.joining(" "));
        return targets.isEmpty() ? CONTENT_SECURITY_POLICY
                : CONTENT_SECURITY_POLICY.replace("form-action 'self'", "form-action 'self' " + targets);
    }

    /** The public portal's landing page, served at {@code /} to a visitor who has not logged in. */
    static final String LANDING_PAGE = "/portal/welcome";

    private static void citizenHome(HttpServletRequest request, HttpServletResponse response,
            AccessDeniedException denied) throws IOException, ServletException {
        // the only handler of the chain (Spring Security uses a single mapping for every request): "/" only
        if ("/".equals(request.getServletPath()) && isCitizen(SecurityContextHolder.getContext().getAuthentication())) {
            response.sendRedirect(request.getContextPath() + "/me");
        } else {
            new AccessDeniedHandlerImpl().handle(request, response, denied);
        }
    }

    private static void landingPage(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException unauthenticated) throws IOException, ServletException {
        request.getRequestDispatcher(LANDING_PAGE).forward(request, response);
    }
}
