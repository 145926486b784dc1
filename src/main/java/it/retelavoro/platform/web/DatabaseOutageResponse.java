package it.retelavoro.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The answer while the database does not answer: 503 with Retry-After, a problem under {@code /api} (a login
 * that could not be checked when credentials came with the request) and a page of its own elsewhere.
 *
 * <p>The page sessions live in the database too (issue 19), so the shell's error page cannot be rendered: its
 * layout reads the session's user and CSRF token, and the error dispatch would fail on the session store
 * again. The page {@code error-unavailable} stands alone, rendered without the request.
 */
@Component
class DatabaseOutageResponse {

    static final String RETRY_AFTER_SECONDS = "5";
    private static final String BOOTSTRAP_ITALIA = "/webjars/bootstrap-italia/dist/css/bootstrap-italia.min.css";

    private final ProblemResponses problems;
    private final ITemplateEngine templates;
    private final ResourceUrlProvider resources;

    DatabaseOutageResponse(ProblemResponses problems, ITemplateEngine templates, ResourceUrlProvider resources) {
        this.problems = problems;
        this.templates = templates;
        this.resources = resources;
    }

    /** Whether the failure is the database that cannot be reached, rather than an error of the request. */
    static boolean isOutage(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLException sql && sql.getSQLState() != null
                            && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
            if (cause instanceof TransactionSystemException rollback && rollback.getApplicationException() != null
                    && rollback.getApplicationException() != failure) {
                // the rollback failed too, on the same broken connection: what failed first tells
                return isOutage(rollback.getApplicationException());
            }
        }
        return false;
    }

    void write(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        if (StatelessPaths.answersProblems(request)) {
            // credentials came with the request: they could not be checked (the first read of the database a
            // client with credentials meets is the check of them)
            boolean login = request.getHeader(HttpHeaders.AUTHORIZATION) != null;
            problems.send(request, response, HttpStatus.SERVICE_UNAVAILABLE,
                    login ? "login-unavailable" : "status-unavailable",
                    login ? "problem.login-unavailable.detail" : "problem.status-unavailable.detail");
            return;
        }
        Locale locale = problems.locale(request);
        Context page = new Context(locale);
        page.setVariable("language", locale.getLanguage());
        String css = resources.getForLookupPath(BOOTSTRAP_ITALIA);
        page.setVariable("bootstrapItalia", request.getContextPath() + (css == null ? BOOTSTRAP_ITALIA : css));
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(templates.process("error-unavailable", page));
    }
}
