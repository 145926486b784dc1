package it.retelavoro.pathway.web;

import it.retelavoro.catalogue.Verdict;
import it.retelavoro.catalogue.Violation;
import it.retelavoro.pathway.GroupSessionViolationException;
import it.retelavoro.person.PersonId;
import java.net.URI;
import java.util.ArrayList;
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
 * Answers a group session the repertorio refuses for some participants with 422, the same problem type
 * as a single delivery, each violation naming its participant:
 * {@code violations: [{participant, code, message, source: {service, field, catalogueVersion}, field}]}.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class GroupSessionProblems {

    static final URI TYPE = URI.create("https://retelavoro.it/problems/rule-violation");

    private final MessageSource messages;

    GroupSessionProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(GroupSessionViolationException.class)
    ProblemDetail refused(GroupSessionViolationException e, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        problem.setType(TYPE);
        problem.setTitle(messages.getMessage("problem.rule-violation.title", null, locale));
        problem.setDetail(messages.getMessage("pathway.group.refused", null, locale));
        List<Map<String, Object>> violations = new ArrayList<>();
        List<String> participants = new ArrayList<>();
        for (Map.Entry<PersonId, Verdict> refused : e.inOrder()) {
            participants.add(refused.getKey().toString());
            for (Violation violation : refused.getValue().blocking()) {
                violations.add(describe(refused.getKey(), violation));
            }
        }
        problem.setProperty("participants", participants);
        problem.setProperty("violations", violations);
        return problem;
    }

    static Map<String, Object> describe(PersonId participant, Violation violation) {
        Map<String, Object> source = new LinkedHashMap<>();
        violation.source().service().ifPresent(service -> source.put("service", service.name()));
        source.put("field", violation.source().field());
        violation.source().catalogueVersion().ifPresent(version -> source.put("catalogueVersion", version));
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("participant", participant.toString());
        result.put("code", violation.code().name());
        result.put("message", violation.message());
        result.put("source", source);
        violation.field().ifPresent(field -> result.put("field", field.fieldName()));
        return result;
    }
}
