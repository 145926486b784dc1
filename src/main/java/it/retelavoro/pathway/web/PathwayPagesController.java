package it.retelavoro.pathway.web;

import it.retelavoro.catalogue.CpiExclusiveFunction;
import it.retelavoro.catalogue.DeliveryMode;
import it.retelavoro.catalogue.RuleViolationException;
import it.retelavoro.catalogue.ServiceCode;
import it.retelavoro.catalogue.Violation;
import it.retelavoro.network.Site;
import it.retelavoro.pathway.ActionId;
import it.retelavoro.pathway.ActionState;
import it.retelavoro.pathway.DeliveryRegistration;
import it.retelavoro.pathway.DidCertification;
import it.retelavoro.pathway.DidChannel;
import it.retelavoro.pathway.DidDeclarations;
import it.retelavoro.pathway.DidId;
import it.retelavoro.pathway.InternshipId;
import it.retelavoro.pathway.Outcome;
import it.retelavoro.pathway.PactsAndPlans;
import it.retelavoro.pathway.PathwayCommands.ActionPlanTerms;
import it.retelavoro.pathway.PathwayCommands.ActionUpdate;
import it.retelavoro.pathway.PathwayCommands.DeliveryOutputs;
import it.retelavoro.pathway.PathwayCommands.DeliveryRequest;
import it.retelavoro.pathway.PathwayCommands.DidDeclaration;
import it.retelavoro.pathway.PathwayCommands.DidStatusChange;
import it.retelavoro.pathway.PathwayCommands.InternshipPlan;
import it.retelavoro.pathway.PathwayCommands.PactTerms;
import it.retelavoro.pathway.PathwayCommands.PlannedActionRequest;
import it.retelavoro.pathway.PathwayCommands.SpecificNeed;
import it.retelavoro.pathway.PathwayCommands.TrainingRecord;
import it.retelavoro.pathway.PathwayOverview;
import it.retelavoro.pathway.PathwayOverviews;
import it.retelavoro.pathway.TrainingAndInternships;
import it.retelavoro.pathway.TrainingEventKind;
import it.retelavoro.person.PersonId;
import it.retelavoro.shared.ConflictException;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.FormErrors;
import it.retelavoro.shared.InvalidInputException;
import it.retelavoro.shared.OrganisationId;
import it.retelavoro.shared.SiteId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The operator's pages of a person's pathway ({@code /persons/{id}/pathway}) and the CPI's queue of DIDs to
 * certify ({@code /did-requests}). Forms post here and come back to the page (post-redirect-get); a refusal
 * shows each problem next to its field and every rule violation, with its source, above the form.
 */
@Controller
class PathwayPagesController {

    private final PathwayOverviews overviews;
    private final DidCertification certification;
    private final DidDeclarations declarations;
    private final DeliveryRegistration registration;
    private final PactsAndPlans plans;
    private final TrainingAndInternships training;
    private final PathwayDocuments documents;
    private final MessageSource messages;
    private final Clock clock;

    PathwayPagesController(PathwayOverviews overviews, DidCertification certification,
            DidDeclarations declarations, DeliveryRegistration registration, PactsAndPlans plans,
            TrainingAndInternships training, PathwayDocuments documents, MessageSource messages,
            Clock clock) {
        this.overviews = overviews;
        this.certification = certification;
        this.declarations = declarations;
        this.registration = registration;
        this.plans = plans;
        this.training = training;
        this.documents = documents;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/persons/{id}/pathway")
    String page(@PathVariable UUID id, CurrentUser caller, Model model) {
        PathwayOverview overview = overviews.overview(new PersonId(id), caller);
        List<Site> sites = overviews.sitesOf(caller);
        model.addAttribute("activeNav", "persons");
        model.addAttribute("personId", id);
        model.addAttribute("overview", overview);
        model.addAttribute("sites", sites);
        model.addAttribute("siteNames", sites.stream().collect(Collectors.toMap(site -> site.id().value(),
                Site::name)));
        model.addAttribute("services", EnumSet.range(ServiceCode.A1, ServiceCode.A6));
        model.addAttribute("actionServices", EnumSet.range(ServiceCode.A4, ServiceCode.A6));
        model.addAttribute("modes", DeliveryMode.values());
        model.addAttribute("channels", DidChannel.values());
        model.addAttribute("actionStates", ActionState.values());
        model.addAttribute("trainingEvents", TrainingEventKind.values());
        model.addAttribute("outcomes", Outcome.values());
        model.addAttribute("mayCertify", certification.mayCertifyDid(caller));
        model.addAttribute("today", LocalDate.now(clock));
        if (!caller.isCpi()) {
            model.addAttribute("cpis", declarations.cpis());
        }
        if (!model.containsAttribute("deliveryForm")) {
            model.addAttribute("deliveryForm", DeliveryForm.empty(LocalDate.now(clock)));
        }
        return "pathway/person";
    }

    // --- DID -----------------------------------------------------------------------------------------

    record DidForm(@DateTimeFormat(iso = ISO.DATE) LocalDate declaredOn, DidChannel channel, UUID cpiId) {
    }

    @PostMapping("/persons/{id}/pathway/did")
    String declareDid(@PathVariable UUID id, DidForm form, CurrentUser caller, Model model, Locale locale,
            RedirectAttributes redirect) {
        try {
            declarations.declareDid(new PersonId(id), new DidDeclaration(form.declaredOn(), form.channel(),
                    form.cpiId() == null ? null : new OrganisationId(form.cpiId())), caller);
            redirect.addFlashAttribute("flash", "pathway.did.declared");
            return "redirect:/persons/" + id + "/pathway#did";
        } catch (InvalidInputException | ConflictException e) {
            model.addAttribute("didErrors", errors(e, locale));
            model.addAttribute("didForm", form);
            return page(id, caller, model);
        }
    }

    @PostMapping("/persons/{id}/pathway/did/certification")
    String certifyDid(@PathVariable UUID id, CurrentUser caller, Locale locale, RedirectAttributes redirect) {
        certification.certifyDid(new PersonId(id), null, caller, locale);
        redirect.addFlashAttribute("flash", "pathway.did.certified");
        return "redirect:/persons/" + id + "/pathway#did";
    }

    record DidStatusForm(@DateTimeFormat(iso = ISO.DATE) LocalDate date, String reason) {
    }

    /** Suspension, reinstatement or revocation, as the page posts it ({@code change} names which). */
    @PostMapping("/persons/{id}/pathway/did/{change:suspension|reinstatement|revocation}")
    String changeDidStatus(@PathVariable UUID id, @PathVariable String change, DidStatusForm form,
            CurrentUser caller, Model model, Locale locale, RedirectAttributes redirect) {
        PersonId personId = new PersonId(id);
        DidStatusChange status = new DidStatusChange(form.date(), form.reason());
        try {
            switch (change) {
                case "suspension" -> certification.suspendDid(personId, status, caller, locale);
                case "reinstatement" -> certification.reinstateDid(personId, status, caller, locale);
                default -> certification.revokeDid(personId, status, caller, locale);
            }
            redirect.addFlashAttribute("flash", "pathway.did." + change + ".done");
            return "redirect:/persons/" + id + "/pathway#did";
        } catch (InvalidInputException | ConflictException e) {
            model.addAttribute("didStatusErrors", errors(e, locale));
            model.addAttribute("didStatusForm", form);
            model.addAttribute("didStatusChange", change);
            return page(id, caller, model);
        }
    }

    @GetMapping("/did-requests")
    String didRequests(CurrentUser caller, Model model) {
        model.addAttribute("activeNav", "did-requests");
        model.addAttribute("requests", certification.didRequests(caller));
        return "pathway/did-requests";
    }

    @PostMapping("/did-requests/{didId}/certification")
    String certifyRequest(@PathVariable UUID didId, CurrentUser caller, Locale locale, RedirectAttributes redirect) {
        certification.certifyRequest(new DidId(didId), null, caller, locale);
        redirect.addFlashAttribute("flash", "pathway.did.certified");
        return "redirect:/did-requests";
    }

    // --- deliveries ----------------------------------------------------------------------------------

    /** The registration form of a delivery, flat as the page posts it. */
    record DeliveryForm(ServiceCode service, DeliveryMode mode, @DateTimeFormat(iso = ISO.DATE) LocalDate date,
            Integer minutes, Integer meetings, UUID siteId, String notes, Set<ServiceCode> togetherWith,
            Boolean targetedPlacement, String referral, Outcome pactOutcome, String responsibleOperator,
            String meetingFrequency, String jobSearchActs, String jobSearchTiming, Boolean trainingAvailability,
            Outcome planOutcome, Boolean specificNeed, String specificNeedText, ServiceCode actionService,
            String actionDescription, @DateTimeFormat(iso = ISO.DATE) LocalDate actionDueOn, UUID actionId,
            Boolean interviewReferral, Boolean jobPlacement) {

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
                    null, null, null, null, null, null, null, false, null, null, null, null, null, false, false);
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
                            actionId == null ? null : new ActionId(actionId), interviewReferral, jobPlacement));
        }
    }

    /** A rule violation as the form-level alert lists it: the message and where the rule comes from. */
    record ViolationLine(String message, String source) {
    }

    @PostMapping("/persons/{id}/pathway/deliveries")
    String registerDelivery(@PathVariable UUID id, DeliveryForm form, CurrentUser caller, Model model, Locale locale,
            RedirectAttributes redirect) {
        try {
            registration.registerDelivery(new PersonId(id), form.toRequest(), caller, locale);
            redirect.addFlashAttribute("flash", "pathway.delivery.registered");
            return "redirect:/persons/" + id + "/pathway#deliveries";
        } catch (InvalidInputException e) {
            model.addAttribute("deliveryErrors",
                    new FormErrors(messages, locale).add(e, PathwayPagesController::formField).asMap());
        } catch (RuleViolationException e) {
            Map<String, List<String>> errors = new LinkedHashMap<>();
            List<ViolationLine> lines = new ArrayList<>();
            for (Violation violation : e.violations()) {
                violation.field().map(field -> formField(field.fieldName())).filter(FIELDS::contains)
                        .ifPresent(field -> errors.computeIfAbsent(field, k -> new ArrayList<>())
                                .add(violation.message()));
                lines.add(new ViolationLine(violation.message(), source(violation, locale)));
            }
            model.addAttribute("deliveryErrors", errors);
            model.addAttribute("violations", lines);
        }
        model.addAttribute("deliveryForm", form);
        return page(id, caller, model);
    }

    /** The form fields a problem may be shown next to. */
    static final Set<String> FIELDS = Set.of("service", "mode", "date", "minutes", "meetings", "siteId", "notes",
            "togetherWith", "functions", "outputs", "referral", "pactOutcome", "planOutcome", "action", "actionId");

    /**
     * The form field a problem concerns: the API's field names mapped to the flat form. An access rule
     * (the person's history) is shown next to the service, the choice it refuses.
     */
    static String formField(String field) {
        if (field.startsWith("outputs.actionPlan.actions")) {
            return "action";
        }
        return switch (field) {
            case "history" -> "service";
            case "outputs.actionId" -> "actionId";
            case "outputs.pact.outcome" -> "pactOutcome";
            case "outputs.actionPlan.outcome" -> "planOutcome";
            case "outputs.referral" -> "referral";
            default -> field.startsWith("outputs.") ? "outputs" : field;
        };
    }

    private String source(Violation violation, Locale locale) {
        String service = violation.source().service().map(ServiceCode::dotted).orElse("");
        String version = violation.source().catalogueVersion().orElse("");
        return messages.getMessage("pathway.violation.source", new Object[] {service, violation.source().field(),
            version}, locale);
    }

    // --- Patto and PAI -------------------------------------------------------------------------------

    @PostMapping("/persons/{id}/pathway/actions/{actionId}")
    String updateAction(@PathVariable UUID id, @PathVariable UUID actionId, @RequestParam ActionState state,
            CurrentUser caller, Model model, Locale locale, RedirectAttributes redirect) {
        try {
            plans.updateAction(new PersonId(id), new ActionId(actionId), new ActionUpdate(state, null, null),
                    caller);
            redirect.addFlashAttribute("flash", "pathway.action.updated");
            return "redirect:/persons/" + id + "/pathway#plan";
        } catch (InvalidInputException e) {
            model.addAttribute("planErrors", errors(e, locale));
            return page(id, caller, model);
        }
    }

    record ActionForm(ServiceCode service, String description, @DateTimeFormat(iso = ISO.DATE) LocalDate dueOn) {
    }

    @PostMapping("/persons/{id}/pathway/actions")
    String addAction(@PathVariable UUID id, ActionForm form, CurrentUser caller, Model model, Locale locale,
            RedirectAttributes redirect) {
        try {
            plans.addAction(new PersonId(id), new PlannedActionRequest(form.service(), form.description(),
                    form.dueOn()), caller);
            redirect.addFlashAttribute("flash", "pathway.action.added");
            return "redirect:/persons/" + id + "/pathway#plan";
        } catch (InvalidInputException e) {
            model.addAttribute("actionErrors", errors(e, locale));
            model.addAttribute("actionForm", form);
            return page(id, caller, model);
        }
    }

    @PostMapping("/persons/{id}/pathway/specific-need")
    String specificNeed(@PathVariable UUID id, @RequestParam(required = false) String text, CurrentUser caller,
            Model model, Locale locale, RedirectAttributes redirect) {
        try {
            plans.recordSpecificNeed(new PersonId(id), new SpecificNeed(text, null), caller);
            redirect.addFlashAttribute("flash", "pathway.plan.specific-need.recorded");
            return "redirect:/persons/" + id + "/pathway#plan";
        } catch (InvalidInputException e) {
            model.addAttribute("planErrors", errors(e, locale));
            return page(id, caller, model);
        }
    }

    @GetMapping("/persons/{id}/pathway/pact.pdf")
    ResponseEntity<byte[]> pactPdf(@PathVariable UUID id, CurrentUser caller, Locale locale) {
        return PathwayDocuments.pdf(documents.pact(new PersonId(id), caller, locale), "patto-di-servizio.pdf");
    }

    @GetMapping("/persons/{id}/pathway/action-plan.pdf")
    ResponseEntity<byte[]> actionPlanPdf(@PathVariable UUID id, CurrentUser caller, Locale locale) {
        return PathwayDocuments.pdf(documents.actionPlan(new PersonId(id), caller, locale), "pai.pdf");
    }

    // --- training and internships --------------------------------------------------------------------

    record TrainingForm(TrainingEventKind event, @DateTimeFormat(iso = ISO.DATE) LocalDate date, String course,
            String provider, Integer hours, UUID actionId) {
    }

    @PostMapping("/persons/{id}/pathway/training")
    String recordTraining(@PathVariable UUID id, TrainingForm form, CurrentUser caller, Model model, Locale locale,
            RedirectAttributes redirect) {
        try {
            training.recordTraining(new PersonId(id), new TrainingRecord(form.event(), form.date(), form.course(),
                    form.provider(), form.hours(), form.actionId() == null ? null : new ActionId(form.actionId())),
                    caller);
            redirect.addFlashAttribute("flash", "pathway.training.recorded");
            return "redirect:/persons/" + id + "/pathway#training";
        } catch (InvalidInputException e) {
            model.addAttribute("trainingErrors", errors(e, locale));
            model.addAttribute("trainingForm", form);
            return page(id, caller, model);
        }
    }

    record InternshipForm(@DateTimeFormat(iso = ISO.DATE) LocalDate start,
            @DateTimeFormat(iso = ISO.DATE) LocalDate end, String host, String tutor, UUID actionId) {
    }

    @PostMapping("/persons/{id}/pathway/internships")
    String planInternship(@PathVariable UUID id, InternshipForm form, CurrentUser caller, Model model, Locale locale,
            RedirectAttributes redirect) {
        try {
            training.planInternship(new PersonId(id), new InternshipPlan(form.start(), form.end(), form.host(),
                    form.tutor(), form.actionId() == null ? null : new ActionId(form.actionId())), caller);
            redirect.addFlashAttribute("flash", "pathway.internship.recorded");
            return "redirect:/persons/" + id + "/pathway#internships";
        } catch (InvalidInputException e) {
            model.addAttribute("internshipErrors", errors(e, locale));
            model.addAttribute("internshipForm", form);
            return page(id, caller, model);
        }
    }

    @PostMapping("/persons/{id}/pathway/internships/{internshipId}/activation")
    String activateInternship(@PathVariable UUID id, @PathVariable UUID internshipId, CurrentUser caller,
            Model model, Locale locale, RedirectAttributes redirect) {
        try {
            training.activateInternship(new PersonId(id), new InternshipId(internshipId), null, caller);
            redirect.addFlashAttribute("flash", "pathway.internship.activated");
            return "redirect:/persons/" + id + "/pathway#internships";
        } catch (ConflictException e) {
            model.addAttribute("internshipErrors", errors(e, locale));
            return page(id, caller, model);
        }
    }

    /** Field name to messages, for showing each problem next to its field ("global" for the form). */
    private Map<String, List<String>> errors(RuntimeException e, Locale locale) {
        return new FormErrors(messages, locale).add(e).asMap();
    }
}
