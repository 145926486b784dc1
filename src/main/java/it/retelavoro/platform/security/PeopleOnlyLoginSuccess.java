package it.retelavoro.platform.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;

/**
 * After a login through the form: a system of the flows (role {@code INTEGRATION}) is logged out at once and told
 * that it reaches only its API, with a token; anyone else goes where they were going, or home.
 */
final class PeopleOnlyLoginSuccess implements AuthenticationSuccessHandler {

    private final SavedRequestAwareAuthenticationSuccessHandler people = new SavedRequestAwareAuthenticationSuccessHandler();

    PeopleOnlyLoginSuccess() {
        people.setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException, ServletException {
        if (SecurityConfiguration.isFlowSystem(authentication)) {
            new SecurityContextLogoutHandler().logout(request, response, authentication);
            response.sendRedirect(request.getContextPath() + "/login?system");
            return;
        }
        people.onAuthenticationSuccess(request, response, authentication);
    }
}
