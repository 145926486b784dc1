package it.retelavoro.pathway.web;

import it.retelavoro.catalogue.RuleViolationException;
import it.retelavoro.network.Site;
import it.retelavoro.pathway.AgeBand;
import it.retelavoro.pathway.PathwayCommands.InformationVisit;
import it.retelavoro.pathway.DeliveryRegistration;
import it.retelavoro.pathway.PathwayOverviews;
import it.retelavoro.person.Sex;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.PageForms;
import it.retelavoro.shared.SiteId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The counter's page of an A.1 to an anonymous visitor ({@code /information-visits/new}). The pathway service
 * applies every rule; a refusal shows each problem next to its field and every rule violation above the form.
 */
@Controller
class VisitPagesController {

    private final DeliveryRegistration registration;
    private final PathwayOverviews overviews;
    private final PageForms forms;
    private final RuleViolations violations;
    private final Clock clock;

    VisitPagesController(DeliveryRegistration registration, PathwayOverviews overviews, PageForms forms,
            RuleViolations violations, Clock clock) {
        this.registration = registration;
        this.overviews = overviews;
        this.forms = forms;
        this.violations = violations;
        this.clock = clock;
    }

    record VisitForm(@DateTimeFormat(iso = ISO.DATE) LocalDate date, UUID siteId, String sex, AgeBand ageBand,
            String referral, Integer minutes, String notes) {

        /** The sex chosen, if it is one. */
        public Sex chosenSex() {
            return Sex.parse(sex).orElse(null);
        }
    }

    @ModelAttribute("today")
    LocalDate today() {
        return LocalDate.now(clock);
    }

    @ModelAttribute("sexes")
    Sex[] sexes() {
        return Sex.values();
    }

    @ModelAttribute("ageBands")
    AgeBand[] ageBands() {
        return AgeBand.values();
    }

    @GetMapping("/information-visits/new")
    String newVisit(CurrentUser caller, Model model) {
        if (!model.containsAttribute("visitForm")) {
            model.addAttribute("visitForm", new VisitForm(LocalDate.now(clock), null, null, null, null, null, null));
        }
        List<Site> sites = overviews.sitesOf(caller);
        model.addAttribute("activeNav", "persons");
        model.addAttribute("sites", sites);
        return "pathway/information-visit";
    }

    @PostMapping("/information-visits")
    String informVisitor(VisitForm form, CurrentUser caller, Model model, Locale locale,
            RedirectAttributes redirect) {
        return forms.form("visit", form, model, locale)
                .fieldNames(VisitPagesController::visitField)
                .refusing(RuleViolationException.class, (e, errors) -> model.addAttribute("violations",
                        violations.describe(e.violations(), "", VisitPagesController::visitField, errors, locale)))
                .submit(() -> {
                    registration.informAnonymousVisitor(new InformationVisit(form.date(), form.siteId() == null ? null
                            : new SiteId(form.siteId()), form.chosenSex(), form.ageBand(),
                            form.referral(), form.minutes(), form.notes()), caller, locale);
                    redirect.addFlashAttribute("flash", "pathway.visit.registered");
                    return "redirect:/information-visits/new";
                }, () -> newVisit(caller, model));
    }

    /** The field of the form a problem is shown next to: what an A.1 produces is its referral. */
    private static String visitField(String field) {
        String formField = RuleViolations.formField(field);
        return formField.equals("outputs") ? "referral" : formField;
    }
}
