package it.retelavoro.person.web;

import it.retelavoro.person.CaseAssignments;
import it.retelavoro.person.PersonId;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.InvalidInputException;
import it.retelavoro.shared.UserId;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The control of the operator responsible for a person, in the header of the person's pages: an htmx panel
 * ({@code GET} renders it, {@code POST} assigns and renders it again with a status message). Without htmx the
 * post goes back to the person's page.
 */
@Controller
class PersonAssignmentPagesController {

    private final CaseAssignments assignments;

    PersonAssignmentPagesController(CaseAssignments assignments) {
        this.assignments = assignments;
    }

    @GetMapping("/persons/{id}/assignment")
    String panel(@PathVariable UUID id, CurrentUser caller, Model model) {
        return panel(new PersonId(id), caller, model);
    }

    @PostMapping("/persons/{id}/assignment")
    String assign(@PathVariable UUID id, @RequestParam(required = false) UUID operatorId,
            @RequestHeader(name = "HX-Request", required = false) String htmx, CurrentUser caller, Model model) {
        PersonId person = new PersonId(id);
        try {
            assignments.assign(person, operatorId == null ? null : new UserId(operatorId), caller);
            model.addAttribute("assignmentSaved", true);
        } catch (InvalidInputException refused) {
            model.addAttribute("assignmentRefused", true);
        }
        if (htmx == null) {
            return "redirect:/persons/" + id;
        }
        return panel(person, caller, model);
    }

    private String panel(PersonId person, CurrentUser caller, Model model) {
        model.addAttribute("assignmentPerson", person);
        model.addAttribute("assigned", assignments.assignedOperator(person, caller).orElse(null));
        model.addAttribute("operators", assignments.assignableOperators(caller));
        return "person/assignment :: panel";
    }
}
