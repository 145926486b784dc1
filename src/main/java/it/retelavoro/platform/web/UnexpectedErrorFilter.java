package it.retelavoro.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Catches what escapes the dispatcher (a page controller's unexpected exception, a template that fails
 * while rendering) before the servlet container logs it with its message, which may quote personal data.
 * It logs the exception's types with an error id and lets {@link ShellErrorController} answer 500 with
 * that id: a page in the shell, or a problem for the API. Pages are rendered whole before they are sent
 * ({@code spring.thymeleaf.servlet.produce-partial-output-while-processing: false}), so nothing has been
 * committed when a template fails.
 *
 * <p>A database that does not answer is no unexpected error: 503 with Retry-After, answered here whole by
 * {@link DatabaseOutageResponse}, since the error page would need the page session, which lives in the database.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class UnexpectedErrorFilter extends OncePerRequestFilter {

    /** The request attribute holding the id of the error being answered. */
    static final String ERROR_ID = UnexpectedErrorFilter.class.getName() + ".errorId";

    private static final Logger log = LoggerFactory.getLogger(UnexpectedErrorFilter.class);

    private final DatabaseOutageResponse outage;

    UnexpectedErrorFilter(DatabaseOutageResponse outage) {
        this.outage = outage;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (response.isCommitted()) {
                throw e; // a download already streaming: nothing can replace what was sent
            }
            if (DatabaseOutageResponse.isOutage(e)) {
                log.warn("Base dati non raggiungibile durante una richiesta {}: {}", request.getMethod(),
                        ApiExceptionHandler.describe(e));
                response.reset();
                outage.write(request, response);
                return;
            }
            String errorId = UUID.randomUUID().toString();
            Throwable cause = e instanceof ServletException && e.getCause() != null ? e.getCause() : e;
            log.error("Errore inatteso {} in {}: {}", errorId, request.getMethod(), ApiExceptionHandler.describe(cause));
            request.setAttribute(ERROR_ID, errorId);
            response.reset();
            response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        }
    }
}
