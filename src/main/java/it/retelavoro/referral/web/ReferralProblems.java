package it.retelavoro.referral.web;

import it.retelavoro.referral.ReferralRefusedException;
import java.net.URI;
import java.util.LinkedHashMap;
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

/** A refused referral answers 422 with its missing prerequisites, shaped like the repertorio's violations. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReferralProblems {

    private final MessageSource messages;

    ReferralProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(ReferralRefusedException.class)
    ProblemDetail refused(ReferralRefusedException e, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        problem.setType(URI.create("https://retelavoro.it/problems/rule-violation"));
        problem.setTitle(messages.getMessage("referral.refused.title", null, locale));
        problem.setDetail(messages.getMessage("referral.refused.detail", null, locale));
        problem.setProperty("violations", e.missing().stream().map(missing -> {
            Map<String, Object> violation = new LinkedHashMap<>();
            violation.put("code", missing.code());
            violation.put("message", messages.getMessage(missing.messageKey(), null, locale));
            violation.put("source", Map.of("field", missing.source()));
            violation.put("field", missing.field());
            return violation;
        }).toList());
        return problem;
    }
}
