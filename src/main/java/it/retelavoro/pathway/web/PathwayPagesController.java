package it.retelavoro.pathway.web;

import it.retelavoro.catalogue.ServiceCode;
import it.retelavoro.pathway.ActionId;
import it.retelavoro.pathway.ActionState;
import it.retelavoro.pathway.PathwayCommands.ActionUpdate;
import it.retelavoro.pathway.PathwayCommands.PlannedActionRequest;
import it.retelavoro.pathway.PathwayCommands.SpecificNeed;
import it.retelavoro.pathway.PactsAndPlans;
import it.retelavoro.person.PersonId;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.PageForms;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The operator's page of a person's pathway ({@code /persons/{id}/pathway}), its printed Patto and PAI, and
 * the forms of the PAI in force. The other forms of the page post to {@link DidPagesController},
 * {@link DeliveryPagesController} and {@link TrainingPagesController}; every form comes back to the page
 * (post-redirect-get), a refusal shows each problem next to its field.
 */
@Controller
class PathwayPagesController {

    private final PactsAndPlans plans;
    private final PathwayDocuments documents;
    private final PathwayPage page;
    private final PageForms forms;

    PathwayPagesController(PactsAndPlans plans, PathwayDocuments documents, PathwayPage page,
            PageForms forms) {
        this.plans = plans;
        this.documents = documents;
        this.page = page;
        this.forms = forms;
    }

    @GetMapping("/persons/{id}/pathway")
    String page(@PathVariable UUID id, CurrentUser caller, Model model) {
        return page.show(id, caller, model);
    }

    @GetMapping("/persons/{id}/pathway/{section:" + PathwaySection.PATHS + "}")
    String section(@PathVariable UUID id, @PathVariable String section, CurrentUser caller, Model model) {
        return page.show(id, PathwaySection.at(section).orElseThrow(), caller, model);
    }

    @GetMapping("/persons/{id}/pathway/pact.pdf")
    ResponseEntity<byte[]> pactPdf(@PathVariable UUID id, CurrentUser caller, Locale locale) {
        return PathwayDocuments.pdf(documents.pact(new PersonId(id), caller, locale), "patto-di-servizio.pdf");
    }

    @GetMapping("/persons/{id}/pathway/action-plan.pdf")
    ResponseEntity<byte[]> actionPlanPdf(@PathVariable UUID id, CurrentUser caller, Locale locale) {
        return PathwayDocuments.pdf(documents.actionPlan(new PersonId(id), caller, locale), "pai.pdf");
    }

    // --- the PAI in force ----------------------------------------------------------------------------

    @PostMapping("/persons/{id}/pathway/actions/{actionId}")
    String updateAction(@PathVariable UUID id, @PathVariable UUID actionId, @RequestParam ActionState state,
            CurrentUser caller, Model model, Locale locale, RedirectAttributes redirect) {
        return forms.form("plan", null, model, locale).submit(() -> {
            plans.updateAction(new PersonId(id), new ActionId(actionId), new ActionUpdate(state, null, null),
                    caller);
            redirect.addFlashAttribute("flash", "pathway.action.updated");
            return PathwaySection.redirect(id, model, "plan");
        }, () -> page.show(id, caller, model));
    }

    record ActionForm(ServiceCode service, String description, @DateTimeFormat(iso = ISO.DATE) LocalDate dueOn) {
    }

    @PostMapping("/persons/{id}/pathway/actions")
    String addAction(@PathVariable UUID id, ActionForm form, CurrentUser caller, Model model, Locale locale,
            RedirectAttributes redirect) {
        return forms.form("action", form, model, locale).submit(() -> {
            plans.addAction(new PersonId(id), new PlannedActionRequest(form.service(), form.description(),
                    form.dueOn()), caller);
            redirect.addFlashAttribute("flash", "pathway.action.added");
            return PathwaySection.redirect(id, model, "plan");
        }, () -> page.show(id, caller, model));
    }

    @PostMapping("/persons/{id}/pathway/specific-need")
    String specificNeed(@PathVariable UUID id, @RequestParam(required = false) String text, CurrentUser caller,
            Model model, Locale locale, RedirectAttributes redirect) {
        return forms.form("plan", null, model, locale).submit(() -> {
            plans.recordSpecificNeed(new PersonId(id), new SpecificNeed(text, null), caller);
            redirect.addFlashAttribute("flash", "pathway.plan.specific-need.recorded");
            return PathwaySection.redirect(id, model, "plan");
        }, () -> page.show(id, caller, model));
    }
}
