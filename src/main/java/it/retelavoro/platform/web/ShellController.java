package it.retelavoro.platform.web;

import it.retelavoro.platform.DemoData;
import it.retelavoro.platform.ExternalLogin;
import jakarta.servlet.http.HttpSession;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The pages of the shell itself: login, the accessibility statement and the API's terms of use. */
@Controller
class ShellController {

    private final DemoData demoData;
    private final ObjectProvider<ExternalLogin> externalLogins;
    private final ApiDocumentProperties api;

    ShellController(DemoData demoData, ObjectProvider<ExternalLogin> externalLogins, ApiDocumentProperties api) {
        this.demoData = demoData;
        this.externalLogins = externalLogins;
        this.api = api;
    }

    @GetMapping("/login")
    String login(Model model, HttpSession session) {
        Object failure = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        model.addAttribute("throttled", failure instanceof LockedException);
        model.addAttribute("demo", demoData.enabled());
        model.addAttribute("citizenLogin", externalLogins.orderedStream().anyMatch(ExternalLogin::citizensCanLogIn));
        model.addAttribute("operatorLogin", externalLogins.orderedStream().anyMatch(ExternalLogin::operatorsCanLogIn));
        return "login";
    }

    @GetMapping("/accessibility")
    String accessibility() {
        return "accessibility";
    }

    /** The terms of use the OpenAPI document points at (info.termsOfService), public. */
    @GetMapping(API_TERMS)
    String apiTerms(Model model) {
        model.addAttribute("contact", api.contact());
        return "api-terms";
    }

    static final String API_TERMS = "/privacy/api-terms";
}
