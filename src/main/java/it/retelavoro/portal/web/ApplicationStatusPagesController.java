package it.retelavoro.portal.web;

import it.retelavoro.portal.ApplicationStatusCheck;
import it.retelavoro.portal.TooManyApplicationsException;
import it.retelavoro.shared.FormErrors;
import it.retelavoro.shared.PageForms;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * An applicant checks the state of their application ({@code /portal/applications/status}), without login.
 * The form is sent by POST, so that the codice fiscale never appears in an address (nor in the logs of the
 * proxies that record addresses), and answered on the same page: the same page, with the same status, whether
 * or not the pair matches an application.
 */
@Controller
class ApplicationStatusPagesController {

    private final ApplicationStatusCheck statuses;
    private final PageForms forms;

    ApplicationStatusPagesController(ApplicationStatusCheck statuses, PageForms forms) {
        this.statuses = statuses;
        this.forms = forms;
    }

    /** The form as typed. */
    record StatusForm(String reference, String fiscalCode) {
    }

    @GetMapping("/portal/applications/status")
    String form(Model model) {
        model.addAttribute("statusForm", new StatusForm(null, null));
        return page(model);
    }

    @PostMapping("/portal/applications/status")
    String check(StatusForm form, HttpServletRequest request, HttpServletResponse response, Model model,
            Locale locale) {
        return forms.form("status", form, model, locale)
                .refusing(TooManyApplicationsException.class, (e, errors) -> {
                    response.setStatus(429);
                    response.setHeader("Retry-After", Long.toString(e.retryAfterSeconds()));
                    errors.add(FormErrors.GLOBAL, "portal.status.too-many");
                })
                .submit(() -> {
                    var state = statuses.check(form.reference(), form.fiscalCode(), request.getRemoteAddr());
                    model.addAttribute("checked", true);
                    model.addAttribute("state", state.orElse(null));
                    // the answer does not show the codice fiscale again: the form starts empty
                    model.addAttribute("statusForm", new StatusForm(null, null));
                    return page(model);
                }, () -> page(model));
    }

    private static String page(Model model) {
        model.addAttribute("activeNav", "portal");
        model.addAttribute("referenceLength", ApplicationStatusCheck.REFERENCE_LENGTH);
        return "portal/status";
    }
}
