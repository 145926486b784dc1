package it.retelavoro.pathway.web;

import it.retelavoro.catalogue.CpiExclusiveFunction;
import it.retelavoro.catalogue.DeliveryMode;
import it.retelavoro.catalogue.RuleViolationException;
import it.retelavoro.catalogue.ServiceCode;
import it.retelavoro.pathway.ActionId;
import it.retelavoro.pathway.Outcome;
import it.retelavoro.pathway.PathwayCommands.ActionPlanTerms;
import it.retelavoro.pathway.PathwayCommands.DeliveryOutputs;
import it.retelavoro.pathway.PathwayCommands.DeliveryRequest;
import it.retelavoro.pathway.PathwayCommands.PactTerms;
import it.retelavoro.pathway.PathwayCommands.PlannedActionRequest;
import it.retelavoro.pathway.DeliveryRegistration;
import it.retelavoro.person.PersonId;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.PageForms;
import it.retelavoro.shared.SiteId;
import java.time.LocalDate;
import java.util.List;
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
 * The registration of a delivery on a person's pathway page. A refusal of the repertorio lists every rule
 * violation, with its source, above the form ({@code violations}) and shows each one that names a field of the
 * form next to it.
 */
@Controller
class DeliveryPagesController {

    /** The form fields a problem may be shown next to. */
    static final Set<String> FIELDS = Set.of("service", "mode", "date", "minutes", "meetings", "siteId", "notes",
            "togetherWith", "functions", "outputs", "referral", "pactOutcome", "planOutcome", "action", "actionId", "programme");

    private final DeliveryRegistration registration;
    private final PathwayPage page;
    private final PageForms forms;
    private final RuleViolations violations;

    DeliveryPagesController(DeliveryRegistration registration, PathwayPage page, PageForms forms,
            RuleViolations violations) {
        this.registration = registration;
        this.page = page;
        this.forms = forms;
        this.violations = violations;
    }

    /** The registration form of a delivery, flat as the page posts it. */
    record DeliveryForm(ServiceCode service, DeliveryMode mode, @DateTimeFormat(iso = ISO.DATE) LocalDate date,
            Integer minutes, Integer meetings, UUID siteId, String notes, Set<ServiceCode> togetherWith,
            Boolean targetedPlacement, String referral, Outcome pactOutcome, String responsibleOperator,
            String meetingFrequency, String jobSearchActs, String jobSearchTiming, Boolean trainingAvailability,
            Outcome planOutcome, Boolean specificNeed, String specificNeedText, ServiceCode actionService,
            String actionDescription, @DateTimeFormat(iso = ISO.DATE) LocalDate actionDueOn, UUID actionId,
            Boolean interviewReferral, Boolean jobPlacement, String programme) {

        // Unchecked boxes are absent from the post: false, not an error of conversion.
        DeliveryForm {
            togetherWith = togetherWith == null ? Set.of() : togetherWith;
            targetedPlacement = Boolean.TRUE.equals(targetedPlacement);
            specificNeed = Boolean.TRUE.equals(specificNeed);
            interviewReferral = Boolean.TRUE.equals(interviewReferral);
            jobPlacement = Boolean.TRUE.equals(jobPlacement);
        }

        static DeliveryForm empty(LocalDate today) {
            return new DeliveryForm(null, DeliveryMode.INDIVIDUAL, today, null, 1, null, null, Set.of(), false, null,
                    null, null, null, null, null, null, null, false, null, null, null, null, null, false, false, null);
        }

        DeliveryRequest toRequest() {
            PactTerms pact = service == ServiceCode.A2 && pactOutcome != null ? new PactTerms(pactOutcome,
                    responsibleOperator, meetingFrequency, jobSearchActs, jobSearchTiming, trainingAvailability)
                    : null;
            List<PlannedActionRequest> actions = actionDescription == null || actionDescription.isBlank()
                    ? List.of() : List.of(new PlannedActionRequest(actionService, actionDescription, actionDueOn));
            ActionPlanTerms plan = service == ServiceCode.A3 && planOutcome != null ? new ActionPlanTerms(planOutcome,
                    specificNeed, specificNeedText, actions) : null;
            return new DeliveryRequest(service, mode, date, minutes, meetings, siteId == null ? null
                    : new SiteId(siteId), notes, togetherWith,
                    targetedPlacement ? Set.of(CpiExclusiveFunction.TARGETED_PLACEMENT) : Set.of(),
                    new DeliveryOutputs(service == ServiceCode.A1 ? referral : null, pact, plan,
                            actionId == null ? null : new ActionId(actionId), interviewReferral, jobPlacement),
                    programme);
        }
    }

    @PostMapping("/persons/{id}/pathway/deliveries")
    String registerDelivery(@PathVariable UUID id, DeliveryForm form, CurrentUser caller, Model model, Locale locale,
            RedirectAttributes redirect) {
        return forms.form("delivery", form, model, locale)
                .fieldNames(RuleViolations::formField)
                .refusing(RuleViolationException.class, (e, errors) -> model.addAttribute("violations",
                        violations.describe(e.violations(), "", DeliveryPagesController::shownField, errors, locale)))
                .submit(() -> {
                    registration.registerDelivery(new PersonId(id), form.toRequest(), caller, locale);
                    redirect.addFlashAttribute("flash", "pathway.delivery.registered");
                    return "redirect:/persons/" + id + "/pathway#deliveries";
                }, () -> page.show(id, caller, model));
    }

    /** The field of the form a violation is shown next to, if the form has it. */
    private static String shownField(String field) {
        String formField = RuleViolations.formField(field);
        return FIELDS.contains(formField) ? formField : null;
    }
}
