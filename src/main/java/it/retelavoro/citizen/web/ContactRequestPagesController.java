package it.retelavoro.citizen.web;

import it.retelavoro.citizen.ContactRequests;
import it.retelavoro.reference.Comuni;
import it.retelavoro.shared.CurrentUser;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The CPI's queue of the citizens who wish to be contacted (issue 17). */
@Controller
class ContactRequestPagesController {

    private final ContactRequests requests;
    private final Comuni comuni;
    private final Clock clock;

    ContactRequestPagesController(ContactRequests requests, Comuni comuni, Clock clock) {
        this.requests = requests;
        this.comuni = comuni;
        this.clock = clock;
    }

    @GetMapping("/contact-requests")
    String queue(CurrentUser caller, Model model) {
        model.addAttribute("activeNav", "contact-requests");
        model.addAttribute("requests", requests.queue(caller));
        model.addAttribute("comuni", comuni);
        model.addAttribute("zone", clock.getZone());
        return "citizen/contact-requests";
    }

    @PostMapping("/contact-requests/{id}/handled")
    String handled(@PathVariable UUID id, CurrentUser caller, RedirectAttributes redirect) {
        requests.handle(id, caller);
        redirect.addFlashAttribute("flash", "citizen.contact.handled");
        return "redirect:/contact-requests";
    }
}
