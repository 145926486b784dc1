package it.retelavoro.desk.web;

import it.retelavoro.desk.MenuCounters;
import it.retelavoro.shared.Callers;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.Role;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page of an operator the counters of the menu items {@code Candidature} and {@code Richieste DID}
 * ({@code menuCounts.applications}, {@code menuCounts.didRequests}): two indexed counts, once per page request.
 */
@ControllerAdvice(annotations = Controller.class)
class MenuCountersAdvice {

    private final MenuCounters counters;

    MenuCountersAdvice(MenuCounters counters) {
        this.counters = counters;
    }

    @ModelAttribute("menuCounts")
    Map<String, Long> menuCounts(HttpServletRequest request) {
        CurrentUser caller = Callers.current().orElse(null);
        // the menu is drawn by whole pages only: not by htmx fragments nor by posts (they redirect)
        if (caller == null || caller.role() != Role.OPERATOR || !"GET".equals(request.getMethod())
                || request.getHeader("HX-Request") != null) {
            return null;
        }
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            return null;
        }
        try {
            return Map.of("applications", counters.applicationsToVerify(caller),
                    "didRequests", counters.didRequests(caller));
        } catch (DataAccessException | TransactionException unavailable) {
            // the counters are a convenience: a page (an error page above all) is drawn without them
            return null;
        }
    }
}
