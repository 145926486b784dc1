package it.retelavoro.pathway.web;

import it.retelavoro.pathway.DidEmploymentChange.Status;
import it.retelavoro.pathway.DidEmploymentChangeId;
import it.retelavoro.pathway.DidEmploymentDecisions;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.PageForms;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The CPI's list of the changes jobs brought to its DIDs ({@code /did-employment-changes}, issue 15) and the page of
 * one change, where the CPI reverses it, or confirms or dismisses a proposal.
 */
@Controller
class DidEmploymentPagesController {

    static final int PAGE_SIZE = 50;

    private final DidEmploymentDecisions decisions;
    private final PageForms forms;

    DidEmploymentPagesController(DidEmploymentDecisions decisions, PageForms forms) {
        this.decisions = decisions;
        this.forms = forms;
    }

    record ReasonForm(String reason) {
    }

    @GetMapping("/did-employment-changes")
    String list(@RequestParam(required = false) Status status, @RequestParam(defaultValue = "0") int page,
            CurrentUser caller, Model model) {
        model.addAttribute("activeNav", "did-employment-changes");
        model.addAttribute("statuses", Arrays.asList(Status.values()));
        model.addAttribute("status", status);
        model.addAttribute("list", decisions.list(status, Math.max(0, page), PAGE_SIZE, caller));
        model.addAttribute("waiting", decisions.proposalsWaiting(caller));
        return "pathway/did-employment-changes";
    }

    @GetMapping("/did-employment-changes/{id}")
    String change(@PathVariable UUID id, CurrentUser caller, Model model) {
        model.addAttribute("activeNav", "did-employment-changes");
        model.addAttribute("row", decisions.change(new DidEmploymentChangeId(id), caller));
        return "pathway/did-employment-change";
    }

    @PostMapping("/did-employment-changes/{id}/reversal")
    String reverse(@PathVariable UUID id, ReasonForm form, CurrentUser caller, Model model, Locale locale,
            RedirectAttributes redirect) {
        return forms.form("reversal", form, model, locale).submit(() -> {
            decisions.reverse(new DidEmploymentChangeId(id), form.reason(), caller);
            redirect.addFlashAttribute("flash", "pathway.did-employment.reversed");
            return "redirect:/did-employment-changes/" + id;
        }, () -> change(id, caller, model));
    }

    @PostMapping("/did-employment-changes/{id}/confirmation")
    String confirm(@PathVariable UUID id, CurrentUser caller, Model model, Locale locale,
            RedirectAttributes redirect) {
        return forms.form("confirmation", new ReasonForm(null), model, locale).submit(() -> {
            decisions.confirm(new DidEmploymentChangeId(id), caller);
            redirect.addFlashAttribute("flash", "pathway.did-employment.confirmed");
            return "redirect:/did-employment-changes/" + id;
        }, () -> change(id, caller, model));
    }

    @PostMapping("/did-employment-changes/{id}/dismissal")
    String dismiss(@PathVariable UUID id, ReasonForm form, CurrentUser caller, Model model, Locale locale,
            RedirectAttributes redirect) {
        return forms.form("dismissal", form, model, locale).submit(() -> {
            decisions.dismiss(new DidEmploymentChangeId(id), form.reason(), caller);
            redirect.addFlashAttribute("flash", "pathway.did-employment.dismissed");
            return "redirect:/did-employment-changes/" + id;
        }, () -> change(id, caller, model));
    }
}
