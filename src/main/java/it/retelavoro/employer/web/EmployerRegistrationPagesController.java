package it.retelavoro.employer.web;

import it.retelavoro.employer.Employer;
import it.retelavoro.employer.EmployerFiscalCode;
import it.retelavoro.employer.EmployerDirectory;
import it.retelavoro.employer.EmployerRegistry;
import it.retelavoro.employer.EmployerSummary;
import it.retelavoro.employer.LegalForm;
import it.retelavoro.employer.SizeClass;
import it.retelavoro.reference.AtecoClassification;
import it.retelavoro.shared.ConflictException;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.FormErrors;
import it.retelavoro.shared.InvalidInputException;
import it.retelavoro.shared.PageForms;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The operator's search of companies and the registration of a new one. */
@Controller
class EmployerRegistrationPagesController {

    static final String NAV = "employers";

    private final EmployerDirectory employers;
    private final EmployerRegistry registry;
    private final AtecoClassification ateco;
    private final PageForms forms;
    private final MessageSource messages;

    EmployerRegistrationPagesController(EmployerDirectory employers, EmployerRegistry registry, AtecoClassification ateco, PageForms forms,
            MessageSource messages) {
        this.employers = employers;
        this.registry = registry;
        this.ateco = ateco;
        this.forms = forms;
        this.messages = messages;
    }

    @ModelAttribute("activeNav")
    String activeNav() {
        return NAV;
    }

    @GetMapping("/employers")
    String search(@RequestParam(required = false) String q, CurrentUser caller, Model model, Locale locale) {
        model.addAttribute("q", q);
        List<EmployerSummary> found = List.of();
        try {
            if (q == null || q.isBlank()) {
                found = employers.latestOfMyOrganisation(caller, 20);
            } else if (EmployerFiscalCode.isValid(q)) {
                found = employers.searchByFiscalCode(q, caller);
            } else {
                found = employers.searchByName(q, caller);
            }
        } catch (InvalidInputException e) {
            // A search is not a form to correct field by field: its one field shows every problem.
            model.addAttribute("searchErrors", Map.of("q", new FormErrors(messages, locale).add(e).all()));
        }
        model.addAttribute("found", found);
        model.addAttribute("searched", q != null && !q.isBlank());
        return "employer/search";
    }

    @GetMapping("/employers/new")
    String newEmployer(Model model) {
        if (!model.containsAttribute("employerForm")) {
            model.addAttribute("employerForm", EmployerForm.empty());
        }
        model.addAttribute("legalForms", LegalForm.values());
        model.addAttribute("sizeClasses", SizeClass.values());
        return "employer/new";
    }

    @PostMapping("/employers")
    String register(EmployerForm form, CurrentUser caller, Model model, Locale locale, RedirectAttributes redirect) {
        return forms.form("employer", form, model, locale)
                .refusing(ConflictException.class, (e, errors) -> {
                    errors.add(e);
                    if (e.existingLocation() != null) {
                        model.addAttribute("existing", e.existingLocation().replace("/api/v1", ""));
                    }
                    // served elsewhere: the company may have chosen this organisation (issue 13, point 5)
                    employers.searchByFiscalCode(form.fiscalCode(), caller).stream()
                            .filter(found -> !found.accessible()).findFirst()
                            .ifPresent(found -> model.addAttribute("takeoverEmployerId", found.id()));
                })
                .submit(() -> {
                    Employer employer = registry.register(form.toCommand(), caller);
                    redirect.addFlashAttribute("flash", "employer.registered");
                    return "redirect:/employers/" + employer.id();
                }, () -> newEmployer(model));
    }

    /** Options for the ATECO field, fetched by htmx as the operator types. */
    @GetMapping("/employers/fragments/ateco")
    String atecoOptions(@RequestParam(name = "ateco", required = false) String query, Model model) {
        model.addAttribute("activities", ateco.search(query, 30));
        return "employer/fragments :: ateco-options";
    }
}
