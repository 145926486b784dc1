package it.retelavoro.pathway.web;

import it.retelavoro.catalogue.DeliveryMode;
import it.retelavoro.catalogue.RuleViolationException;
import it.retelavoro.catalogue.ServiceCode;
import it.retelavoro.catalogue.Verdict;
import it.retelavoro.catalogue.Violation;
import it.retelavoro.network.Site;
import it.retelavoro.pathway.AgeBand;
import it.retelavoro.pathway.DeliveryRegistration;
import it.retelavoro.pathway.GroupSessionViolationException;
import it.retelavoro.pathway.Outcome;
import it.retelavoro.pathway.PathwayCommands.DeliveryOutputs;
import it.retelavoro.pathway.PathwayCommands.GroupSessionRequest;
import it.retelavoro.pathway.PathwayCommands.InformationVisit;
import it.retelavoro.pathway.PathwayCommands.PactTerms;
import it.retelavoro.pathway.PathwayOverviews;
import it.retelavoro.pathway.web.PathwayPagesController.ViolationLine;
import it.retelavoro.person.PersonId;
import it.retelavoro.person.PersonDirectory;
import it.retelavoro.person.PersonSummary;
import it.retelavoro.person.Sex;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.FormErrors;
import it.retelavoro.shared.InvalidInputException;
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
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The counter's pages that are not about one person: an A.1 to an anonymous visitor
 * ({@code /information-visits/new}) and a session delivered to a group ({@code /group-sessions/new}).
 * Both post to the pathway service, which applies every rule; a refusal shows each problem next to its field.
 */
@Controller
class SessionPagesController {

    /** The services a group session may deliver (the repertorio has A.2, A.5 and A.6 in group). */
    static final Set<ServiceCode> GROUP_SERVICES = Set.of(ServiceCode.A2, ServiceCode.A5, ServiceCode.A6);

    private final DeliveryRegistration registration;
    private final PathwayOverviews overviews;
    private final PersonDirectory persons;
    private final MessageSource messages;
    private final Clock clock;

    SessionPagesController(DeliveryRegistration registration, PathwayOverviews overviews,
            PersonDirectory persons, MessageSource messages,
            Clock clock) {
        this.registration = registration;
        this.overviews = overviews;
        this.persons = persons;
        this.messages = messages;
        this.clock = clock;
    }

    // --- A.1 to an anonymous visitor -----------------------------------------------------------------

    record VisitForm(@DateTimeFormat(iso = ISO.DATE) LocalDate date, UUID siteId, String sex, AgeBand ageBand,
            String referral, Integer minutes, String notes) {
    }

    @GetMapping("/information-visits/new")
    String newVisit(CurrentUser caller, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new VisitForm(LocalDate.now(clock), null, null, null, null, null, null));
        }
        common(caller, model);
        model.addAttribute("sexes", Sex.values());
        model.addAttribute("ageBands", AgeBand.values());
        return "pathway/information-visit";
    }

    @PostMapping("/information-visits")
    String informVisitor(VisitForm form, CurrentUser caller, Model model, Locale locale,
            RedirectAttributes redirect) {
        try {
            registration.informAnonymousVisitor(new InformationVisit(form.date(), form.siteId() == null ? null
                    : new SiteId(form.siteId()), Sex.parse(form.sex()).orElse(null), form.ageBand(), form.referral(),
                    form.minutes(), form.notes()), caller, locale);
            redirect.addFlashAttribute("flash", "pathway.visit.registered");
            return "redirect:/information-visits/new";
        } catch (InvalidInputException e) {
            model.addAttribute("errors", invalid(e, locale));
        } catch (RuleViolationException e) {
            Map<String, List<String>> errors = new LinkedHashMap<>();
            List<ViolationLine> lines = new ArrayList<>();
            violations(e.violations(), "", errors, lines, locale);
            model.addAttribute("errors", errors);
            model.addAttribute("violations", lines);
        }
        model.addAttribute("form", form);
        return newVisit(caller, model);
    }

    // --- group sessions ------------------------------------------------------------------------------

    /** @param participants the codici fiscali of the participants, one a line */
    record GroupForm(ServiceCode service, DeliveryMode mode, @DateTimeFormat(iso = ISO.DATE) LocalDate date,
            Integer minutes, UUID siteId, String participants, String notes, Outcome pactOutcome,
            Boolean interviewReferral, Boolean jobPlacement) {

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

        List<String> participantLines() {
            return participants == null ? List.of() : participants.lines().map(String::strip)
                    .filter(line -> !line.isEmpty()).toList();
        }
    }

    @GetMapping("/group-sessions/new")
    String newGroupSession(CurrentUser caller, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new GroupForm(null, DeliveryMode.GROUP, LocalDate.now(clock), null, null, null,
                    null, null, false, false));
        }
        common(caller, model);
        model.addAttribute("services", GROUP_SERVICES.stream().sorted().toList());
        model.addAttribute("modes", DeliveryMode.values());
        model.addAttribute("outcomes", Outcome.values());
        return "pathway/group-session";
    }

    @PostMapping("/group-sessions")
    String registerGroupSession(GroupForm form, CurrentUser caller, Model model, Locale locale,
            RedirectAttributes redirect) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        // The page names participants by codice fiscale, the service by id: each line must be a person of the
        // caller's organisation (the same search the operator uses).
        Map<PersonId, PersonSummary> participants = new LinkedHashMap<>();
        for (String line : form.participantLines()) {
            List<PersonSummary> found = persons.search(line, null, caller);
            if (found.isEmpty()) {
                errors.computeIfAbsent("participants", k -> new ArrayList<>()).add(messages.getMessage(
                        "pathway.group.unknown-participant", new Object[] {line}, locale));
            } else {
                participants.putIfAbsent(found.get(0).id(), found.get(0));
            }
        }
        if (errors.isEmpty()) {
            try {
                registration.registerGroupSession(new GroupSessionRequest(form.service(), form.mode(), form.date(),
                        form.minutes(), form.siteId() == null ? null : new SiteId(form.siteId()), form.notes(),
                        Set.of(), form.outputs(), List.copyOf(participants.keySet())), caller, locale);
                redirect.addFlashAttribute("flash", "pathway.group.registered");
                redirect.addFlashAttribute("registeredCount", participants.size());
                return "redirect:/group-sessions/new";
            } catch (InvalidInputException e) {
                errors.putAll(invalid(e, locale));
            } catch (RuleViolationException e) {
                List<ViolationLine> lines = new ArrayList<>();
                violations(e.violations(), "", errors, lines, locale);
                model.addAttribute("violations", lines);
            } catch (GroupSessionViolationException e) {
                List<ViolationLine> lines = new ArrayList<>();
                for (Map.Entry<PersonId, Verdict> refused : e.inOrder()) {
                    PersonSummary person = participants.get(refused.getKey());
                    String who = person == null ? refused.getKey().toString()
                            : person.fiscalCode() + " (" + person.fullName() + ")";
                    violations(refused.getValue().violations(), who + ": ", errors, lines, locale);
                    // A refusal tied to no field of the form is about the participant: shown next to the list.
                    refused.getValue().violations().stream().filter(violation -> violation.field()
                            .map(field -> !GROUP_FIELDS.contains(PathwayPagesController.formField(field.fieldName())))
                            .orElse(true))
                            .forEach(violation -> errors.computeIfAbsent("participants", k -> new ArrayList<>())
                                    .add(who + ": " + violation.message()));
                }
                model.addAttribute("violations", lines);
            }
        }
        model.addAttribute("errors", errors);
        model.addAttribute("form", form);
        return newGroupSession(caller, model);
    }

    static final Set<String> GROUP_FIELDS = Set.of("service", "mode", "date", "minutes", "siteId", "notes", "outputs",
            "pactOutcome");

    // --- helpers -------------------------------------------------------------------------------------

    private void common(CurrentUser caller, Model model) {
        List<Site> sites = overviews.sitesOf(caller);
        model.addAttribute("activeNav", "persons");
        model.addAttribute("sites", sites);
        model.addAttribute("today", LocalDate.now(clock));
    }

    /** Each violation in the form-level list and, when it names a field of the form, next to the field. */
    private void violations(List<Violation> violations, String prefix, Map<String, List<String>> errors,
            List<ViolationLine> lines, Locale locale) {
        for (Violation violation : violations) {
            violation.field().map(field -> PathwayPagesController.formField(field.fieldName()))
                    .ifPresent(field -> errors.computeIfAbsent(field, k -> new ArrayList<>())
                            .add(prefix + violation.message()));
            String service = violation.source().service().map(ServiceCode::dotted).orElse("");
            String version = violation.source().catalogueVersion().orElse("");
            lines.add(new ViolationLine(prefix + violation.message(), messages.getMessage("pathway.violation.source",
                    new Object[] {service, violation.source().field(), version}, locale)));
        }
    }

    private Map<String, List<String>> invalid(InvalidInputException e, Locale locale) {
        return new FormErrors(messages, locale).add(e, PathwayPagesController::formField).asMap();
    }
}
