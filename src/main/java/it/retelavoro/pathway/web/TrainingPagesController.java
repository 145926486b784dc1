package it.retelavoro.pathway.web;

import it.retelavoro.pathway.ActionId;
import it.retelavoro.pathway.InternshipId;
import it.retelavoro.pathway.PathwayCommands.InternshipPlan;
import it.retelavoro.pathway.PathwayCommands.TrainingRecord;
import it.retelavoro.pathway.TrainingAndInternships;
import it.retelavoro.pathway.TrainingEventKind;
import it.retelavoro.person.PersonId;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.PageForms;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Training and internships on a person's pathway page. */
@Controller
class TrainingPagesController {

    private final TrainingAndInternships training;
    private final PathwayPage page;
    private final PageForms forms;

    TrainingPagesController(TrainingAndInternships training, PathwayPage page, PageForms forms) {
        this.training = training;
        this.page = page;
        this.forms = forms;
    }

    record TrainingForm(TrainingEventKind event, @DateTimeFormat(iso = ISO.DATE) LocalDate date, String course,
            String provider, Integer hours, UUID actionId) {
    }

    @PostMapping("/persons/{id}/pathway/training")
    String recordTraining(@PathVariable UUID id, TrainingForm form, CurrentUser caller, Model model, Locale locale,
            RedirectAttributes redirect) {
        return forms.form("training", form, model, locale).submit(() -> {
            training.recordTraining(new PersonId(id), new TrainingRecord(form.event(), form.date(), form.course(),
                    form.provider(), form.hours(), form.actionId() == null ? null : new ActionId(form.actionId())),
                    caller);
            redirect.addFlashAttribute("flash", "pathway.training.recorded");
            return PathwaySection.redirect(id, model, "training");
        }, () -> page.show(id, caller, model));
    }

    record InternshipForm(@DateTimeFormat(iso = ISO.DATE) LocalDate start,
            @DateTimeFormat(iso = ISO.DATE) LocalDate end, String host, String tutor, UUID actionId) {
    }

    @PostMapping("/persons/{id}/pathway/internships")
    String planInternship(@PathVariable UUID id, InternshipForm form, CurrentUser caller, Model model, Locale locale,
            RedirectAttributes redirect) {
        return forms.form("internship", form, model, locale).submit(() -> {
            training.planInternship(new PersonId(id), new InternshipPlan(form.start(), form.end(), form.host(),
                    form.tutor(), form.actionId() == null ? null : new ActionId(form.actionId())), caller);
            redirect.addFlashAttribute("flash", "pathway.internship.recorded");
            return PathwaySection.redirect(id, model, "internships");
        }, () -> page.show(id, caller, model));
    }

    @PostMapping("/persons/{id}/pathway/internships/{internshipId}/activation")
    String activateInternship(@PathVariable UUID id, @PathVariable UUID internshipId, CurrentUser caller,
            Model model, Locale locale, RedirectAttributes redirect) {
        return forms.form("internship", null, model, locale).submit(() -> {
            training.activateInternship(new PersonId(id), new InternshipId(internshipId), null, caller);
            redirect.addFlashAttribute("flash", "pathway.internship.activated");
            return PathwaySection.redirect(id, model, "internships");
        }, () -> page.show(id, caller, model));
    }
}
