package it.retelavoro.employer.web;

import it.retelavoro.catalogue.DeliveryMode;
import it.retelavoro.catalogue.RuleViolationException;
import it.retelavoro.catalogue.ServiceCode;
import it.retelavoro.catalogue.Violation;
import it.retelavoro.reference.CefrLevel;
import it.retelavoro.employer.ConsultingTopic;
import it.retelavoro.employer.ContractType;
import it.retelavoro.employer.DeliveryPlace;
import it.retelavoro.reference.DrivingLicence;
import it.retelavoro.employer.Employer;
import it.retelavoro.employer.EmployerCommands;
import it.retelavoro.employer.EmployerCommands.ContactDetails;
import it.retelavoro.employer.EmployerCommands.DeliveryOutputs;
import it.retelavoro.employer.EmployerCommands.EmployerDetails;
import it.retelavoro.employer.EmployerCommands.LanguageRequirement;
import it.retelavoro.employer.EmployerCommands.NewDelivery;
import it.retelavoro.employer.EmployerCommands.NewEmployer;
import it.retelavoro.employer.EmployerCommands.NewVacancy;
import it.retelavoro.employer.EmployerCommands.SiteDetails;
import it.retelavoro.employer.EmployerFile;
import it.retelavoro.employer.EmployerFiscalCode;
import it.retelavoro.employer.EmployerId;
import it.retelavoro.employer.CompanyPacts;
import it.retelavoro.employer.EmployerDeliveries;
import it.retelavoro.employer.EmployerDirectory;
import it.retelavoro.employer.EmployerRegistry;
import it.retelavoro.employer.Vacancies;
import it.retelavoro.employer.VacancyStateChanges;
import it.retelavoro.employer.EmployerSummary;
import it.retelavoro.employer.LegalForm;
import it.retelavoro.employer.OccupationCodes;
import it.retelavoro.employer.PactOutcome;
import it.retelavoro.employer.SizeClass;
import it.retelavoro.employer.Vacancy;
import it.retelavoro.employer.VacancyId;
import it.retelavoro.employer.VacancyState;
import it.retelavoro.network.NetworkManagement;
import it.retelavoro.network.Site;
import it.retelavoro.network.UserAccount;
import it.retelavoro.reference.AtecoClassification;
import it.retelavoro.reference.Comuni;
import it.retelavoro.shared.ConflictException;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.FormErrors;
import it.retelavoro.shared.InvalidInputException;
import it.retelavoro.shared.SiteId;
import it.retelavoro.shared.UserId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The operator's pages of companies: search and registration, the company page (record, Patto, action
 * plan, services delivered with the form to register one, vacancies), and the vacancy pages.
 */
@Controller
class EmployerPagesController {

    private static final String NAV = "employers";

    private final EmployerDirectory employers;
    private final EmployerRegistry employerRegistry;
    private final EmployerDeliveries employerDeliveries;
    private final CompanyPacts companyPacts;
    private final Vacancies vacancyRegistry;
    private final VacancyStateChanges vacancyStates;
    private final NetworkManagement network;
    private final Comuni comuni;
    private final AtecoClassification ateco;
    private final OccupationCodes occupations;
    private final PactPdf pactPdf;
    private final MessageSource messages;
    private final Clock clock;

    EmployerPagesController(EmployerDirectory employers, EmployerRegistry employerRegistry,
            EmployerDeliveries employerDeliveries, CompanyPacts companyPacts, Vacancies vacancyRegistry,
            VacancyStateChanges vacancyStates, NetworkManagement network, Comuni comuni,
            AtecoClassification ateco, OccupationCodes occupations, PactPdf pactPdf, MessageSource messages,
            Clock clock) {
        this.employers = employers;
        this.employerRegistry = employerRegistry;
        this.employerDeliveries = employerDeliveries;
        this.companyPacts = companyPacts;
        this.vacancyRegistry = vacancyRegistry;
        this.vacancyStates = vacancyStates;
        this.network = network;
        this.comuni = comuni;
        this.ateco = ateco;
        this.occupations = occupations;
        this.pactPdf = pactPdf;
        this.messages = messages;
        this.clock = clock;
    }

    // --- search and registration ---------------------------------------------------------------------

    @GetMapping("/employers")
    String search(@RequestParam(required = false) String q, CurrentUser caller, Model model, Locale locale) {
        model.addAttribute("activeNav", NAV);
        model.addAttribute("q", q);
        List<EmployerSummary> found = List.of();
        try {
            if (q == null || q.isBlank()) {
                found = employers.latestOfMyOrganisation(caller, 20);
            } else if (EmployerFiscalCode.isValid(q)) {
                found = employers.searchByFiscalCode(q, caller);
            } else {
                found = employers.searchByName(q, caller);
            }
        } catch (InvalidInputException e) {
            model.addAttribute("searchErrors", errors(e, locale).values().stream().flatMap(List::stream).toList());
        }
        model.addAttribute("found", found);
        model.addAttribute("searched", q != null && !q.isBlank());
        return "employer/search";
    }

    @GetMapping("/employers/new")
    String newEmployer(CurrentUser caller, Model model) {
        if (!model.containsAttribute("employerForm")) {
            model.addAttribute("employerForm", EmployerForm.empty());
        }
        model.addAttribute("activeNav", NAV);
        model.addAttribute("legalForms", LegalForm.values());
        model.addAttribute("sizeClasses", SizeClass.values());
        return "employer/new";
    }

    @PostMapping("/employers")
    String register(EmployerForm form, CurrentUser caller, Model model, Locale locale, RedirectAttributes redirect) {
        try {
            Employer employer = employerRegistry.register(form.toCommand(), caller);
            redirect.addFlashAttribute("flash", "employer.registered");
            return "redirect:/employers/" + employer.id();
        } catch (InvalidInputException e) {
            model.addAttribute("employerForm", form);
            model.addAttribute("errors", errors(e, locale));
            return newEmployer(caller, model);
        } catch (ConflictException e) {
            model.addAttribute("employerForm", form);
            model.addAttribute("errors", Map.of("global", List.of(message(e.messageKey(), e.arguments(), locale))));
            if (e.existingLocation() != null) {
                model.addAttribute("existing", e.existingLocation().replace("/api/v1", ""));
            }
            return newEmployer(caller, model);
        }
    }

    /** Options for the ATECO field, fetched by htmx as the operator types. */
    @GetMapping("/employers/fragments/ateco")
    String atecoOptions(@RequestParam(name = "ateco", required = false) String query, Model model) {
        model.addAttribute("activities", ateco.search(query, 30));
        return "employer/fragments :: ateco-options";
    }

    // --- the company page ----------------------------------------------------------------------------

    @GetMapping("/employers/{id}")
    String employer(@PathVariable UUID id, CurrentUser caller, Model model) {
        EmployerFile file = employers.employerFile(new EmployerId(id), caller);
        if (!model.containsAttribute("deliveryForm")) {
            model.addAttribute("deliveryForm", DeliveryForm.empty(LocalDate.now(clock)));
        }
        List<Site> mySites = network.sites(caller.organisationId(), caller);
        Map<UUID, String> siteNames = new LinkedHashMap<>();
        mySites.forEach(site -> siteNames.put(site.id().value(), site.name()));
        file.deliveries().forEach(d -> siteNames.computeIfAbsent(d.siteId().value(),
                key -> network.findSite(new SiteId(key)).map(Site::name).orElse("")));
        Map<UUID, String> operatorNames = new LinkedHashMap<>();
        file.deliveries().forEach(d -> operatorNames.computeIfAbsent(d.operatorId().value(),
                key -> network.findUser(new UserId(key)).map(UserAccount::fullName).orElse("")));
        Map<UUID, String> vacancyTitles = file.vacancies().stream()
                .collect(Collectors.toMap(v -> v.id().value(), Vacancy::title));
        model.addAttribute("activeNav", NAV);
        model.addAttribute("file", file);
        model.addAttribute("employer", file.employer());
        model.addAttribute("pact", file.signedPact().or(file::latestPact).orElse(null));
        model.addAttribute("comuni", comuni);
        model.addAttribute("ateco", ateco);
        model.addAttribute("occupations", occupations);
        model.addAttribute("servedBy", network.findOrganisation(file.employer().organisationId())
                .map(o -> o.name()).orElse(""));
        model.addAttribute("sites", mySites);
        model.addAttribute("siteNames", siteNames);
        model.addAttribute("operatorNames", operatorNames);
        model.addAttribute("vacancyTitles", vacancyTitles);
        model.addAttribute("services", List.of(ServiceCode.B1, ServiceCode.B2, ServiceCode.B3, ServiceCode.B4));
        model.addAttribute("modes", DeliveryMode.values());
        model.addAttribute("places", DeliveryPlace.values());
        model.addAttribute("pactOutcomes", PactOutcome.values());
        model.addAttribute("topics", ConsultingTopic.values());
        model.addAttribute("plannableServices", List.of(ServiceCode.B3, ServiceCode.B4));
        return "employer/employer";
    }

    @PostMapping("/employers/{id}/deliveries")
    String deliver(@PathVariable UUID id, DeliveryForm form, BindingResult binding, CurrentUser caller, Model model,
            Locale locale, RedirectAttributes redirect) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        if (binding.hasErrors()) {
            binding.getFieldErrors().forEach(error -> errors.computeIfAbsent(error.getField(), k -> new ArrayList<>())
                    .add(message("validation.format", List.of(), locale)));
        } else {
            try {
                employerDeliveries.deliver(new EmployerId(id), form.toCommand(), caller, locale);
                redirect.addFlashAttribute("flash", "employer.delivery.registered");
                return "redirect:/employers/" + id + "#deliveries";
            } catch (InvalidInputException e) {
                errors(e, locale).forEach((field, list) -> errors.computeIfAbsent(deliveryField(field, form),
                        k -> new ArrayList<>()).addAll(list));
            } catch (ConflictException e) {
                errors.put("global", List.of(message(e.messageKey(), e.arguments(), locale)));
            } catch (RuleViolationException e) {
                for (Violation violation : e.violations()) {
                    String field = violation.field().map(f -> deliveryField(f.fieldName(), form)).orElse("global");
                    errors.computeIfAbsent(field, k -> new ArrayList<>()).add(violation.message());
                }
            }
        }
        model.addAttribute("deliveryForm", form);
        model.addAttribute("deliveryErrors", errors);
        return employer(id, caller, model);
    }

    /**
     * The form field a problem concerns: the rule engine names the fields of its check ({@code history} for
     * access rules, {@code outputs} for a missing output), the service names those of the API.
     */
    static String deliveryField(String field, DeliveryForm form) {
        return switch (field) {
            case "service", "history", "togetherWith" -> "service";
            case "mode", "date", "siteId", "place", "needs" -> field;
            case "minutes", "meetings" -> "minutes";
            case "outputs" -> form.service() == null ? "global" : switch (form.service()) {
                case B1 -> "interest";
                case B2 -> "pactOutcome";
                case B3 -> "topics";
                case B4 -> "vacancyId";
                default -> "global";
            };
            case "outputs.interest" -> "interest";
            case "outputs.pact" -> "pactOutcome";
            case "outputs.pact.commitments" -> "commitments";
            case "outputs.pact.plannedServices" -> "plannedServices";
            case "outputs.topics" -> "topics";
            case "outputs.vacancyId" -> "vacancyId";
            case "outputs.vacancyIds" -> "vacancyIds";
            default -> "global";
        };
    }

    @GetMapping("/employers/{id}/pact.pdf")
    ResponseEntity<byte[]> pactPdf(@PathVariable UUID id, CurrentUser caller, Locale locale) {
        return EmployerApiController.pdf(pactPdf.render(companyPacts.pactToPrint(new EmployerId(id), caller), locale),
                id);
    }

    // --- vacancies -----------------------------------------------------------------------------------

    @GetMapping("/employers/{id}/vacancies/new")
    String newVacancy(@PathVariable UUID id, CurrentUser caller, Model model) {
        Employer employer = employers.employer(new EmployerId(id), caller);
        if (!model.containsAttribute("vacancyForm")) {
            model.addAttribute("vacancyForm", VacancyForm.empty());
        }
        model.addAttribute("activeNav", NAV);
        model.addAttribute("employer", employer);
        model.addAttribute("contractTypes", ContractType.values());
        model.addAttribute("licences", DrivingLicence.values());
        return "employer/vacancy-new";
    }

    @PostMapping("/employers/{id}/vacancies")
    String registerVacancy(@PathVariable UUID id, VacancyForm form, BindingResult binding, CurrentUser caller,
            Model model, Locale locale, RedirectAttributes redirect) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        if (binding.hasErrors()) {
            binding.getFieldErrors().forEach(error -> errors.computeIfAbsent(error.getField(), k -> new ArrayList<>())
                    .add(message("validation.format", List.of(), locale)));
        } else {
            try {
                Vacancy vacancy = vacancyRegistry.registerVacancy(new EmployerId(id), form.toCommand(), caller);
                redirect.addFlashAttribute("flash", "employer.vacancy.registered");
                return "redirect:/vacancies/" + vacancy.id();
            } catch (InvalidInputException e) {
                errors(e, locale).forEach((field, list) -> errors.computeIfAbsent(vacancyField(field),
                        k -> new ArrayList<>()).addAll(list));
            } catch (IllegalArgumentException e) {
                errors.put("languages", List.of(message("employer.validation.language", List.of(), locale)));
            }
        }
        model.addAttribute("vacancyForm", form);
        model.addAttribute("errors", errors);
        return newVacancy(id, caller, model);
    }

    private static String vacancyField(String field) {
        if (field.startsWith("requirements.languages")) {
            return "languages";
        }
        if (field.startsWith("requirements.skills")) {
            return "skills";
        }
        return field.startsWith("requirements.") ? field.substring("requirements.".length()) : field;
    }

    @GetMapping("/vacancies/{id}")
    String vacancy(@PathVariable UUID id, CurrentUser caller, Model model) {
        Vacancy vacancy = vacancyRegistry.vacancy(new VacancyId(id), caller);
        Employer employer = employers.findEmployer(vacancy.employerId()).orElseThrow();
        if (!model.containsAttribute("stateForm")) {
            model.addAttribute("stateForm", new StateForm(null, LocalDate.now(clock), null));
        }
        Map<UUID, String> people = new LinkedHashMap<>();
        vacancy.history().forEach(change -> people.computeIfAbsent(change.changedBy(),
                key -> network.findUser(new UserId(key)).map(UserAccount::fullName).orElse("")));
        model.addAttribute("activeNav", NAV);
        model.addAttribute("vacancy", vacancy);
        model.addAttribute("employer", employer);
        model.addAttribute("people", people);
        model.addAttribute("comuni", comuni);
        model.addAttribute("occupations", occupations);
        model.addAttribute("nextStates", Arrays.stream(VacancyState.values())
                .filter(state -> vacancy.state().canChangeTo(state)).toList());
        return "employer/vacancy";
    }

    @PostMapping("/vacancies/{id}/state")
    String changeState(@PathVariable UUID id, StateForm form, BindingResult binding, CurrentUser caller, Model model,
            Locale locale, RedirectAttributes redirect) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        if (binding.hasErrors()) {
            binding.getFieldErrors().forEach(error -> errors.computeIfAbsent(error.getField(), k -> new ArrayList<>())
                    .add(message("validation.format", List.of(), locale)));
        } else {
            try {
                vacancyStates.changeVacancyState(new VacancyId(id),
                        new EmployerCommands.StateChange(form.state(), form.date(), form.reason()), caller);
                redirect.addFlashAttribute("flash", "employer.vacancy.state-changed");
                return "redirect:/vacancies/" + id;
            } catch (InvalidInputException e) {
                errors.putAll(errors(e, locale));
            } catch (ConflictException e) {
                errors.put("global", List.of(message(e.messageKey(), e.arguments(), locale)));
            } catch (OptimisticLockingFailureException e) {
                errors.put("global", List.of(message("problem.concurrent-modification.detail", List.of(), locale)));
            }
        }
        model.addAttribute("stateForm", form);
        model.addAttribute("errors", errors);
        return vacancy(id, caller, model);
    }

    // --- helpers -------------------------------------------------------------------------------------

    private String message(String key, List<Object> arguments, Locale locale) {
        return messages.getMessage(key, arguments.toArray(), key, locale);
    }

    /** Field name to messages, for showing each problem next to its field ("global" for the form). */
    private Map<String, List<String>> errors(InvalidInputException e, Locale locale) {
        return new FormErrors(messages, locale).add(e).asMap();
    }

    // --- forms ---------------------------------------------------------------------------------------

    /** The registration form: the record, one operating site and one contact person. */
    record EmployerForm(String fiscalCode, String name, LegalForm legalForm, String ateco, SizeClass sizeClass,
            String comune, String address, String siteComune, String siteAddress, String contactName,
            String contactRole, String contactPhone, String contactEmail) {

        static EmployerForm empty() {
            return new EmployerForm(null, null, null, null, null, null, null, null, null, null, null, null, null);
        }

        NewEmployer toCommand() {
            List<SiteDetails> sites = isBlank(siteComune) && isBlank(siteAddress) ? List.of()
                    : List.of(new SiteDetails(siteComune, siteAddress));
            List<ContactDetails> contacts = isBlank(contactName) && isBlank(contactRole) && isBlank(contactPhone)
                    && isBlank(contactEmail) ? List.of()
                    : List.of(new ContactDetails(contactName, contactRole, contactPhone, contactEmail));
            return new NewEmployer(fiscalCode, new EmployerDetails(name, legalForm, ateco, sizeClass, comune, address,
                    sites, contacts));
        }
    }

    /** The form of a delivery B.1-B.4; the fields of each service are read only for that service. */
    record DeliveryForm(ServiceCode service, DeliveryMode mode, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            Integer minutes, UUID siteId, DeliveryPlace place, String needs, Boolean interest, PactOutcome pactOutcome,
            String commitments, Set<ServiceCode> plannedServices, List<ConsultingTopic> topics, UUID vacancyId,
            List<UUID> vacancyIds) {

        DeliveryForm {
            plannedServices = plannedServices == null ? Set.of() : plannedServices;
            topics = topics == null ? List.of() : topics;
            vacancyIds = vacancyIds == null ? List.of() : vacancyIds;
        }

        static DeliveryForm empty(LocalDate today) {
            return new DeliveryForm(null, DeliveryMode.INDIVIDUAL, today, null, null, null, null, null, null, null,
                    Set.of(), List.of(), null, List.of());
        }

        NewDelivery toCommand() {
            boolean b1 = service == ServiceCode.B1;
            boolean b2 = service == ServiceCode.B2;
            DeliveryOutputs outputs = new DeliveryOutputs(b1 ? interest : null, b2 ? pactOutcome : null,
                    b2 ? commitments : null, b2 && pactOutcome == PactOutcome.SIGNED ? plannedServices : Set.of(),
                    service == ServiceCode.B3 ? topics : List.of(),
                    service == ServiceCode.B4 && vacancyId != null ? new VacancyId(vacancyId) : null,
                    b1 || b2 ? vacancyIds.stream().map(VacancyId::new).toList() : List.of());
            return new NewDelivery(service, mode, date, minutes, siteId == null ? null : new SiteId(siteId),
                    b1 ? place : null, b1 || b2 ? needs : null, outputs);
        }

        /**
         * Whether a vacancy was chosen, for the check boxes of captured vacancies. Public: the template's
         * expressions see only public methods.
         */
        public boolean captured(UUID vacancy) {
            return vacancyIds.contains(vacancy);
        }
    }

    /** The vacancy form; languages are written as code and level (en:B2) separated by commas, skills one per line. */
    record VacancyForm(String title, String description, String occupation, Integer positions, String comune,
            ContractType contractType, Integer hoursPerWeek, String educationLevel, Integer experienceMonths,
            String languages, Set<DrivingLicence> drivingLicences, String skills, Boolean published,
            Boolean anonymous, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresOn) {

        VacancyForm {
            drivingLicences = drivingLicences == null ? Set.of() : drivingLicences;
        }

        static VacancyForm empty() {
            return new VacancyForm(null, null, null, 1, null, null, null, null, null, null, Set.of(), null, false,
                    false, null);
        }

        /** @throws IllegalArgumentException when a language is not written as code and level */
        NewVacancy toCommand() {
            List<LanguageRequirement> parsed = new ArrayList<>();
            if (!isBlank(languages)) {
                for (String item : languages.split("[,;]")) {
                    if (item.isBlank()) {
                        continue;
                    }
                    String[] parts = item.strip().split("\\s*:\\s*");
                    if (parts.length != 2) {
                        throw new IllegalArgumentException("language");
                    }
                    parsed.add(new LanguageRequirement(parts[0], CefrLevel.valueOf(parts[1].toUpperCase(Locale.ROOT))));
                }
            }
            List<String> skillList = isBlank(skills) ? List.of()
                    : skills.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
            return new NewVacancy(title, description, occupation, positions, comune, contractType, hoursPerWeek,
                    new EmployerCommands.Requirements(educationLevel, experienceMonths, parsed, drivingLicences,
                            skillList),
                    Boolean.TRUE.equals(published), Boolean.TRUE.equals(anonymous), expiresOn);
        }
    }

    record StateForm(VacancyState state, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            String reason) {
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
