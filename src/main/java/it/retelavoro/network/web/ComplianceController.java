package it.retelavoro.network.web;

import it.retelavoro.catalogue.DeliveryMode;
import it.retelavoro.network.NetworkCompliance;
import it.retelavoro.reference.Comuni;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.OrganisationId;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The compliance page: per organisation, a matrix of its sites against the ten services and a table of
 * its operators against the complex targets. The service decides who may read it (administrators and
 * analysts) and what is met; the page only lays it out.
 */
@Controller
class ComplianceController {

    private final NetworkCompliance compliance;
    private final Comuni comuni;

    ComplianceController(NetworkCompliance compliance, Comuni comuni) {
        this.compliance = compliance;
        this.comuni = comuni;
    }

    @GetMapping("/compliance")
    String compliance(@RequestParam(required = false) UUID organisationId, CurrentUser caller, Model model) {
        Optional<OrganisationId> chosen = Optional.ofNullable(organisationId).map(OrganisationId::new);
        model.addAttribute("report", compliance.report(chosen, Optional.empty(), caller));
        model.addAttribute("organisations", compliance.organisationsToFilter(caller));
        model.addAttribute("selected", organisationId);
        model.addAttribute("modes", DeliveryMode.values());
        model.addAttribute("comuni", comuni);
        model.addAttribute("activeNav", "compliance");
        return "compliance/network";
    }
}
