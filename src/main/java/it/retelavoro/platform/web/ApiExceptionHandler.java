package it.retelavoro.platform.web;

import it.retelavoro.shared.ConflictException;
import it.retelavoro.shared.InvalidInputException;
import it.retelavoro.shared.NotFoundException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidNullException;

/**
 * Turns every failure of the JSON API into {@code application/problem+json}. Unexpected errors are
 * logged by type only, with an error id the caller receives: exception messages may quote personal data.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 100) // after the modules' own handlers, before the page shell's
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final ProblemResponses problems;
    private final MessageSource messages;

    ApiExceptionHandler(ProblemResponses problems, MessageSource messages) {
        this.problems = problems;
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e, Locale locale) {
        return problems.problem(HttpStatus.NOT_FOUND, "not-found", "problem.not-found.detail", locale);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e, Locale locale) {
        return problems.problem(HttpStatus.FORBIDDEN, "forbidden", "problem.forbidden.detail", locale);
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e, Locale locale) {
        ProblemDetail problem = problems.problem(HttpStatus.CONFLICT, "conflict", e.messageKey(), locale,
                e.arguments().toArray());
        if (e.existingLocation() != null) {
            problem.setProperty("existing", e.existingLocation());
        }
        return problem;
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e, Locale locale) {
        ProblemDetail problem = problems.problem(HttpStatus.BAD_REQUEST, "invalid-input",
                "problem.invalid-input.detail", locale);
        problem.setProperty("errors", e.problems().stream()
                .map(p -> Map.of("field", p.field(), "message",
                        messages.getMessage(p.messageKey(), p.arguments().toArray(), p.messageKey(), locale)))
                .toList());
        return problem;
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail concurrentModification(OptimisticLockingFailureException e, Locale locale) {
        return problems.problem(HttpStatus.CONFLICT, "concurrent-modification",
                "problem.concurrent-modification.detail", locale);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e, Locale locale) {
        ProblemDetail problem = problems.problem(HttpStatus.BAD_REQUEST, "invalid-input",
                "problem.invalid-input.detail", locale);
        problem.setProperty("errors", List.of(Map.of("field", e.getName(), "message",
                messages.getMessage("validation.format", null, locale))));
        return problem;
    }

    /**
     * The database does not answer (no connection within the pool's timeout, or it went away): 503 with Retry-After,
     * as the document says, not an unexpected error; the client may try again.
     */
    @ExceptionHandler({org.springframework.dao.DataAccessResourceFailureException.class,
            org.springframework.transaction.CannotCreateTransactionException.class})
    ResponseEntity<ProblemDetail> unavailable(Exception e, Locale locale) {
        log.warn("Base dati non raggiungibile durante una richiesta API: {}", e.getClass().getSimpleName());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "30")
                .body(problems.problem(HttpStatus.SERVICE_UNAVAILABLE, "status-unavailable",
                        "problem.status-unavailable.detail", locale));
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e, Locale locale) {
        java.sql.SQLException sql = cause(e, java.sql.SQLException.class);
        if (sql != null && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
            // a data exception (value too long, out of range): the input was refused by the database because
            // a check before it is missing; still the caller's error, and the check to add is logged
            log.warn("Dato rifiutato dal database (SQLSTATE {}) senza un controllo prima: {}", sql.getSQLState(),
                    describe(e));
            return problems.problem(HttpStatus.BAD_REQUEST, "invalid-input", "problem.invalid-input.detail", locale);
        }
        String errorId = UUID.randomUUID().toString();
        log.error("Errore inatteso {} nella API: {}", errorId, describe(e));
        ProblemDetail problem = problems.problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
                "problem.internal-error.detail", locale);
        problem.setProperty("errorId", errorId);
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        JsonBodyLimit.TooLargeException tooLarge = cause(ex, JsonBodyLimit.TooLargeException.class);
        if (tooLarge != null) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problems.problem(
                    HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "problem.payload-too-large.detail",
                    request.getLocale(), tooLarge.max() / (1024 * 1024)));
        }
        ProblemDetail problem = problems.problem(HttpStatus.BAD_REQUEST, "invalid-input",
                "problem.unreadable.detail", request.getLocale());
        DatabindException invalid = cause(ex, DatabindException.class);
        String field = invalid == null ? "" : jsonPath(invalid);
        if (!field.isEmpty()) {
            problem.setProperty("errors", List.of(Map.of("field", field, "message",
                    messages.getMessage(messageKeyOf(invalid), null, request.getLocale()))));
        }
        return ResponseEntity.badRequest().body(problem);
    }

    /** The field as the API names it: {@code residence.address}, {@code siteIds[0]}. */
    static String jsonPath(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String messageKeyOf(DatabindException e) {
        if (e instanceof StrictJsonInput.ControlCharacterException) {
            return "validation.control-characters";
        }
        if (e instanceof StrictJsonInput.NotIsoDateException) {
            return "validation.iso-date";
        }
        if (e instanceof InvalidNullException) {
            return "validation.required";
        }
        return "validation.format";
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /** The exception's types down its causes, never its messages. */
    static String describe(Throwable e) {
        StringBuilder types = new StringBuilder();
        StackTraceElement origin = e.getStackTrace().length > 0 ? e.getStackTrace()[0] : null;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (!types.isEmpty()) {
                types.append(" <- ");
            }
            types.append(t.getClass().getName());
        }
        return types + (origin == null ? "" : " at " + origin);
    }
}
