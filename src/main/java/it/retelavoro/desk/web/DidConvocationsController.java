package it.retelavoro.desk.web;

import it.retelavoro.desk.DidsToConvene;
import it.retelavoro.desk.Paging;
import it.retelavoro.shared.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "DID da convocare" (issue 15, point 2): a CPI's DIDs made on the national portal whose person it must convene
 * for the Patto, nearest deadline first, a page at a time, and the whole list as CSV.
 */
@Controller
class DidConvocationsController {

    private final DidsToConvene dids;
    private final CaseloadCsv csv;

    DidConvocationsController(DidsToConvene dids, CaseloadCsv csv) {
        this.dids = dids;
        this.csv = csv;
    }

    @GetMapping("/desk/did-convocations")
    String page(@RequestParam(required = false) Integer page, CurrentUser caller, Model model,
            HttpServletRequest request) {
        Paging paging = Paging.of(page, 50, null, Map.of(), "deadline");
        model.addAttribute("activeNav", "home");
        model.addAttribute("list", dids.page(paging, caller));
        model.addAttribute("links", new ListLinks("/desk/did-convocations", request.getQueryString(), paging));
        model.addAttribute("convocationDays", dids.convocationDays());
        model.addAttribute("selectable", true);
        return "desk/did-convocations";
    }

    @GetMapping("/desk/did-convocations.csv")
    void csv(CurrentUser caller, Locale locale, HttpServletResponse response) throws IOException {
        csv.didsToConvene(caller, locale, response);
    }
}
