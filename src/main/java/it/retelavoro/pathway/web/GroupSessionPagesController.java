package it.retelavoro.pathway.web;

import it.retelavoro.catalogue.DeliveryMode;
import it.retelavoro.catalogue.GroupReason;
import it.retelavoro.catalogue.RuleViolationException;
import it.retelavoro.catalogue.ServiceCode;
import it.retelavoro.catalogue.Verdict;
import it.retelavoro.catalogue.Violation;
import it.retelavoro.network.NetworkManagement;
import it.retelavoro.pathway.DeliveryMediator;
import it.retelavoro.pathway.GroupSessionViolationException;
import it.retelavoro.pathway.Outcome;
import it.retelavoro.pathway.PathwayCommands.DeliveryOutputs;
import it.retelavoro.pathway.PathwayCommands.GroupSessionRequest;
import it.retelavoro.pathway.PathwayCommands.PactTerms;
import it.retelavoro.pathway.DeliveryRegistration;
import it.retelavoro.pathway.PathwayOverviews;
import it.retelavoro.pathway.web.RuleViolations.ViolationLine;
import it.retelavoro.person.PersonId;
import it.retelavoro.person.PersonDirectory;
import it.retelavoro.person.PersonSummary;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.FormErrors;
import it.retelavoro.shared.InvalidInputException;
import it.retelavoro.shared.PageForms;
import it.retelavoro.shared.SiteId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The counter's page of a session delivered to a group ({@code /group-sessions/new}): the participants named by
 * codice fiscale, the session registered for each of them by the pathway service, which applies every rule to
 * every participant; a refusal names the participant it concerns.
 */
@Controller
class GroupSessionPagesController {

    /** The services a group session may deliver (the repertorio has A.2, A.5 and A.6 in group). */
    static final Set<ServiceCode> GROUP_SERVICES = Set.of(ServiceCode.A2, ServiceCode.A5, ServiceCode.A6);

    /** The fields of the form a refusal may be shown next to; any other is about the participant. */
    static final Set<String> GROUP_FIELDS = Set.of("service", "mode", "date", "minutes", "siteId", "notes",
            "pactOutcome", "groupReason", "groupReasonName", "pactOutcomes", "mediatorOperatorId", "mediatorName",
            "mediatorOrganisation", "mediatorLanguages");

    private final DeliveryRegistration registration;
    private final PathwayOverviews overviews;
    private final PersonDirectory persons;
    private final PageForms forms;
    private final RuleViolations violations;
    private final Clock clock;
    private final NetworkManagement network;

    GroupSessionPagesController(DeliveryRegistration registration, PathwayOverviews overviews, PersonDirectory persons,
            PageForms forms, RuleViolations violations, Clock clock, NetworkManagement network) {
        this.network = network;
        this.registration = registration;
        this.overviews = overviews;
        this.persons = persons;
        this.forms = forms;
        this.violations = violations;
        this.clock = clock;
    }

    /**
     * @param participants the codici fiscali of the participants, one a line
     * @param pactOutcomes A.2: each participant's own Patto outcome, one a line as {@code codice fiscale=SIGNED}
     *                     or {@code =REFUSED}; a participant not listed has none yet
     */
    record GroupForm(ServiceCode service, DeliveryMode mode, @DateTimeFormat(iso = ISO.DATE) LocalDate date,
            Integer minutes, UUID siteId, String participants, String notes, Outcome pactOutcome,
            Boolean interviewReferral, Boolean jobPlacement, GroupReason groupReason, String groupReasonName,
            String pactOutcomes, UUID mediatorOperatorId, String mediatorName, String mediatorOrganisation,
            String mediatorLanguages) {

        // Unchecked boxes are absent from the post: false, not an error of conversion.
        GroupForm {
            interviewReferral = Boolean.TRUE.equals(interviewReferral);
            jobPlacement = Boolean.TRUE.equals(jobPlacement);
        }

        /** What the session produced for every participant: the Patto of a group A.2, the results of an A.6. */
        DeliveryOutputs outputs() {
            PactTerms pact = service == ServiceCode.A2 && pactOutcome != null
                    ? new PactTerms(pactOutcome, null, null, null, null, null) : null;
            boolean a6 = service == ServiceCode.A6;
            return new DeliveryOutputs(null, pact, null, null, a6 && interviewReferral, a6 && jobPlacement);
        }

        /** The cultural mediator who supported the session, for every participant; null when none. */
        DeliveryMediator mediator() {
            return DeliveryPagesController.mediator(mediatorOperatorId, mediatorName, mediatorOrganisation,
                    mediatorLanguages);
        }

        List<String> participantLines() {
            return participants == null ? List.of() : participants.lines().map(String::strip)
                    .filter(line -> !line.isEmpty()).toList();
        }
    }

    @ModelAttribute("today")
    LocalDate today() {
        return LocalDate.now(clock);
    }

    @ModelAttribute("services")
    List<ServiceCode> services() {
        return GROUP_SERVICES.stream().sorted().toList();
    }

    @ModelAttribute("modes")
    DeliveryMode[] modes() {
        return DeliveryMode.values();
    }

    @ModelAttribute("groupReasons")
    GroupReason[] groupReasons() {
        return GroupReason.values();
    }

    @ModelAttribute("outcomes")
    Outcome[] outcomes() {
        return Outcome.values();
    }

    /**
     * The form of a group session; the agenda's attendance sheet fills it in (service, day, minutes, site and the
     * codici fiscali of those present), and the operator registers it as any other (judged by the rule engine).
     */
    @GetMapping("/group-sessions/new")
    String newGroupSession(@RequestParam(required = false) ServiceCode service,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate date,
            @RequestParam(required = false) Integer minutes, @RequestParam(required = false) UUID siteId,
            @RequestParam(required = false) List<String> participant, CurrentUser caller, Model model) {
        if (!model.containsAttribute("groupForm")) {
            String participants = participant == null ? null : String.join("\n", participant);
            model.addAttribute("groupForm", new GroupForm(service, DeliveryMode.GROUP,
                    date == null ? LocalDate.now(clock) : date, minutes, siteId, participants, null, null, false,
                    false, null, null, null, null, null, null, null));
        }
        model.addAttribute("activeNav", "persons");
        model.addAttribute("sites", overviews.sitesOf(caller));
        model.addAttribute("mediators", PathwayPage.mediators(network, caller));
        return "pathway/group-session";
    }

    @PostMapping("/group-sessions")
    String registerGroupSession(GroupForm form, CurrentUser caller, Model model, Locale locale,
            RedirectAttributes redirect) {
        Map<PersonId, PersonSummary> participants = new LinkedHashMap<>();
        List<ViolationLine> lines = new ArrayList<>();
        return forms.form("group", form, model, locale)
                .fieldNames(GroupSessionPagesController::groupField)
                .refusing(RuleViolationException.class, (e, errors) -> model.addAttribute("violations",
                        violations.describe(e.violations(), "", GroupSessionPagesController::groupField, errors,
                                locale)))
                .refusing(GroupSessionViolationException.class, (e, errors) -> {
                    for (Map.Entry<PersonId, Verdict> refused : e.inOrder()) {
                        lines.addAll(refusedParticipant(refused, participants.get(refused.getKey()), errors, locale));
                    }
                    model.addAttribute("violations", lines);
                })
                .submit(() -> {
                    participants.putAll(participants(form, caller));
                    registration.registerGroupSession(new GroupSessionRequest(form.service(), form.mode(), form.date(),
                            form.minutes(), form.siteId() == null ? null : new SiteId(form.siteId()), form.notes(),
                            Set.of(), form.outputs(), List.copyOf(participants.keySet()),
                            PathwayApiController.groupCall(form.groupReason(), form.groupReasonName()),
                            ownPactOutcomes(form, caller), form.mediator()), caller, locale);
                    redirect.addFlashAttribute("flash", "pathway.group.registered");
                    redirect.addFlashAttribute("registeredCount", participants.size());
                    return "redirect:/group-sessions/new";
                }, () -> newGroupSession(null, null, null, null, null, caller, model));
    }

    /**
     * The persons the page names by codice fiscale, as the service names them by id: each line must be a person
     * of the caller's organisation (the same search the operator uses).
     *
     * @throws InvalidInputException naming every line that is not
     */
    private Map<PersonId, PersonSummary> participants(GroupForm form, CurrentUser caller) {
        InvalidInputException.Collector unknown = new InvalidInputException.Collector();
        Map<PersonId, PersonSummary> participants = new LinkedHashMap<>();
        for (String line : form.participantLines()) {
            List<PersonSummary> found = persons.search(line, null, caller);
            if (found.isEmpty()) {
                unknown.add("participants", "pathway.group.unknown-participant", line);
            } else {
                participants.putIfAbsent(found.get(0).id(), found.get(0));
            }
        }
        unknown.throwIfAny();
        return participants;
    }

    /**
     * Each participant's own Patto outcome, from the lines {@code codice fiscale=SIGNED|REFUSED}.
     *
     * @throws InvalidInputException naming every line that is not one
     */
    private Map<PersonId, Outcome> ownPactOutcomes(GroupForm form, CurrentUser caller) {
        InvalidInputException.Collector wrong = new InvalidInputException.Collector();
        Map<PersonId, Outcome> outcomes = new LinkedHashMap<>();
        List<String> lines = form.pactOutcomes() == null ? List.of() : form.pactOutcomes().lines().map(String::strip)
                .filter(line -> !line.isEmpty()).toList();
        for (String line : lines) {
            String[] parts = line.split("=", 2);
            Outcome outcome = parts.length < 2 ? null : java.util.Arrays.stream(Outcome.values())
                    .filter(value -> value.name().equalsIgnoreCase(parts[1].strip())).findFirst().orElse(null);
            List<PersonSummary> found = outcome == null ? List.of() : persons.search(parts[0].strip(), null, caller);
            if (found.isEmpty()) {
                wrong.add("pactOutcomes", "pathway.group.own-pact-outcome-line", line);
            } else {
                outcomes.put(found.get(0).id(), outcome);
            }
        }
        wrong.throwIfAny();
        return outcomes;
    }

    /**
     * The refusals of one participant, each led by who it is: next to the field it names, or next to the list
     * of participants when it names none of the form's.
     */
    private List<ViolationLine> refusedParticipant(Map.Entry<PersonId, Verdict> refused, PersonSummary person,
            FormErrors errors, Locale locale) {
        String who = person == null ? refused.getKey().toString()
                : person.fiscalCode() + " (" + person.fullName() + ")";
        List<Violation> all = refused.getValue().blocking();
        List<ViolationLine> lines = violations.describe(all, who + ": ", GroupSessionPagesController::groupField,
                errors, locale);
        all.stream().filter(violation -> violation.field()
                        .map(field -> !GROUP_FIELDS.contains(groupField(field.fieldName()))).orElse(true))
                .forEach(violation -> errors.addText("participants", who + ": " + violation.message()));
        return lines;
    }

    /** The field of the form a problem is shown next to: what a group session produces is its Patto. */
    private static String groupField(String field) {
        String formField = RuleViolations.formField(field);
        return formField.equals("outputs") ? "pactOutcome" : formField;
    }
}
