package it.retelavoro.interop.web;

import it.retelavoro.interop.co.CoBatchException;
import java.net.URI;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A body of Comunicazioni Obbligatorie refused whole (not XML nor zip, an unreadable zip, one without documents or
 * over the limits) answers 400 with the reader's reason, in Italian like the reader's refusals of single documents.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CoProblems {

    private final MessageSource messages;

    CoProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(CoBatchException.class)
    ProblemDetail refused(CoBatchException e, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        problem.setType(URI.create("https://retelavoro.it/problems/co-body-refused"));
        problem.setTitle(messages.getMessage("interop.co.body-refused.title", null, locale));
        problem.setDetail(e.getMessage());
        return problem;
    }
}
