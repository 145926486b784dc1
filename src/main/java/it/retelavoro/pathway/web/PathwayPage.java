package it.retelavoro.pathway.web;

import it.retelavoro.catalogue.Catalogue;
import it.retelavoro.catalogue.Competence;
import it.retelavoro.catalogue.ServiceForm;
import it.retelavoro.network.NetworkManagement;
import it.retelavoro.network.Site;
import it.retelavoro.pathway.AdvisoryDisclosure.Sources;
import it.retelavoro.pathway.PathwayOverview;
import it.retelavoro.pathway.web.PathwayViews.AdvisoryView;
import it.retelavoro.pathway.DidDeclarations;
import it.retelavoro.pathway.DidEmploymentDecisions;
import it.retelavoro.pathway.DidCertification;
import it.retelavoro.pathway.PathwayOverviews;
import it.retelavoro.person.PersonId;
import it.retelavoro.shared.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The page of a person's pathway ({@code templates/pathway/person.html}): what it shows of the person, as its
 * own address answers it and as every form of it answers a refusal (the page again, the refused form with its
 * problems). The reference data every form lists comes from {@link PathwayPageChoices}.
 */
@Component
class PathwayPage {

    static final String VIEW = "pathway/person";

    private final DidDeclarations declarations;
    private final DidCertification certification;
    private final PathwayOverviews overviews;
    private final Clock clock;
    private final NetworkManagement network;
    private final AdvisoryViews advisories;
    private final DidEmploymentDecisions didEmployment;
    private final Catalogue catalogue;

    PathwayPage(DidDeclarations declarations, DidCertification certification, PathwayOverviews overviews, Clock clock,
            NetworkManagement network, AdvisoryViews advisories, Catalogue catalogue,
            DidEmploymentDecisions didEmployment) {
        this.didEmployment = didEmployment;
        this.catalogue = catalogue;
        this.network = network;
        this.advisories = advisories;
        this.declarations = declarations;
        this.certification = certification;
        this.overviews = overviews;
        this.clock = clock;
    }

    /** The section {@code section} of the pathway of the person {@code id}. */
    String show(UUID id, PathwaySection section, CurrentUser caller, Model model) {
        model.addAttribute(PathwaySection.ATTRIBUTE, section);
        return show(id, caller, model);
    }

    /**
     * The page of the person {@code id}, with what the model already holds of a refused form: the section the model
     * names ({@link PathwaySection#ATTRIBUTE}, the one a form came from), else the whole pathway.
     */
    String show(UUID id, CurrentUser caller, Model model) {
        List<Site> sites = overviews.sitesOf(caller);
        model.addAttribute("activeNav", "persons");
        model.addAttribute("personId", id);
        Object section = model.getAttribute(PathwaySection.ATTRIBUTE);
        model.addAttribute("returnTo", section instanceof PathwaySection shown ? shown.path() : null);
        PathwayOverview overview = overviews.overview(new PersonId(id), caller);
        model.addAttribute("overview", overview);
        Sources sources = advisories.sourcesFor(Optional.of(new PersonId(id)), caller);
        Map<UUID, List<AdvisoryView>> recorded = new HashMap<>();
        overview.deliveries().forEach(delivery -> recorded.put(delivery.id().value(),
                advisories.ofDelivery(delivery, sources, LocaleContextHolder.getLocale())));
        model.addAttribute("recordedAdvisories", recorded);
        model.addAttribute("mediators", mediators(network, caller));
        model.addAttribute("sites", sites);
        model.addAttribute("siteNames", sites.stream().collect(Collectors.toMap(site -> site.id().value(),
                Site::name)));
        model.addAttribute("mayCertify", certification.mayCertifyDid(caller));
        // after the overview, which checked and audited the read of the pathway
        // the changes of the DID are the CPI's: shown to its operators only
        model.addAttribute("didEmploymentChanges", didEmployment.mayDecide(caller)
                ? didEmployment.ofPerson(new PersonId(id)).stream()
                        .filter(change -> caller.belongsTo(change.cpiId())).toList()
                : List.of());
        if (!caller.isCpi()) {
            model.addAttribute("cpis", declarations.cpis());
        }
        if (!model.containsAttribute("deliveryForm")) {
            model.addAttribute("deliveryForm", DeliveryPagesController.DeliveryForm.empty(LocalDate.now(clock)));
        }
        addServiceForm(model);
        return VIEW;
    }

    /**
     * The parts of the delivery form for the service it names ({@code delivery :: parts}), as the service select
     * asks for them once chosen: the form as typed so far and what the parts list of the person's pathway.
     */
    String deliveryParts(UUID id, DeliveryPagesController.DeliveryForm form, CurrentUser caller, Model model) {
        model.addAttribute("personId", id);
        model.addAttribute("overview", overviews.overview(new PersonId(id), caller));
        model.addAttribute("deliveryForm", form);
        model.addAttribute("htmx", true);
        addServiceForm(model);
        return "pathway/forms/delivery :: parts";
    }

    /** What the catalogue's scheda of the chosen service asks of the form (null before a service is chosen). */
    private void addServiceForm(Model model) {
        var form = (DeliveryPagesController.DeliveryForm) model.getAttribute("deliveryForm");
        LocalDate on = form.date() == null ? LocalDate.now(clock) : form.date();
        model.addAttribute("serviceForm", form.service() == null ? null : catalogue.inForceOn(on)
                .or(catalogue::current).map(version -> ServiceForm.of(version.service(form.service()))).orElse(null));
    }

    /** The operators of the caller's organisation a delivery may name as its cultural mediator, id to name. */
    static Map<String, String> mediators(NetworkManagement network, CurrentUser caller) {
        Map<String, String> mediators = new LinkedHashMap<>();
        network.users(caller).stream()
                .filter(user -> caller.belongsTo(user.organisationId()) && user.enabled()
                        && user.competences().contains(Competence.CULTURAL_MEDIATION))
                .forEach(user -> mediators.put(user.id().value().toString(), user.fullName()));
        return mediators;
    }
}
