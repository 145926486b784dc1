package it.retelavoro.employer.web;

import it.retelavoro.catalogue.DeliveryMode;
import it.retelavoro.catalogue.RuleViolationException;
import it.retelavoro.catalogue.ServiceCode;
import it.retelavoro.employer.ConsultingTopic;
import it.retelavoro.employer.DeliveryPlace;
import it.retelavoro.employer.EmployerFile;
import it.retelavoro.employer.EmployerId;
import it.retelavoro.employer.EmployerCancellations;
import it.retelavoro.employer.EmployerDeliveries;
import it.retelavoro.employer.EmployerDeliveryId;
import it.retelavoro.employer.EmployerDirectory;
import it.retelavoro.employer.CompanyPacts;
import it.retelavoro.employer.OccupationCodes;
import it.retelavoro.employer.PactOutcome;
import it.retelavoro.employer.Vacancy;
import it.retelavoro.network.NetworkManagement;
import it.retelavoro.network.Site;
import it.retelavoro.network.UserAccount;
import it.retelavoro.reference.AtecoClassification;
import it.retelavoro.reference.Comuni;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.FormErrors;
import it.retelavoro.shared.PageForms;
import it.retelavoro.shared.SiteId;
import it.retelavoro.shared.UserId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The company page (record, Patto, action plan, services delivered with the form to register one, vacancies)
 * and the Patto as PDF.
 */
@Controller
class EmployerPageController {

    private static final List<ServiceCode> SERVICES = List.of(ServiceCode.B1, ServiceCode.B2, ServiceCode.B3,
            ServiceCode.B4);
    private static final List<ServiceCode> PLANNABLE = List.of(ServiceCode.B3, ServiceCode.B4);

    private final EmployerDeliveries deliveries;
    private final EmployerCancellations cancellations;
    private final EmployerDirectory employers;
    private final CompanyPacts companyPacts;
    private final NetworkManagement network;
    private final Comuni comuni;
    private final AtecoClassification ateco;
    private final OccupationCodes occupations;
    private final PactPdf pactPdf;
    private final PageForms forms;
    private final MessageSource messages;
    private final Clock clock;

    EmployerPageController(EmployerDeliveries deliveries, EmployerCancellations cancellations,
            EmployerDirectory employers, CompanyPacts companyPacts, NetworkManagement network, Comuni comuni,
            AtecoClassification ateco, OccupationCodes occupations, PactPdf pactPdf, PageForms forms,
            MessageSource messages, Clock clock) {
        this.deliveries = deliveries;
        this.cancellations = cancellations;
        this.employers = employers;
        this.companyPacts = companyPacts;
        this.network = network;
        this.comuni = comuni;
        this.ateco = ateco;
        this.occupations = occupations;
        this.pactPdf = pactPdf;
        this.forms = forms;
        this.messages = messages;
        this.clock = clock;
    }

    /** The reference data of the page and of its delivery form. */
    @ModelAttribute
    void referenceData(Model model, Locale locale) {
        model.addAttribute("activeNav", EmployerRegistrationPagesController.NAV);
        model.addAttribute("comuni", comuni);
        model.addAttribute("ateco", ateco);
        model.addAttribute("occupations", occupations);
        model.addAttribute("services", serviceNames(SERVICES, locale));
        model.addAttribute("plannableServices", serviceNames(PLANNABLE, locale));
        model.addAttribute("modes", DeliveryMode.values());
        model.addAttribute("places", DeliveryPlace.values());
        model.addAttribute("pactOutcomes", PactOutcome.values());
        model.addAttribute("topics", ConsultingTopic.values());
    }

    private Map<ServiceCode, String> serviceNames(List<ServiceCode> services, Locale locale) {
        Map<ServiceCode, String> names = new LinkedHashMap<>();
        services.forEach(service -> names.put(service,
                messages.getMessage("catalogue.service." + service + ".name", null, locale)));
        return names;
    }

    @GetMapping("/employers/{id}")
    String employer(@PathVariable UUID id, CurrentUser caller, Model model) {
        EmployerFile file = employers.employerFile(new EmployerId(id), caller);
        if (!model.containsAttribute("deliveryForm")) {
            model.addAttribute("deliveryForm", DeliveryForm.empty(LocalDate.now(clock)));
        }
        List<Site> mySites = network.sites(caller.organisationId(), caller);
        Map<UUID, String> siteNames = new LinkedHashMap<>();
        mySites.forEach(site -> siteNames.put(site.id().value(), site.name()));
        Map<UUID, String> mySiteNames = new LinkedHashMap<>(siteNames);
        file.deliveries().forEach(d -> siteNames.computeIfAbsent(d.siteId().value(),
                key -> network.findSite(new SiteId(key)).map(Site::name).orElse("")));
        Map<UUID, String> operatorNames = new LinkedHashMap<>();
        file.deliveries().forEach(d -> operatorNames.computeIfAbsent(d.operatorId().value(),
                key -> network.findUser(new UserId(key)).map(UserAccount::fullName).orElse("")));
        Map<UUID, String> vacancyTitles = file.vacancies().stream()
                .collect(Collectors.toMap(v -> v.id().value(), Vacancy::title, (a, b) -> a, LinkedHashMap::new));
        model.addAttribute("file", file);
        model.addAttribute("employer", file.employer());
        model.addAttribute("pact", file.signedPact().or(file::latestPact).orElse(null));
        model.addAttribute("servedBy", network.findOrganisation(file.employer().organisationId())
                .map(o -> o.name()).orElse(""));
        model.addAttribute("sites", mySiteNames);
        model.addAttribute("siteNames", siteNames);
        model.addAttribute("operatorNames", operatorNames);
        model.addAttribute("vacancyTitles", vacancyTitles);
        return "employer/employer";
    }

    @PostMapping("/employers/{id}/deliveries")
    String deliver(@PathVariable UUID id, DeliveryForm form, BindingResult binding, CurrentUser caller, Model model,
            Locale locale, RedirectAttributes redirect) {
        return forms.form("delivery", form, model, locale).binding(binding)
                .fieldNames(form::fieldOf)
                .refusing(RuleViolationException.class, (e, errors) -> e.violations().forEach(violation ->
                        errors.addText(violation.field().map(f -> form.fieldOf(f.fieldName())).orElse(FormErrors.GLOBAL),
                                violation.message())))
                .submit(() -> {
                    deliveries.deliver(new EmployerId(id), form.toCommand(), caller, locale);
                    redirect.addFlashAttribute("flash", "employer.delivery.registered");
                    return "redirect:/employers/" + id + "#deliveries";
                }, () -> employer(id, caller, model));
    }

    /** The reason typed, and the delivery it is for (its form opens again on a refusal). */
    record CancellationForm(UUID actId, String reason) {
    }

    @PostMapping("/employers/{id}/deliveries/{deliveryId}/cancellation")
    String cancel(@PathVariable UUID id, @PathVariable UUID deliveryId, CancellationForm form, CurrentUser caller,
            Model model, Locale locale, RedirectAttributes redirect) {
        return forms.form("cancellation", new CancellationForm(deliveryId, form.reason()), model, locale)
                .refusing(RuleViolationException.class, (e, errors) -> e.violations()
                        .forEach(violation -> errors.addText(FormErrors.GLOBAL, violation.message())))
                .submit(() -> {
                    cancellations.cancel(new EmployerDeliveryId(deliveryId), form.reason(), caller, locale);
                    redirect.addFlashAttribute("flash", "employer.cancellation.done");
                    return "redirect:/employers/" + id + "#deliveries";
                }, () -> employer(id, caller, model));
    }

    @GetMapping("/employers/{id}/pact.pdf")
    ResponseEntity<byte[]> pactPdf(@PathVariable UUID id, CurrentUser caller, Locale locale) {
        return EmployerApiController.pdf(pactPdf.render(companyPacts.pactToPrint(new EmployerId(id), caller), locale),
                id);
    }
}
