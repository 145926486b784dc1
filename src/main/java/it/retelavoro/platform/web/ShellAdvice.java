package it.retelavoro.platform.web;

import it.retelavoro.shared.Callers;
import it.retelavoro.shared.Citizen;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Gives every page the caller for the header and navigation and the fields' maximum lengths, and shows a not-found object as 404. */
@ControllerAdvice(annotations = Controller.class)
class ShellAdvice {

    private final FieldLimits limits;

    ShellAdvice(FieldLimits limits) {
        this.limits = limits;
    }

    /** The maximum length of each text field, by aggregate: {@code ${limits.Delivery.NOTES_MAX}}. */
    @ModelAttribute("limits")
    java.util.Map<String, java.util.Map<String, Integer>> limits() {
        return limits.asMap();
    }

    @ModelAttribute("currentUser")
    CurrentUser currentUser() {
        return Callers.current().orElse(null);
    }

    /** The citizen logged in with SPID or CIE (issue 17), who sees only their own area. */
    @ModelAttribute("currentCitizen")
    Citizen currentCitizen() {
        return Callers.citizen().orElse(null);
    }

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(Model model) {
        model.addAttribute("status", 404);
        return "error";
    }
}
