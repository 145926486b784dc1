package it.retelavoro.platform.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * A failed page login goes back to the login form, except when the credentials could not be checked at
 * all (database unreachable): that is the shell's error page with 503, not "wrong password".
 */
class LoginFailureHandler extends SimpleUrlAuthenticationFailureHandler {

    LoginFailureHandler() {
        super("/login?error");
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException, ServletException {
        if (exception instanceof AuthenticationServiceException) {
            response.setHeader(HttpHeaders.RETRY_AFTER, "5");
            response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
            return;
        }
        super.onAuthenticationFailure(request, response, exception);
    }
}
