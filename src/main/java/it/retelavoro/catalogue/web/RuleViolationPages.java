package it.retelavoro.catalogue.web;

import it.retelavoro.catalogue.RuleViolationException;
import it.retelavoro.catalogue.Violation;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;

/**
 * A page form whose controller does not show the repertorio's refusals next to its fields (a DID, a training
 * step, a referral's feedback refused because its month is closed or it is back-dated too far, issue 13) answers
 * 422 with a page listing every violation, instead of an error page. The JSON API has
 * {@link RuleViolationProblems}, which comes first.
 */
@ControllerAdvice(annotations = Controller.class)
class RuleViolationPages {

    @ExceptionHandler(RuleViolationException.class)
    @ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
    ModelAndView refused(RuleViolationException e) {
        ModelAndView page = new ModelAndView("catalogue/refused");
        page.addObject("violations", e.violations().stream().map(Violation::message).toList());
        return page;
    }
}
