package it.retelavoro.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
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

    ProblemResponses(MessageSource messages, JsonMapper json, LocaleResolver locales) {
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

    public void unauthorized(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"retelavoro\"");
        String key = exception instanceof org.springframework.security.authentication.LockedException
                ? "problem.unauthorized.throttled" : "problem.unauthorized.detail";
        write(response, problem(HttpStatus.UNAUTHORIZED, "unauthorized", key, locale(request)));
    }

    public void forbidden(HttpServletRequest request, HttpServletResponse response,
            AccessDeniedException exception) throws IOException {
        write(response, problem(HttpStatus.FORBIDDEN, "forbidden", "problem.forbidden.detail", locale(request)));
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
    private Locale locale(HttpServletRequest request) {
        return locales.resolveLocale(request);
    }
}
