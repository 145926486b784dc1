package it.retelavoro.agenda.web;

import it.retelavoro.agenda.AppointmentId;
import it.retelavoro.agenda.BatchConvocations;
import it.retelavoro.agenda.ConvocationChannel;
import it.retelavoro.network.NetworkManagement;
import it.retelavoro.network.Site;
import it.retelavoro.person.PersonId;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.InvalidInputException;
import it.retelavoro.shared.PageForms;
import it.retelavoro.shared.SiteId;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Convoking the persons chosen on the worklist of DIDs to convene, at once: into the first free individual slots
 * of a site, or into a group session; then the list of who was convoked when, with each letter to print.
 */
@Controller
class BatchConvocationPagesController {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final BatchConvocations batches;
    private final NetworkManagement network;
    private final PageForms forms;
    private final Clock clock;
    private final ZoneId zone;

    BatchConvocationPagesController(BatchConvocations batches, NetworkManagement network, PageForms forms,
            Clock clock) {
        this.batches = batches;
        this.network = network;
        this.forms = forms;
        this.clock = clock;
        this.zone = clock.getZone();
    }

    record BatchForm(List<UUID> personId, List<UUID> benefit, String mode, UUID siteId,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from, UUID groupSession, String channel) {

        public List<UUID> persons() {
            return personId == null ? List.of() : personId;
        }

        public boolean benefitOf(UUID person) {
            return benefit != null && benefit.contains(person);
        }

        public boolean group() {
            return "group".equals(mode);
        }
    }

    /** A person convoked, as the page after the batch lists them. */
    record Done(UUID personId, String name, String when, String site, String channelKey, UUID convocationId)
            implements Serializable {
    }

    @GetMapping("/agenda/convocations/batch")
    String page(@RequestParam(name = "personId", required = false) List<UUID> personIds, CurrentUser caller,
            Model model) {
        BatchForm form = new BatchForm(personIds, null, "slots", null, LocalDate.now(clock).plusDays(1), null,
                "EMAIL");
        return show(form, caller, model, true);
    }

    private String show(BatchForm form, CurrentUser caller, Model model, boolean suggestBenefit) {
        if (form.persons().isEmpty()) {
            return "redirect:/desk/did-convocations";
        }
        List<BatchConvocations.Candidate> candidates = batches.candidates(form.persons().stream().map(PersonId::new)
                .toList(), caller);
        List<Site> sites = network.sitesOf(caller.organisationId());
        model.addAttribute("activeNav", "agenda");
        model.addAttribute("candidates", candidates);
        model.addAttribute("benefit", candidates.stream().collect(Collectors.toMap(c -> c.person().id().value(),
                c -> suggestBenefit ? c.benefitSuggested() : form.benefitOf(c.person().id().value()))));
        model.addAttribute("sites", sites.stream().collect(Collectors.toMap(site -> site.id().value(), Site::name,
                (a, b) -> a, LinkedHashMap::new)));
        Map<UUID, String> siteNames = sites.stream().collect(Collectors.toMap(site -> site.id().value(), Site::name));
        model.addAttribute("sessions", batches.openGroupSessions(caller).stream().collect(Collectors.toMap(
                session -> session.id().value(),
                session -> siteNames.getOrDefault(session.siteId().value(), "") + " – "
                        + WHEN.format(session.startsAt().atZone(zone)) + " – " + session.type() + " ("
                        + (session.capacity().orElse(0) - session.participants().size()) + ")",
                (a, b) -> a, LinkedHashMap::new)));
        model.addAttribute("channels", List.of(ConvocationChannel.EMAIL, ConvocationChannel.LETTER));
        model.addAttribute("batchForm", form);
        model.addAttribute("searchDays", BatchConvocations.SEARCH_DAYS);
        return "agenda/batch";
    }

    @PostMapping("/agenda/convocations/batch")
    String convoke(BatchForm form, CurrentUser caller, Model model, Locale locale, RedirectAttributes redirect) {
        return forms.form("batch", form, model, locale).submit(() -> {
            if (form.group() && form.groupSession() == null) {
                throw InvalidInputException.of("groupSession", "validation.required");
            }
            ConvocationChannel channel = "LETTER".equals(form.channel()) ? ConvocationChannel.LETTER
                    : ConvocationChannel.EMAIL;
            List<BatchConvocations.Convokee> convokees = form.persons().stream()
                    .map(id -> new BatchConvocations.Convokee(new PersonId(id), form.benefitOf(id))).toList();
            var done = batches.convokeAll(new BatchConvocations.Batch(
                    form.siteId() == null ? null : new SiteId(form.siteId()), "A2", form.from(),
                    form.group() ? new AppointmentId(form.groupSession()) : null, channel, convokees), locale,
                    caller);
            Map<UUID, String> siteNames = network.sitesOf(caller.organisationId()).stream()
                    .collect(Collectors.toMap(site -> site.id().value(), Site::name, (a, b) -> a));
            redirect.addFlashAttribute("done", done.stream().map(c -> new Done(c.person().id().value(),
                    c.person().lastName() + " " + c.person().firstName(),
                    WHEN.format(c.appointment().startsAt().atZone(zone)),
                    siteNames.getOrDefault(c.appointment().siteId().value(), ""),
                    c.convocation().channel().labelKey(), c.convocation().id().value())).toList());
            return "redirect:/agenda/convocations/batch/done";
        }, () -> show(form, caller, model, false));
    }

    @GetMapping("/agenda/convocations/batch/done")
    String done(Model model) {
        if (!model.containsAttribute("done")) {
            return "redirect:/desk/did-convocations";
        }
        model.addAttribute("activeNav", "agenda");
        return "agenda/batch-done";
    }
}
