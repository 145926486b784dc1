package it.retelavoro.network.web;

import it.retelavoro.network.NetworkManagement;
import it.retelavoro.network.Organisation;
import it.retelavoro.network.OrganisationNotices;
import it.retelavoro.network.Site;
import it.retelavoro.network.UserAccount;
import it.retelavoro.reference.Comuni;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.OrganisationId;
import it.retelavoro.shared.Role;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page shows each role its part of the network: an operator their organisation, its sites and
 * colleagues, and the notices other organisations' acts left it (a person taken over on their choice); an administrator or an analyst the whole network.
 */
@Controller
class HomeController {

    private final NetworkManagement network;
    private final Comuni comuni;
    private final OrganisationNotices notices;

    HomeController(NetworkManagement network, Comuni comuni, OrganisationNotices notices) {
        this.network = network;
        this.comuni = comuni;
        this.notices = notices;
    }

    @GetMapping("/")
    String home(CurrentUser caller, Model model) {
        model.addAttribute("activeNav", "home");
        model.addAttribute("comuni", comuni);
        if (caller.role() == Role.OPERATOR) {
            Organisation organisation = network.organisation(caller.organisationId(), caller);
            List<Site> sites = network.sites(organisation.id(), caller);
            model.addAttribute("organisation", organisation);
            model.addAttribute("sites", sites);
            model.addAttribute("siteNames", sites.stream()
                    .collect(Collectors.toMap(site -> site.id(), Site::name)));
            model.addAttribute("colleagues", network.usersOf(organisation.id(), caller));
            model.addAttribute("me", network.findUserByUsername(caller.username()).orElseThrow());
            model.addAttribute("notices", notices.latest(caller));
            return "home-operator";
        }
        List<Organisation> organisations = network.organisations(caller);
        Map<OrganisationId, List<Site>> sitesByOrganisation = network.allSites(caller).stream()
                .collect(Collectors.groupingBy(Site::organisationId));
        Map<OrganisationId, Long> usersByOrganisation = network.users(caller).stream()
                .collect(Collectors.groupingBy(UserAccount::organisationId, Collectors.counting()));
        model.addAttribute("organisations", organisations);
        model.addAttribute("sitesByOrganisation", sitesByOrganisation);
        model.addAttribute("siteCount", sitesByOrganisation.values().stream().mapToInt(List::size).sum());
        model.addAttribute("usersByOrganisation", usersByOrganisation);
        model.addAttribute("organisationsById", organisations.stream()
                .collect(Collectors.toMap(Organisation::id, Function.identity())));
        return "home-network";
    }
}
