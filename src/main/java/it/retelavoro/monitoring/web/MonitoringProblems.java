package it.retelavoro.monitoring.web;

import it.retelavoro.monitoring.SpecialCategoryRecordsRefused;
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

/** A refusal that must say why: the records behind a special-category breakdown are never listed. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class MonitoringProblems {

    static final URI SPECIAL_CATEGORY_RECORDS = URI.create("https://retelavoro.it/problems/special-category-records");

    private final MessageSource messages;

    MonitoringProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(SpecialCategoryRecordsRefused.class)
    ProblemDetail specialCategoryRecords(SpecialCategoryRecordsRefused e, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.FORBIDDEN);
        problem.setType(SPECIAL_CATEGORY_RECORDS);
        problem.setTitle(messages.getMessage("monitoring.records.special-category.title", null, locale));
        problem.setDetail(messages.getMessage("monitoring.records.special-category.detail", null, locale));
        return problem;
    }
}
