package it.retelavoro.portal.web;

import it.retelavoro.person.RegistrationDraft;
import it.retelavoro.portal.ApplicationId;
import it.retelavoro.portal.SelfApplication;
import it.retelavoro.portal.SelfApplications;
import it.retelavoro.referral.ReferralRefusedException;
import it.retelavoro.shared.ConflictException;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The operators' queue of self-applications ({@code /applications}): verify, refer, decline. */
@Controller
class ApplicationQueuePagesController {

    private final SelfApplications applications;
    private final MessageSource messages;

    ApplicationQueuePagesController(SelfApplications applications, MessageSource messages) {
        this.applications = applications;
        this.messages = messages;
    }

    @GetMapping("/applications")
    String queue(CurrentUser caller, Model model) {
        model.addAttribute("activeNav", "applications");
        model.addAttribute("applications", applications.queue(caller));
        return "portal/queue";
    }

    @PostMapping("/applications/{id}/verification")
    String verify(@PathVariable UUID id, CurrentUser caller, Locale locale, RedirectAttributes redirect) {
        return act(id, redirect, locale, "portal.queue.verified",
                () -> applications.verify(new ApplicationId(id), caller));
    }

    @PostMapping("/applications/{id}/referral")
    String refer(@PathVariable UUID id, @RequestParam(required = false) Integer minutes, CurrentUser caller,
            Locale locale, RedirectAttributes redirect) {
        return act(id, redirect, locale, "portal.queue.referred",
                () -> applications.refer(new ApplicationId(id), minutes, caller, locale));
    }

    /**
     * Opens the person registration form filled with the applicant's codice fiscale, name and contacts (issue
     * 14): sent by POST and carried in a flash attribute, so that none of them is written in an address.
     */
    @PostMapping("/applications/{id}/registration")
    String register(@PathVariable UUID id, CurrentUser caller, RedirectAttributes redirect) {
        SelfApplication applicant = applications.application(new ApplicationId(id), caller);
        redirect.addFlashAttribute(RegistrationDraft.FLASH, new RegistrationDraft(applicant.fiscalCode(),
                applicant.firstName(), applicant.lastName(), applicant.phone().orElse(null),
                applicant.email().orElse(null)));
        return "redirect:/persons/new";
    }

    @PostMapping("/applications/{id}/decline")
    String decline(@PathVariable UUID id, @RequestParam(required = false) String reason, CurrentUser caller,
            Locale locale, RedirectAttributes redirect) {
        return act(id, redirect, locale, "portal.queue.declined",
                () -> applications.decline(new ApplicationId(id), reason, caller));
    }

    private String act(UUID id, RedirectAttributes redirect, Locale locale, String done, Runnable action) {
        List<String> problems = new ArrayList<>();
        try {
            action.run();
            redirect.addFlashAttribute("flash", done);
        } catch (InvalidInputException e) {
            e.problems().forEach(problem -> problems.add(messages.getMessage(problem.messageKey(),
                    problem.arguments().toArray(), locale)));
        } catch (ReferralRefusedException e) {
            e.missing().forEach(missing -> problems.add(messages.getMessage(missing.messageKey(), null, locale)));
        } catch (it.retelavoro.catalogue.RuleViolationException e) {
            // the A6 or B4 the referral belongs to, refused by the repertorio (issue 13): the engine's messages
            e.violations().forEach(violation -> problems.add(violation.message()));
        } catch (ConflictException e) {
            problems.add(messages.getMessage(e.messageKey(), e.arguments().toArray(), locale));
        }
        if (!problems.isEmpty()) {
            redirect.addFlashAttribute("queueErrors", problems);
            redirect.addFlashAttribute("queueErrorsFor", id);
        }
        return "redirect:/applications";
    }
}
