package it.retelavoro.pathway.web;

import it.retelavoro.pathway.DeliveryRegistration;
import it.retelavoro.pathway.PactsAndPlans;
import it.retelavoro.pathway.TrainingAndInternships;
import it.retelavoro.person.PersonDirectory;
import it.retelavoro.person.PersonId;
import it.retelavoro.shared.CurrentUser;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * What the caller's organisation registered for a person, read only ({@code /persons/{id}/registered}): the page
 * an organisation keeps after another took the person over on the person's choice (issue 13, point 5), linked
 * from the notice on its home page. The organisation in charge sees the same acts, all of them, on the pathway.
 */
@Controller
class RegisteredActsPagesController {

    private final PersonDirectory persons;
    private final DeliveryRegistration deliveries;
    private final PactsAndPlans pactsAndPlans;
    private final TrainingAndInternships training;

    RegisteredActsPagesController(PersonDirectory persons, DeliveryRegistration deliveries,
            PactsAndPlans pactsAndPlans, TrainingAndInternships training) {
        this.persons = persons;
        this.deliveries = deliveries;
        this.pactsAndPlans = pactsAndPlans;
        this.training = training;
    }

    @GetMapping("/persons/{id}/registered")
    String registered(@PathVariable UUID id, CurrentUser caller, Model model) {
        PersonId personId = new PersonId(id);
        model.addAttribute("activeNav", "persons");
        model.addAttribute("person", persons.requireReadable(personId, caller));
        model.addAttribute("deliveries", deliveries.deliveries(personId, caller));
        model.addAttribute("pacts", pactsAndPlans.pacts(personId, caller));
        model.addAttribute("plans", pactsAndPlans.actionPlans(personId, caller));
        model.addAttribute("training", training.training(personId, caller));
        return "pathway/registered";
    }
}
