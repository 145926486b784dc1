package it.retelavoro.catalogue.web;

import it.retelavoro.catalogue.RuleViolationException;
import it.retelavoro.catalogue.Violation;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers a registration the repertorio forbids with 422 and every violation:
 * {@code violations: [{code, message, source: {service, field, catalogueVersion, programme}, field}]} (programme
 * only for a rule of a regional programme).
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class RuleViolationProblems {

    static final URI TYPE = URI.create("https://retelavoro.it/problems/rule-violation");

    private final MessageSource messages;

    RuleViolationProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(RuleViolationException.class)
    ProblemDetail ruleViolation(RuleViolationException e, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        problem.setType(TYPE);
        problem.setTitle(messages.getMessage("problem.rule-violation.title", null, locale));
        problem.setDetail(messages.getMessage("problem.rule-violation.detail", null, locale));
        e.verdict().catalogueVersion().ifPresent(version -> problem.setProperty("catalogueVersion", version));
        problem.setProperty("violations", e.violations().stream().map(RuleViolationProblems::describe).toList());
        return problem;
    }

    static Map<String, Object> describe(Violation violation) {
        Map<String, Object> source = new LinkedHashMap<>();
        violation.source().service().ifPresent(service -> source.put("service", service.name()));
        source.put("field", violation.source().field());
        violation.source().catalogueVersion().ifPresent(version -> source.put("catalogueVersion", version));
        violation.source().programme().ifPresent(programme -> source.put("programme", programme));
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("code", violation.code().name());
        result.put("message", violation.message());
        result.put("source", source);
        violation.field().ifPresent(field -> result.put("field", field.fieldName()));
        return result;
    }

}
