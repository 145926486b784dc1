package it.retelavoro.agenda.web;

import it.retelavoro.agenda.AppointmentId;
import it.retelavoro.agenda.AttendanceOutcome;
import it.retelavoro.agenda.Attendances;
import it.retelavoro.person.PersonId;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.InvalidInputException;
import it.retelavoro.shared.PageForms;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The attendance sheet's forms on an appointment's page. */
@Controller
class AttendanceController {

    private final Attendances attendances;
    private final AppointmentPage page;
    private final PageForms forms;

    AttendanceController(Attendances attendances, AppointmentPage page, PageForms forms) {
        this.attendances = attendances;
        this.page = page;
        this.forms = forms;
    }

    record AttendanceForm(UUID personId, String outcome, String reasonCode, String documentReference) {
    }

    @PostMapping("/agenda/appointments/{id}/attendance")
    String recordOnPage(@PathVariable UUID id, AttendanceForm form, CurrentUser caller, Model model, Locale locale,
            RedirectAttributes redirect) {
        return forms.form("attendance", form, model, locale).submit(() -> {
            Attendances.Recorded recorded = attendances.record(new AppointmentId(id), new Attendances.Record(
                    form.personId() == null ? null : new PersonId(form.personId()), outcomeOf(form.outcome()),
                    form.reasonCode(), form.documentReference()), caller);
            redirect.addFlashAttribute("flash", recorded.measure().isPresent() ? "agenda.attendance.measure-proposed"
                    : "agenda.attendance.recorded");
            return "redirect:/agenda/appointments/" + id;
        }, () -> page.render(id, caller, model));
    }

    private static AttendanceOutcome outcomeOf(String value) {
        try {
            return value == null || value.isBlank() ? null : AttendanceOutcome.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("outcome", "validation.required");
        }
    }
}
