package it.retelavoro.audit.web;

import it.retelavoro.audit.AuditEntry;
import it.retelavoro.audit.AuditTrail;
import it.retelavoro.shared.CurrentUser;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The administrator's view of the audit trail, as a page (the JSON is {@link AuditApiController}'s). */
@Controller
class AuditController {

    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/admin/audit")
    String page(@RequestParam(required = false) String username, @RequestParam(required = false) String objectType,
            @RequestParam(required = false) String objectId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long before, CurrentUser caller, Model model) {
        AuditTrail.Filter filter = new AuditTrail.Filter(username, objectType, objectId, from, to, before);
        List<AuditEntry> entries = trail.search(filter, caller);
        model.addAttribute("activeNav", "admin-audit");
        model.addAttribute("filter", filter);
        model.addAttribute("entries", entries);
        model.addAttribute("nextBefore", entries.size() == AuditTrail.PAGE_SIZE ? entries.get(entries.size() - 1).id()
                : null);
        return "admin/audit";
    }
}
