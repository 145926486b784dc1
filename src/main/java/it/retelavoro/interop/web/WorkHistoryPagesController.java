package it.retelavoro.interop.web;

import it.retelavoro.interop.co.WorkHistory;
import it.retelavoro.person.PersonId;
import it.retelavoro.shared.CurrentUser;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The section "Storia lavorativa (CO)" of a person's pages. */
@Controller
class WorkHistoryPagesController {

    private final WorkHistory workHistory;

    WorkHistoryPagesController(WorkHistory workHistory) {
        this.workHistory = workHistory;
    }

    @GetMapping("/persons/{id}/work-history")
    String page(@PathVariable UUID id, CurrentUser caller, Model model, Locale locale) {
        model.addAttribute("activeNav", "persons");
        model.addAttribute("personId", id);
        model.addAttribute("history", workHistory.ofPerson(new PersonId(id), caller, locale));
        return "interop/work-history";
    }
}
