package it.retelavoro.support;

import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.ResultHandler;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A browser's page session for MockMvc. The sessions live in PostgreSQL (Spring Session JDBC, issue 19) and are
 * found by their {@code SESSION} cookie, never by the container's session object: a {@code MockHttpSession}
 * passed from one request to the next is not the page session. This one sends the cookie the application set
 * last, as a browser does: {@code mvc.perform(get(...).with(session)).andDo(session.keep())}.
 */
public final class PageSession implements RequestPostProcessor {

    public static final String COOKIE = "SESSION";

    private Cookie cookie;

    @Override
    public org.springframework.mock.web.MockHttpServletRequest postProcessRequest(
            org.springframework.mock.web.MockHttpServletRequest request) {
        if (cookie != null) {
            Cookie[] present = request.getCookies();
            Cookie[] cookies = present == null ? new Cookie[1] : java.util.Arrays.copyOf(present, present.length + 1);
            cookies[cookies.length - 1] = cookie;
            request.setCookies(cookies);
        }
        return request;
    }

    /** Keeps the session cookie the response sets (a new session at login), or forgets it when it is cleared. */
    public ResultHandler keep() {
        return result -> {
            Cookie set = result.getResponse().getCookie(COOKIE);
            if (set != null) {
                cookie = set.getMaxAge() == 0 ? null : new Cookie(COOKIE, set.getValue());
            }
        };
    }

    /** Whether the application has opened a session for this browser. */
    public boolean opened() {
        return cookie != null;
    }
}
