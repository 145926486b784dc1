package it.retelavoro.pathway.web;

import it.retelavoro.catalogue.RuleViolationException;
import it.retelavoro.pathway.DeliveryId;
import it.retelavoro.pathway.MeetingRegistration;
import it.retelavoro.pathway.PathwayCommands.MeetingEntry;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.PageForms;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The further meeting of a delivery registered meeting by meeting (A.4), from the form under the delivery in
 * progress on the person's pathway page; a refusal shows the page again with the problems above that form.
 */
@Controller
class MeetingPagesController {

    private final MeetingRegistration meetings;
    private final PathwayPage page;
    private final PageForms forms;
    private final RuleViolations violations;

    MeetingPagesController(MeetingRegistration meetings, PathwayPage page, PageForms forms, RuleViolations violations) {
        this.meetings = meetings;
        this.page = page;
        this.forms = forms;
        this.violations = violations;
    }

    /** A further meeting, as the page posts it. */
    record MeetingForm(@DateTimeFormat(iso = ISO.DATE) LocalDate date, Integer minutes) {
    }

    @PostMapping("/persons/{id}/pathway/deliveries/{deliveryId}/meetings")
    String addMeeting(@PathVariable UUID id, @PathVariable UUID deliveryId, MeetingForm form, CurrentUser caller,
            Model model, Locale locale, RedirectAttributes redirect) {
        model.addAttribute("meetingDeliveryId", deliveryId);
        return forms.form("meeting", form, model, locale)
                .fieldNames(RuleViolations::formField)
                .refusing(RuleViolationException.class, (e, errors) -> model.addAttribute("meetingViolations",
                        violations.describe(e.violations(), "", MeetingPagesController::shownField, errors, locale)))
                .submit(() -> {
                    meetings.addMeeting(new DeliveryId(deliveryId), new MeetingEntry(form.date(), form.minutes(), null,
                            null), caller, locale);
                    redirect.addFlashAttribute("flash", "pathway.meeting.registered");
                    return PathwaySection.redirect(id, model, "deliveries");
                }, () -> page.show(id, caller, model));
    }

    private static String shownField(String field) {
        String formField = RuleViolations.formField(field);
        if (formField.startsWith("meetings")) {
            return "minutes";
        }
        return Set.of("date", "minutes").contains(formField) ? formField : null;
    }
}
