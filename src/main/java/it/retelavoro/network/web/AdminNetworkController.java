package it.retelavoro.network.web;

import it.retelavoro.catalogue.Competence;
import it.retelavoro.catalogue.LanguageCodes;
import it.retelavoro.catalogue.SiteFeature;
import it.retelavoro.network.NetworkCommands.NewOrganisation;
import it.retelavoro.network.NetworkCommands.NewUser;
import it.retelavoro.network.NetworkCommands.SiteDetails;
import it.retelavoro.network.NetworkCommands.UserAssignment;
import it.retelavoro.network.NetworkManagement;
import it.retelavoro.network.Organisation;
import it.retelavoro.network.Site;
import it.retelavoro.network.SiteContacts;
import it.retelavoro.network.OperatorIdentities;
import it.retelavoro.network.Supervisors;
import it.retelavoro.network.UserAccount;
import it.retelavoro.reference.Comuni;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.FormErrors;
import it.retelavoro.shared.OrganisationId;
import it.retelavoro.shared.OrganisationKind;
import it.retelavoro.shared.PageForms;
import it.retelavoro.shared.Role;
import it.retelavoro.shared.SiteId;
import it.retelavoro.shared.UserId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's pages for organisations, sites and operators. */
@Controller
@RequestMapping("/admin")
class AdminNetworkController {

    private final NetworkManagement network;
    private final Comuni comuni;
    private final PageForms forms;
    private final Supervisors supervisors;
    private final OperatorIdentities identities;

    AdminNetworkController(NetworkManagement network, Comuni comuni, PageForms forms, Supervisors supervisors,
            OperatorIdentities identities) {
        this.identities = identities;
        this.network = network;
        this.comuni = comuni;
        this.forms = forms;
        this.supervisors = supervisors;
    }

    @GetMapping("/network")
    String network(CurrentUser caller, Model model) {
        if (!model.containsAttribute("organisationForm")) {
            model.addAttribute("organisationForm", new OrganisationForm(null, null, null, null));
        }
        model.addAttribute("activeNav", "admin-network");
        model.addAttribute("organisations", network.organisations(caller));
        model.addAttribute("kinds", OrganisationKind.values());
        return "admin/network";
    }

    @PostMapping("/organisations")
    String createOrganisation(OrganisationForm form, CurrentUser caller, Model model, Locale locale,
            RedirectAttributes redirect) {
        return forms.form("organisation", form, model, locale).submit(() -> {
            Organisation organisation = network.registerOrganisation(
                    new NewOrganisation(form.name(), form.kind(), form.fiscalCode(), form.accreditationReference()),
                    caller);
            redirect.addFlashAttribute("flash", "admin.organisation.created");
            return "redirect:/admin/organisations/" + organisation.id();
        }, () -> network(caller, model));
    }

    @GetMapping("/organisations/{id}")
    String organisation(@PathVariable UUID id, CurrentUser caller, Model model) {
        Organisation organisation = network.organisation(new OrganisationId(id), caller);
        List<Site> sites = network.sites(organisation.id(), caller);
        model.addAttribute("activeNav", "admin-network");
        model.addAttribute("organisation", organisation);
        model.addAttribute("sites", sites);
        model.addAttribute("siteNames", sites.stream().collect(Collectors.toMap(Site::id, Site::name)));
        model.addAttribute("users", network.usersOf(organisation.id(), caller));
        model.addAttribute("comuni", comuni);
        model.addAttribute("features", SiteFeature.values());
        model.addAttribute("competences", Competence.values());
        model.addAttribute("roles", organisation.kind().deliversServices() ? List.of(Role.OPERATOR)
                : List.of(Role.ADMIN, Role.ANALYST, Role.INTEGRATION));
        if (!model.containsAttribute("siteForm")) {
            model.addAttribute("siteForm", new SiteForm(null, null, null, Set.of(), null, null, null, null));
        }
        if (!model.containsAttribute("userForm")) {
            model.addAttribute("userForm", new UserForm(null, null, null, null, null, Set.of(), Set.of(), null));
        }
        return "admin/organisation";
    }

    @PostMapping("/organisations/{id}/sites")
    String createSite(@PathVariable UUID id, SiteForm form, CurrentUser caller, Model model, Locale locale,
            RedirectAttributes redirect) {
        return forms.form("site", form, model, locale).submit(() -> {
            network.openSite(new OrganisationId(id), form.toDetails(), caller);
            redirect.addFlashAttribute("flash", "admin.site.created");
            return "redirect:/admin/organisations/" + id;
        }, () -> organisation(id, caller, model));
    }

    @GetMapping("/sites/{id}")
    String site(@PathVariable UUID id, CurrentUser caller, Model model) {
        Site site = network.site(new SiteId(id), caller);
        if (!model.containsAttribute("siteForm")) {
            model.addAttribute("siteForm", new SiteForm(site.name(), site.address(), site.comuneCode(),
                    site.features(), site.version(), site.contacts().openingHours(), site.contacts().phone(),
                    site.contacts().email()));
        }
        model.addAttribute("activeNav", "admin-network");
        model.addAttribute("site", site);
        model.addAttribute("organisation", network.organisation(site.organisationId(), caller));
        model.addAttribute("features", SiteFeature.values());
        model.addAttribute("comuni", comuni);
        return "admin/site";
    }

    @PostMapping("/sites/{id}")
    String changeSite(@PathVariable UUID id, SiteForm form, CurrentUser caller, Model model, Locale locale,
            RedirectAttributes redirect) {
        // A stale version shows the site as it is now, with its current version, and the conflict above it.
        boolean[] stale = {false};
        return forms.form("site", form, model, locale)
                .refusing(OptimisticLockingFailureException.class, (e, errors) -> {
                    stale[0] = true;
                    errors.add(FormErrors.GLOBAL, "problem.concurrent-modification.detail");
                })
                .submit(() -> {
                    Site site = network.changeSite(new SiteId(id), form.toDetails(),
                            form.version() == null ? -1 : form.version(), caller);
                    redirect.addFlashAttribute("flash", "admin.site.saved");
                    return "redirect:/admin/organisations/" + site.organisationId();
                }, () -> {
                    if (stale[0]) {
                        model.asMap().remove("siteForm");
                    }
                    return site(id, caller, model);
                });
    }

    @PostMapping("/organisations/{id}/users")
    String createUser(@PathVariable UUID id, UserForm form, CurrentUser caller, Model model, Locale locale,
            RedirectAttributes redirect) {
        return forms.form("user", form.withoutPassword(), model, locale).submit(() -> {
            network.createUser(new NewUser(form.username(), form.password(), form.fullName(), form.email(),
                    form.role(), new OrganisationId(id),
                    form.siteIds().stream().map(SiteId::new).collect(Collectors.toSet()), form.competences(),
                    LanguageCodes.parse(form.languages())), caller);
            redirect.addFlashAttribute("flash", "admin.user.created");
            return "redirect:/admin/organisations/" + id;
        }, () -> organisation(id, caller, model));
    }

    @GetMapping("/users/{id}")
    String user(@PathVariable UUID id, CurrentUser caller, Model model) {
        UserAccount user = network.user(new UserId(id), caller);
        model.addAttribute("activeNav", "admin-network");
        model.addAttribute("user", user);
        model.addAttribute("organisation", network.organisation(user.organisationId(), caller));
        model.addAttribute("sites", network.sites(user.organisationId(), caller));
        model.addAttribute("competences", Competence.values());
        return "admin/user";
    }

    @PostMapping("/users/{id}")
    String assignUser(@PathVariable UUID id, @RequestParam(required = false) Set<UUID> siteIds,
            @RequestParam(required = false) Set<Competence> competences,
            @RequestParam(defaultValue = "false") boolean enabled, @RequestParam(required = false) String languages,
            @RequestParam int version, CurrentUser caller,
            Model model, Locale locale, RedirectAttributes redirect) {
        return forms.form("assignment", null, model, locale)
                .refusing(OptimisticLockingFailureException.class,
                        (e, errors) -> errors.add(FormErrors.GLOBAL, "problem.concurrent-modification.detail"))
                .submit(() -> {
                    UserAccount user = network.assignUser(new UserId(id), new UserAssignment(
                            siteIds == null ? Set.of() : siteIds.stream().map(SiteId::new).collect(Collectors.toSet()),
                            competences == null ? Set.of() : competences, enabled, LanguageCodes.parse(languages)),
                            version, caller);
                    redirect.addFlashAttribute("flash", "admin.user.saved");
                    return "redirect:/admin/organisations/" + user.organisationId();
                }, () -> user(id, caller, model));
    }

    @PostMapping("/users/{id}/supervisor")
    String designateSupervisor(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean supervisor,
            CurrentUser caller, Model model, Locale locale, RedirectAttributes redirect) {
        return forms.form("supervisor", null, model, locale).submit(() -> {
            supervisors.designate(new UserId(id), supervisor, caller);
            redirect.addFlashAttribute("flash", "admin.user.saved");
            return "redirect:/admin/users/" + id;
        }, () -> user(id, caller, model));
    }

    @PostMapping("/users/{id}/identity-link")
    String linkIdentity(@PathVariable UUID id, @RequestParam(required = false) String identityLink,
            CurrentUser caller, Model model, Locale locale, RedirectAttributes redirect) {
        return forms.form("identityLink", null, model, locale).submit(() -> {
            identities.link(new UserId(id), identityLink, caller);
            redirect.addFlashAttribute("flash", "admin.user.saved");
            return "redirect:/admin/users/" + id;
        }, () -> user(id, caller, model));
    }

    record OrganisationForm(String name, OrganisationKind kind, String fiscalCode, String accreditationReference) {
    }

    /** A site as the form sends it; the page always sends the three contacts, so an empty one clears it. */
    record SiteForm(String name, String address, String comune, Set<SiteFeature> features, Integer version,
            String openingHours, String phone, String email) {
        SiteForm {
            features = features == null ? Set.of() : features;
        }

        SiteDetails toDetails() {
            return new SiteDetails(name, address, comune == null ? null : comune.strip(), features,
                    new SiteContacts(openingHours, phone, email));
        }
    }

    record UserForm(String username, String password, String fullName, String email, Role role, Set<UUID> siteIds,
            Set<Competence> competences, String languages) {
        UserForm {
            siteIds = siteIds == null ? Set.of() : siteIds;
            competences = competences == null ? Set.of() : competences;
        }

        UserForm withoutPassword() {
            return new UserForm(username, null, fullName, email, role, siteIds, competences, languages);
        }
    }
}
