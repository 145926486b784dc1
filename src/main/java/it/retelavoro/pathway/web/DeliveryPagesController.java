package it.retelavoro.pathway.web;

import it.retelavoro.catalogue.CpiExclusiveFunction;
import it.retelavoro.catalogue.DeliveryMode;
import it.retelavoro.catalogue.GroupReason;
import it.retelavoro.catalogue.LanguageCodes;
import it.retelavoro.catalogue.MeetingPart;
import it.retelavoro.catalogue.RuleSource;
import it.retelavoro.catalogue.RuleViolationException;
import it.retelavoro.catalogue.ServiceCode;
import it.retelavoro.catalogue.Verdict;
import it.retelavoro.pathway.ActionId;
import it.retelavoro.pathway.DeliveryMediator;
import it.retelavoro.pathway.DeliveryRegistration;
import it.retelavoro.pathway.Outcome;
import it.retelavoro.pathway.PathwayCommands.ActionPlanTerms;
import it.retelavoro.pathway.PathwayCommands.DeliveryOutputs;
import it.retelavoro.pathway.PathwayCommands.DeliveryRequest;
import it.retelavoro.pathway.PathwayCommands.MeetingEntry;
import it.retelavoro.pathway.PathwayCommands.PactTerms;
import it.retelavoro.pathway.PathwayCommands.PlannedActionRequest;
import it.retelavoro.person.PersonId;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.PageForms;
import it.retelavoro.shared.SiteId;
import it.retelavoro.shared.UserId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The registration of a delivery on a person's pathway page. A refusal of the repertorio lists every rule
 * violation, with its source, above the form ({@code violations}) and shows each one that names a field of the
 * form next to it. Advisory findings do not refuse: the first submission that has some shows them above the
 * form ("Avvisi: registra comunque") with the form ready to send again, and the second registers the delivery,
 * which keeps them.
 */
@Controller
class DeliveryPagesController {

    /** The form fields a problem may be shown next to. */
    static final Set<String> FIELDS = Set.of("service", "mode", "date", "minutes", "meetings", "siteId", "notes",
            "togetherWith", "functions", "outputs", "referral", "pactOutcome", "planOutcome", "action", "actionId",
            "mediator", "mediatorOperatorId", "mediatorName", "mediatorOrganisation", "mediatorLanguages",
            "inProgress", "groupReason", "groupReasonName", "programme");

    private final DeliveryRegistration registration;
    private final PathwayPage page;
    private final PageForms forms;
    private final RuleViolations violations;
    private final AdvisoryViews advisories;

    DeliveryPagesController(DeliveryRegistration registration, PathwayPage page, PageForms forms,
            RuleViolations violations, AdvisoryViews advisories) {
        this.advisories = advisories;
        this.registration = registration;
        this.page = page;
        this.forms = forms;
        this.violations = violations;
    }

    /**
     * The registration form of a delivery, flat as the page posts it. The meetings one by one come as rows of
     * parallel fields ({@code meetingDate}, {@code meetingMinutes}, {@code meetingMode}, {@code meetingPart}); a row
     * left empty is no meeting.
     */
    record DeliveryForm(ServiceCode service, DeliveryMode mode, @DateTimeFormat(iso = ISO.DATE) LocalDate date,
            Integer minutes, Integer meetings, UUID siteId, String notes, Set<ServiceCode> togetherWith,
            Boolean targetedPlacement, String referral, Outcome pactOutcome, String responsibleOperator,
            String meetingFrequency, String jobSearchActs, String jobSearchTiming, Boolean trainingAvailability,
            Outcome planOutcome, Boolean specificNeed, String specificNeedText, ServiceCode actionService,
            String actionDescription, @DateTimeFormat(iso = ISO.DATE) LocalDate actionDueOn, UUID actionId,
            Boolean interviewReferral, Boolean jobPlacement, UUID mediatorOperatorId, String mediatorName,
            String mediatorOrganisation, String mediatorLanguages, Boolean acknowledgeAdvisories,
            List<String> meetingDate, List<String> meetingMinutes, List<DeliveryMode> meetingMode,
            List<MeetingPart> meetingPart, Boolean inProgress, GroupReason groupReason, String groupReasonName,
            String programme) {

        // Unchecked boxes are absent from the post: false, not an error of conversion.
        DeliveryForm {
            acknowledgeAdvisories = Boolean.TRUE.equals(acknowledgeAdvisories);
            inProgress = Boolean.TRUE.equals(inProgress);
            meetingDate = meetingDate == null ? List.of() : meetingDate;
            meetingMinutes = meetingMinutes == null ? List.of() : meetingMinutes;
            meetingMode = meetingMode == null ? List.of() : meetingMode;
            meetingPart = meetingPart == null ? List.of() : meetingPart;
            togetherWith = togetherWith == null ? Set.of() : togetherWith;
            targetedPlacement = Boolean.TRUE.equals(targetedPlacement);
            specificNeed = Boolean.TRUE.equals(specificNeed);
            interviewReferral = Boolean.TRUE.equals(interviewReferral);
            jobPlacement = Boolean.TRUE.equals(jobPlacement);
        }

        static DeliveryForm empty(LocalDate today) {
            return new DeliveryForm(null, DeliveryMode.INDIVIDUAL, today, null, 1, null, null, Set.of(), false, null,
                    null, null, null, null, null, null, null, false, null, null, null, null, null, false, false, null,
                    null, null, null, false, List.of(), List.of(), List.of(), List.of(), false, null, null,
                    null);
        }

        /** The same form, once the operator has read its advisories and registers anyway. */
        DeliveryForm acknowledged() {
            return new DeliveryForm(service, mode, date, minutes, meetings, siteId, notes, togetherWith,
                    targetedPlacement, referral, pactOutcome, responsibleOperator, meetingFrequency, jobSearchActs,
                    jobSearchTiming, trainingAvailability, planOutcome, specificNeed, specificNeedText, actionService,
                    actionDescription, actionDueOn, actionId, interviewReferral, jobPlacement, mediatorOperatorId,
                    mediatorName, mediatorOrganisation, mediatorLanguages, true, meetingDate, meetingMinutes,
                    meetingMode, meetingPart, inProgress, groupReason, groupReasonName, programme);
        }

        private DeliveryMediator mediator() {
            return DeliveryPagesController.mediator(mediatorOperatorId, mediatorName, mediatorOrganisation,
                    mediatorLanguages);
        }

        /** The value of a row of a parallel field, null when absent or blank. */
        private static <T> T row(List<T> values, int row) {
            T value = row < values.size() ? values.get(row) : null;
            return value instanceof String text && text.isBlank() ? null : value;
        }

        /** The rows that name a date or minutes, as meetings. */
        List<MeetingEntry> meetingList() {
            List<MeetingEntry> meetings = new ArrayList<>();
            int rows = Math.max(meetingDate.size(), meetingMinutes.size());
            for (int i = 0; i < rows; i++) {
                String day = row(meetingDate, i);
                String length = row(meetingMinutes, i);
                if (day == null && length == null) {
                    continue;
                }
                String field = "meetings[" + meetings.size() + "]";
                LocalDate on = PageValues.date(day, field + ".date");
                Integer minutesHeld = PageValues.number(length, field + ".minutes");
                meetings.add(new MeetingEntry(on, minutesHeld, row(meetingMode, i), row(meetingPart, i)));
            }
            return meetings;
        }

        DeliveryRequest toRequest() {
            PactTerms pact = service == ServiceCode.A2 && pactOutcome != null ? new PactTerms(pactOutcome,
                    responsibleOperator, meetingFrequency, jobSearchActs, jobSearchTiming, trainingAvailability)
                    : null;
            List<PlannedActionRequest> actions = actionDescription == null || actionDescription.isBlank()
                    ? List.of() : List.of(new PlannedActionRequest(actionService, actionDescription, actionDueOn));
            ActionPlanTerms plan = service == ServiceCode.A3 && planOutcome != null ? new ActionPlanTerms(planOutcome,
                    specificNeed, specificNeedText, actions) : null;
            List<MeetingEntry> listed = meetingList();
            return new DeliveryRequest(service, mode, date, listed.isEmpty() ? minutes : null,
                    listed.isEmpty() ? meetings : null, siteId == null ? null : new SiteId(siteId), notes, togetherWith,
                    targetedPlacement ? Set.of(CpiExclusiveFunction.TARGETED_PLACEMENT) : Set.of(),
                    new DeliveryOutputs(service == ServiceCode.A1 ? referral : null, pact, plan,
                            actionId == null ? null : new ActionId(actionId), interviewReferral, jobPlacement),
                    mediator(), listed, inProgress, PathwayApiController.groupCall(groupReason, groupReasonName),
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
                    PersonId person = new PersonId(id);
                    if (!form.acknowledgeAdvisories()) {
                        Verdict verdict = registration.check(person, form.toRequest(), caller, locale);
                        if (verdict.isAllowed() && !verdict.advisories().isEmpty()) {
                            // "Avvisi: registra comunque": shown before saving, the same form ready to send again
                            model.addAttribute("deliveryForm", form.acknowledged());
                            var pending = advisories.findings(verdict.advisories(), person, caller, locale);
                            model.addAttribute("pendingAdvisories", pending);
                            // the rule's field as a person reads it, never its name in the scheda
                            model.addAttribute("advisorySources", pending.stream()
                                    .map(advisory -> advisory.source().field()).distinct()
                                    .collect(java.util.stream.Collectors.toMap(field -> field,
                                            field -> RuleSource.fieldLabel(field, locale))));
                            return page.show(id, caller, model);
                        }
                    }
                    registration.registerDelivery(person, form.toRequest(), caller, locale);
                    redirect.addFlashAttribute("flash", "pathway.delivery.registered");
                    return PathwaySection.redirect(id, model, "deliveries");
                }, () -> page.show(id, caller, model));
    }

    /**
     * The parts of the form the chosen service asks for, as the service select fetches them (htmx) once chosen:
     * the mode and date typed so far come along, the rest of the form is left as it is.
     */
    @GetMapping(value = "/persons/{id}/pathway/deliveries/form", headers = "HX-Request")
    String serviceParts(@PathVariable UUID id, DeliveryForm form, CurrentUser caller, Model model) {
        return page.deliveryParts(id, form, caller, model);
    }

    /**
     * The form filled in from elsewhere (the agenda's appointment: service, mode, date, planned minutes, site), for
     * the operator to complete and register; the rule engine judges it when it is sent, as always.
     */
    @GetMapping("/persons/{id}/pathway/deliveries/new")
    String prefilled(@PathVariable UUID id, DeliveryForm form, CurrentUser caller, Model model) {
        model.addAttribute("deliveryForm", form);
        return page.show(id, PathwaySection.DELIVERIES, caller, model);
    }

    /** The same, without JavaScript: "Continua" after choosing the service shows the page with its form. */
    @PostMapping("/persons/{id}/pathway/deliveries/form")
    String chooseService(@PathVariable UUID id, DeliveryForm form, CurrentUser caller, Model model) {
        model.addAttribute("deliveryForm", form);
        return page.show(id, caller, model);
    }

    /** The field of the form a violation is shown next to, if the form has it. */
    private static String shownField(String field) {
        String formField = RuleViolations.formField(field);
        if (formField.startsWith("meetings[")) {
            return "meetings";
        }
        return FIELDS.contains(formField) ? formField : null;
    }

    /**
     * The mediator the form names: an operator chosen from the list, or one from outside the network when any of
     * name, organisation and languages is filled; null when none.
     */
    static DeliveryMediator mediator(UUID operatorId, String name, String organisation, String languages) {
        if (operatorId != null) {
            return DeliveryMediator.operator(new UserId(operatorId));
        }
        // the page posts one code per language list, blank ones included: "ar,,"
        Set<String> codes = LanguageCodes.parse(languages);
        boolean external = !codes.isEmpty() || Stream.of(name, organisation).anyMatch(text -> text != null && !text.isBlank());
        return external ? DeliveryMediator.external(name, organisation, codes) : null;
    }
}
