package it.retelavoro.person.web;

import it.retelavoro.person.InCharge;
import it.retelavoro.person.PersonId;
import it.retelavoro.person.PersonTakeovers;
import it.retelavoro.person.PersonTakeovers.PersonChoice;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.PageForms;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
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
 * "Presa in carico su scelta della persona": the form offered where a registration finds the person in charge
 * elsewhere, and its own page when a submission is refused. On success, the person's page.
 */
@Controller
class PersonTakeoverPagesController {

    private final PersonTakeovers takeovers;
    private final MessageSource messages;
    private final PageForms forms;

    PersonTakeoverPagesController(PersonTakeovers takeovers, MessageSource messages, PageForms forms) {
        this.takeovers = takeovers;
        this.messages = messages;
        this.forms = forms;
    }

    @ModelAttribute("activeNav")
    String activeNav() {
        return "persons";
    }

    @GetMapping("/persons/{id}/takeover")
    String page(@PathVariable UUID id, Model model) {
        model.addAttribute("personId", id);
        return "person/takeover";
    }

    @PostMapping("/persons/{id}/takeover")
    String takeOver(@PathVariable UUID id, @ModelAttribute("takeover") TakeoverForm form, BindingResult binding,
            CurrentUser caller, Model model, Locale locale, RedirectAttributes redirect) {
        return forms.form("takeover", form, model, locale).binding(binding).submit(() -> {
            InCharge inCharge = takeovers.takeOver(new PersonId(id),
                    new PersonChoice(form.choiceDate(), form.documentReference()), caller);
            redirect.addFlashAttribute("takenOver", messages.getMessage("person.takeover.done",
                    new Object[] {inCharge.organisationName()}, locale));
            return "redirect:/persons/" + id;
        }, () -> page(id, model));
    }

    record TakeoverForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate choiceDate,
            String documentReference) {
    }
}
