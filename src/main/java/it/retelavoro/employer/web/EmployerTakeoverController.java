package it.retelavoro.employer.web;

import it.retelavoro.employer.Employer;
import it.retelavoro.employer.EmployerId;
import it.retelavoro.employer.EmployerTakeovers;
import it.retelavoro.employer.EmployerTakeovers.CompanyChoice;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.PageForms;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Taking a company in charge on its choice (issue 13, point 5): {@code POST /api/v1/employers/{id}/takeover}, and
 * the page form offered where a registration finds the company served by another organisation.
 */
@Controller
@Tag(name = "Imprese")
class EmployerTakeoverController {

    private final EmployerTakeovers takeovers;
    private final PageForms forms;

    EmployerTakeoverController(EmployerTakeovers takeovers, PageForms forms) {
        this.takeovers = takeovers;
        this.forms = forms;
    }

    @PostMapping("/api/v1/employers/{id}/takeover")
    @ResponseBody
    @Operation(summary = "Prende in carico l'impresa su sua scelta, da qualsiasi punto della rete",
            description = "L'impresa sceglie l'operatore: l'organizzazione del chiamante la prende in carico subito, "
                    + "registrando la data e il riferimento del documento di scelta firmato; l'organizzazione che la "
                    + "seguiva riceve un avviso, conserva la lettura dei servizi che ha erogato e la gestione delle "
                    + "offerte che ha registrato. L'id si trova con GET /api/v1/employers?fiscalCode=. 400 per campo "
                    + "(choiceDate, documentReference); 409 se l'impresa è già seguita dal chiamante")
    TakeoverResponse takeOver(@PathVariable UUID id, @RequestBody TakeoverRequest request, CurrentUser caller) {
        Employer employer = takeovers.takeOver(new EmployerId(id),
                new CompanyChoice(request.choiceDate(), request.documentReference()), caller);
        return new TakeoverResponse(employer.id().value(), employer.organisationId().value());
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

    record TakeoverRequest(LocalDate choiceDate, String documentReference) {
    }

    /** The company and the organisation that now serves it. */
    record TakeoverResponse(UUID id, UUID servedBy) {
    }

    record TakeoverForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate choiceDate,
            String documentReference) {
    }
}
