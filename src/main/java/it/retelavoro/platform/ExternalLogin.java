package it.retelavoro.platform;

import java.util.List;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * A way to log in beside the form, through an identity provider (issue 17: SPID/CIE and the Region's staff
 * provider over OpenID Connect). Implemented by the module that knows whose identity a login is; the pages'
 * security asks it to configure its chain, and its authentication providers join the one authentication manager
 * (so its logins are throttled and audited like the form's).
 */
public interface ExternalLogin {

    /** Adds the login to the pages' chain; does nothing when no provider is configured. */
    void configure(HttpSecurity http) throws Exception;

    /** The providers that check what the identity provider answered, none when no provider is configured. */
    List<AuthenticationProvider> authenticationProviders();

    /** Whether a citizen can log in with SPID or CIE here (the login page offers it). */
    boolean citizensCanLogIn();

    /**
     * The origins a form of the pages may lead to beyond the application itself: the providers' end-session
     * endpoints, where the logout's form is redirected (the policy's {@code form-action} covers redirects).
     */
    List<String> formTargets();

    /** Whether the network's staff can log in with the Region's identity provider (the login page offers it). */
    boolean operatorsCanLogIn();
}
