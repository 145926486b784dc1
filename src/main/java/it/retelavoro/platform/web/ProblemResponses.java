package it.retelavoro.platform.web;

import it.retelavoro.platform.security.LoginThrottledException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds RFC 9457 problem details with a stable {@code type} per kind of error, and writes them where
 * no controller is involved (authentication and authorisation failures in the security filters).
 */
@Component
public class ProblemResponses {

    /** Base of the stable problem type URIs. */
    public static final String TYPE_BASE = "https://retelavoro.it/problems/";

    private final MessageSource messages;
    private final JsonMapper json;
    private final LocaleResolver locales;
    private final Clock clock;

    ProblemResponses(MessageSource messages, JsonMapper json, LocaleResolver locales, Clock clock) {
        this.clock = clock;
        this.messages = messages;
        this.json = json;
        this.locales = locales;
    }

    public ProblemDetail problem(HttpStatus status, String type, String detailKey, Locale locale, Object... args) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(messages.getMessage("problem." + type + ".title", null, status.getReasonPhrase(), locale));
        if (detailKey != null) {
            problem.setDetail(messages.getMessage(detailKey, args, detailKey, locale));
        }
        return problem;
    }

    /**
     * A failed authentication: 401, saying when a throttled client may try again, or 503 when the
     * credentials could not be checked at all (the user store, i.e. the database, is unreachable).
     */
    public void unauthorized(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        if (exception instanceof AuthenticationServiceException) {
            response.setHeader(HttpHeaders.RETRY_AFTER, "5");
            write(response, problem(HttpStatus.SERVICE_UNAVAILABLE, "login-unavailable",
                    "problem.login-unavailable.detail", locale(request)));
            return;
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"retelavoro\"");
        String key = "problem.unauthorized.detail";
        if (exception instanceof LoginThrottledException throttled) {
            key = "problem.unauthorized.throttled";
            long seconds = Duration.between(clock.instant(), throttled.retryAt()).toSeconds() + 1;
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, seconds)));
        }
        write(response, problem(HttpStatus.UNAUTHORIZED, "unauthorized", key, locale(request)));
    }

    /** An API request with a bearer token that is unknown, expired or revoked (RFC 6750). */
    public void invalidToken(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer realm=\"retelavoro\", error=\"invalid_token\"");
        write(response, problem(HttpStatus.UNAUTHORIZED, "unauthorized", "problem.unauthorized.token",
                locale(request)));
    }

    public void forbidden(HttpServletRequest request, HttpServletResponse response,
            AccessDeniedException exception) throws IOException {
        write(response, problem(HttpStatus.FORBIDDEN, "forbidden", "problem.forbidden.detail", locale(request)));
    }

    /** Writes a problem from a filter, in the caller's language. */
    public void send(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String type,
            String detailKey) throws IOException {
        write(response, problem(status, type, detailKey, locale(request)));
    }

    public void payloadTooLarge(HttpServletRequest request, HttpServletResponse response, int maxBytes)
            throws IOException {
        write(response, problem(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "problem.payload-too-large.detail",
                locale(request), maxBytes / (1024 * 1024)));
    }

    public void invalidParameter(HttpServletRequest request, HttpServletResponse response, String field,
            String messageKey) throws IOException {
        Locale locale = locale(request);
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-input", "problem.invalid-input.detail", locale);
        problem.setProperty("errors", java.util.List.of(java.util.Map.of("field", field,
                "message", messages.getMessage(messageKey, null, messageKey, locale))));
        write(response, problem);
    }

    /**
     * The problem of an error the container forwarded to {@code /error}, known only by its status; a
     * server error carries the id it was logged with.
     */
    public ProblemDetail forStatus(HttpStatus status, String errorId, Locale locale) {
        String type = switch (status) {
            case BAD_REQUEST -> "invalid-input";
            case UNAUTHORIZED -> "unauthorized";
            case FORBIDDEN -> "forbidden";
            case NOT_FOUND -> "not-found";
            case METHOD_NOT_ALLOWED -> "method-not-allowed";
            default -> status.is5xxServerError() ? "internal-error" : "http-" + status.value();
        };
        String detailKey = status.is5xxServerError() ? "problem.internal-error.detail"
                : status == HttpStatus.BAD_REQUEST ? "problem.invalid-input.detail"
                : type.startsWith("http-") ? null : "problem." + type + ".detail";
        ProblemDetail problem = problem(status, type, detailKey, locale);
        if (status.is5xxServerError() && errorId != null) {
            problem.setProperty("errorId", errorId);
        }
        return problem;
    }

    public void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.writeValueAsString(problem));
    }

    /** Security filters run before the dispatcher has exposed the locale: ask the resolver itself. */
    Locale locale(HttpServletRequest request) {
        return locales.resolveLocale(request);
    }
}
