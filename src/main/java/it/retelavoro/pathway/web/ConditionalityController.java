package it.retelavoro.pathway.web;

import it.retelavoro.pathway.ConditionalityMeasure;
import it.retelavoro.pathway.ConditionalityMeasureId;
import it.retelavoro.pathway.ConditionalityMeasures;
import it.retelavoro.person.PersonDirectory;
import it.retelavoro.person.PersonId;
import it.retelavoro.shared.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Condizionalità on the pages and in the API: the person's measures on their pathway, the CPI's list of measures
 * to confirm, the confirmation, and the communication to INPS as PDF and, for the regional transmission, as CSV.
 */
@Controller
class ConditionalityController {

    private final ConditionalityMeasures measures;
    private final InpsCommunications inps;
    private final PersonDirectory persons;
    private final ZoneId zone;
    private final Clock clock;

    ConditionalityController(ConditionalityMeasures measures, InpsCommunications inps, PersonDirectory persons,
            Clock clock) {
        this.measures = measures;
        this.inps = inps;
        this.persons = persons;
        this.zone = clock.getZone();
        this.clock = clock;
    }

    @GetMapping("/persons/{id}/pathway/conditionality")
    String person(@PathVariable UUID id, CurrentUser caller, Model model) {
        model.addAttribute("activeNav", "persons");
        model.addAttribute("personId", id);
        model.addAttribute("measures", measures.ofPerson(new PersonId(id), caller));
        model.addAttribute("personName", persons.requireInCharge(new PersonId(id), caller).fullName());
        model.addAttribute("rules", measures.rulesOn(LocalDate.now(clock)));
        model.addAttribute("zone", zone);
        return "pathway/conditionality";
    }

    @GetMapping("/conditionality")
    String proposed(CurrentUser caller, Model model) {
        model.addAttribute("activeNav", "conditionality");
        model.addAttribute("proposed", measures.proposed(caller));
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("monthStart", today.withDayOfMonth(1));
        model.addAttribute("today", today);
        return "pathway/conditionality-list";
    }

    @PostMapping("/conditionality/{id}/confirmation")
    String confirm(@PathVariable UUID id, @RequestParam(required = false) String back, CurrentUser caller,
            Locale locale, RedirectAttributes redirect) {
        ConditionalityMeasure confirmed = measures.confirm(new ConditionalityMeasureId(id), caller, locale);
        redirect.addFlashAttribute("flash", confirmed.endsBenefit() ? "pathway.conditionality.confirmed-loss"
                : "pathway.conditionality.confirmed");
        return "person".equals(back) ? "redirect:/persons/" + confirmed.personId() + "/pathway/conditionality"
                : "redirect:/conditionality";
    }

    @GetMapping("/conditionality/{id}/inps.pdf")
    ResponseEntity<byte[]> inpsPdf(@PathVariable UUID id, CurrentUser caller, Locale locale) {
        return inps.pdf(id, caller, locale);
    }

    @GetMapping("/conditionality/inps.csv")
    ResponseEntity<byte[]> inpsCsv(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, CurrentUser caller) {
        return inps.csv(from, to, caller);
    }
}
