package it.retelavoro.desk.web;

import it.retelavoro.catalogue.ComplexTarget;
import it.retelavoro.desk.ActionsDue;
import it.retelavoro.desk.EmployerCaseload;
import it.retelavoro.desk.Paging;
import it.retelavoro.desk.SortField;
import it.retelavoro.desk.PersonCaseload;
import it.retelavoro.desk.Stage;
import it.retelavoro.person.CaseAssignments;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.FormErrors;
import it.retelavoro.shared.InvalidInputException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The caseload pages ("Persone" and "Imprese" in the menu): the organisation's persons and companies in charge
 * with filters, sorting, paging and the CSV of the filtered list. Plain GET forms, so every state of a list has
 * its own address (back button, bookmarks, links to share).
 */
@Controller
class CaseloadPagesController {

    private final PersonCaseload persons;
    private final EmployerCaseload employers;
    private final CaseAssignments assignments;
    private final CaseloadCsv csv;
    private final MessageSource messages;

    CaseloadPagesController(PersonCaseload persons, EmployerCaseload employers, CaseAssignments assignments,
            CaseloadCsv csv, MessageSource messages) {
        this.persons = persons;
        this.employers = employers;
        this.assignments = assignments;
        this.csv = csv;
        this.messages = messages;
    }

    @GetMapping("/desk/persons")
    String persons(PersonParams params, CurrentUser caller, Model model, Locale locale, HttpServletRequest request) {
        model.addAttribute("activeNav", "persons");
        Paging paging = paging(() -> params.paging(), PersonCaseload.SORTABLE, "lastName", model, locale);
        Set<ComplexTarget> targets = assignments.visibleTargets(caller);
        model.addAttribute("params", params);
        model.addAttribute("list", persons.page(params.filter(caller), paging, caller));
        model.addAttribute("links", new ListLinks("/desk/persons", request.getQueryString(), paging));
        model.addAttribute("today", persons.today());
        model.addAttribute("stages", Stage.values());
        model.addAttribute("actionFilters", ActionsDue.values());
        Map<String, String> operators = new LinkedHashMap<>();
        assignments.assignableOperators(caller).forEach(user -> operators.put(user.id().toString(), user.fullName()));
        model.addAttribute("operators", operators);
        model.addAttribute("targets", targets.isEmpty() ? null : EnumSet.copyOf(targets));
        return "desk/persons";
    }

    @GetMapping("/desk/persons.csv")
    void personsCsv(PersonParams params, CurrentUser caller, Locale locale, HttpServletResponse response)
            throws IOException {
        csv.persons(params.filter(caller), params.paging(), caller, locale, response);
    }

    @GetMapping("/desk/employers")
    String employers(EmployerParams params, CurrentUser caller, Model model, Locale locale,
            HttpServletRequest request) {
        model.addAttribute("activeNav", "employers");
        Paging paging = paging(() -> params.paging(), EmployerCaseload.SORTABLE, "name", model, locale);
        model.addAttribute("params", params);
        model.addAttribute("list", employers.page(params.filter(), paging, caller));
        model.addAttribute("links", new ListLinks("/desk/employers", request.getQueryString(), paging));
        return "desk/employers";
    }

    @GetMapping("/desk/employers.csv")
    void employersCsv(EmployerParams params, CurrentUser caller, Locale locale, HttpServletResponse response)
            throws IOException {
        csv.employers(params.filter(), params.paging(), caller, locale, response);
    }

    /** The paging asked for, or the first page in the default order with the problems shown above the list. */
    private Paging paging(java.util.function.Supplier<Paging> asked, Map<String, SortField> sortable, String field,
            Model model, Locale locale) {
        try {
            return asked.get();
        } catch (InvalidInputException refused) {
            FormErrors errors = new FormErrors(messages, locale);
            errors.add(refused);
            model.addAttribute("pagingErrors", errors.all());
            return Paging.of(null, null, null, sortable, field);
        }
    }
}
