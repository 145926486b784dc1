package it.retelavoro.portal.web;

import it.retelavoro.portal.TooManyApplicationsException;
import java.net.URI;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Too many applications answer 429 with Retry-After, as problem+json. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PortalProblems {

    private final MessageSource messages;

    PortalProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(TooManyApplicationsException.class)
    ResponseEntity<ProblemDetail> tooMany(TooManyApplicationsException e, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.TOO_MANY_REQUESTS);
        problem.setType(URI.create("https://retelavoro.it/problems/too-many-requests"));
        problem.setTitle(messages.getMessage("portal.application.too-many", null, locale));
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds())).body(problem);
    }
}
