package it.retelavoro.person.web;

import it.retelavoro.person.PersonDirectory;
import it.retelavoro.person.PersonSummary;
import it.retelavoro.person.RectificationRequest;
import it.retelavoro.person.RectificationRequests;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.PageForms;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The organisation's queue of the persons' requests to correct their record (issue 17, GDPR art. 16). */
@Controller
class RectificationPagesController {

    private final RectificationRequests requests;
    private final PersonDirectory persons;
    private final PageForms forms;
    private final java.time.Clock clock;

    RectificationPagesController(RectificationRequests requests, PersonDirectory persons, PageForms forms,
            java.time.Clock clock) {
        this.requests = requests;
        this.persons = persons;
        this.forms = forms;
        this.clock = clock;
    }

    @GetMapping("/rectification-requests")
    String queue(CurrentUser caller, Model model) {
        List<RectificationRequest> open = requests.queue(caller);
        Map<it.retelavoro.person.PersonId, PersonSummary> names = persons.summaries(
                open.stream().map(RectificationRequest::personId).distinct().toList());
        model.addAttribute("activeNav", "rectification-requests");
        model.addAttribute("requests", open);
        model.addAttribute("names", names);
        model.addAttribute("zone", clock.getZone());
        return "person/rectification-requests";
    }

    @PostMapping("/rectification-requests/{id}/answer")
    String answer(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean accepted,
            @RequestParam(required = false) String reason, CurrentUser caller, Model model, Locale locale,
            RedirectAttributes redirect) {
        return forms.form("answer", null, model, locale).submit(() -> {
            requests.answer(id, accepted, reason, caller);
            redirect.addFlashAttribute("flash", "person.rectification.answered");
            return "redirect:/rectification-requests";
        }, () -> {
            model.addAttribute("answerFor", id);
            return queue(caller, model);
        });
    }
}
