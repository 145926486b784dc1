package it.retelavoro.employer.web;

import it.retelavoro.employer.EmployerId;
import it.retelavoro.employer.EmployerTakeovers;
import it.retelavoro.employer.EmployerTakeovers.CompanyChoice;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.PageForms;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Taking a company in charge on its choice (issue 13, point 5): the page form offered where a registration finds
 * the company served by another organisation (the API: {@link EmployerTakeoverApiController}).
 */
@Controller
class EmployerTakeoverController {

    private final EmployerTakeovers takeovers;
    private final PageForms forms;

    EmployerTakeoverController(EmployerTakeovers takeovers, PageForms forms) {
        this.takeovers = takeovers;
        this.forms = forms;
    }

    @GetMapping("/employers/{id}/takeover")
    String page(@PathVariable UUID id, Model model) {
        model.addAttribute("activeNav", EmployerRegistrationPagesController.NAV);
        model.addAttribute("employerId", id);
        return "employer/takeover";
    }

    @PostMapping("/employers/{id}/takeover")
    String takeOverPage(@PathVariable UUID id, @ModelAttribute("takeover") TakeoverForm form, BindingResult binding,
            CurrentUser caller, Model model, Locale locale, RedirectAttributes redirect) {
        return forms.form("takeover", form, model, locale).binding(binding).submit(() -> {
            takeovers.takeOver(new EmployerId(id), new CompanyChoice(form.choiceDate(), form.documentReference()),
                    caller);
            redirect.addFlashAttribute("flash", "employer.takeover.done");
            return "redirect:/employers/" + id;
        }, () -> page(id, model));
    }

    record TakeoverForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate choiceDate,
            String documentReference) {
    }
}
