package it.retelavoro.employer.web;

import it.retelavoro.catalogue.DeliveryMode;
import it.retelavoro.catalogue.OutputCode;
import it.retelavoro.catalogue.ServiceCode;
import it.retelavoro.reference.CefrLevel;
import it.retelavoro.employer.CompanyPact;
import it.retelavoro.employer.ConsultingTopic;
import it.retelavoro.employer.ContractType;
import it.retelavoro.employer.DeliveryPlace;
import it.retelavoro.reference.DrivingLicence;
import it.retelavoro.employer.Employer;
import it.retelavoro.employer.EmployerCommands;
import it.retelavoro.employer.EmployerCommands.ContactDetails;
import it.retelavoro.employer.EmployerCommands.DeliveryOutputs;
import it.retelavoro.employer.EmployerCommands.EmployerDetails;
import it.retelavoro.employer.EmployerCommands.NewDelivery;
import it.retelavoro.employer.EmployerCommands.NewEmployer;
import it.retelavoro.employer.EmployerCommands.NewVacancy;
import it.retelavoro.employer.EmployerCommands.SiteDetails;
import it.retelavoro.employer.EmployerDelivery;
import it.retelavoro.employer.EmployerFile;
import it.retelavoro.employer.EmployerId;
import it.retelavoro.employer.CompanyPacts;
import it.retelavoro.employer.EmployerDeliveries;
import it.retelavoro.employer.EmployerDirectory;
import it.retelavoro.employer.EmployerRegistry;
import it.retelavoro.employer.Vacancies;
import it.retelavoro.employer.VacancyStateChanges;
import it.retelavoro.employer.EmployerSummary;
import it.retelavoro.employer.LegalForm;
import it.retelavoro.employer.PactOutcome;
import it.retelavoro.employer.SizeClass;
import it.retelavoro.employer.Vacancy;
import it.retelavoro.employer.VacancyId;
import it.retelavoro.employer.VacancyState;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.InvalidInputException;
import it.retelavoro.shared.SiteId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Companies, the services B.1-B.4 delivered to them, their Patto and their vacancies, as JSON. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Imprese", description = "Anagrafica delle imprese, servizi B.1-B.4, Patto di Servizio dell'impresa, offerte di lavoro")
@SecurityRequirement(name = "basicAuth")
class EmployerApiController {

    private final EmployerDirectory employers;
    private final EmployerRegistry employerRegistry;
    private final EmployerDeliveries employerDeliveries;
    private final CompanyPacts companyPacts;
    private final Vacancies vacancyRegistry;
    private final VacancyStateChanges vacancyStates;
    private final PactPdf pactPdf;

    EmployerApiController(EmployerDirectory employers, EmployerRegistry employerRegistry,
            EmployerDeliveries employerDeliveries, CompanyPacts companyPacts, Vacancies vacancyRegistry,
            VacancyStateChanges vacancyStates, PactPdf pactPdf) {
        this.employers = employers;
        this.employerRegistry = employerRegistry;
        this.employerDeliveries = employerDeliveries;
        this.companyPacts = companyPacts;
        this.vacancyRegistry = vacancyRegistry;
        this.vacancyStates = vacancyStates;
        this.pactPdf = pactPdf;
    }

    // --- registry ------------------------------------------------------------------------------------

    @PostMapping("/employers")
    @Operation(summary = "Registra un'impresa e la prende in carico per l'organizzazione del chiamante; 409 con existing se il codice fiscale è già registrato",
            description = """
            Registra l'anagrafica di un'impresa (codice fiscale, ragione sociale, forma giuridica, ATECO, classe \
            dimensionale, comune, unità operative, referenti) e la prende in carico per l'organizzazione del \
            chiamante. Solo un operatore di un CPI o di un'agenzia accreditata (403 per gli altri ruoli). 400 con \
            errors per ogni campo non valido; 409 con existing, l'indirizzo della scheda, se il codice fiscale è già \
            registrato.""")
    ResponseEntity<EmployerResponse> register(@RequestBody EmployerRequest request, CurrentUser caller) {
        Employer employer = employerRegistry.register(request.toCommand(), caller);
        return ResponseEntity.created(URI.create("/api/v1/employers/" + employer.id()))
                .body(EmployerResponse.of(new EmployerFile(employer, List.of(), List.of(), List.of())));
    }

    @GetMapping("/employers/{id}")
    @Operation(summary = "La scheda di un'impresa, con il Patto e il piano d'azione (solo per l'organizzazione che la segue)",
            description = """
            Legge la scheda dell'impresa con il Patto di servizio firmato (o l'ultimo registrato) e il suo piano \
            d'azione; version è il valore da mandare in If-Match per modificarla. Solo un operatore \
            dell'organizzazione che ha in carico l'impresa (403 per le altre organizzazioni); la lettura è \
            registrata nell'audit.""")
    EmployerResponse employer(@PathVariable UUID id, CurrentUser caller) {
        return EmployerResponse.of(employers.employerFile(new EmployerId(id), caller));
    }

    @PutMapping("/employers/{id}")
    @Operation(summary = "Completa o corregge la scheda dell'impresa (non il codice fiscale); If-Match porta la versione letta",
            description = """
            Completa o corregge l'anagrafica dell'impresa (ragione sociale, forma giuridica, ATECO, classe \
            dimensionale, sede, unità operative, referenti), ad esempio durante un B.2; il codice fiscale non \
            cambia. L'header If-Match porta la version letta con GET (anche tra virgolette o come W/): 409 se la \
            scheda è cambiata nel frattempo, 400 se non è un numero. Solo un operatore dell'organizzazione che ha in \
            carico l'impresa (403 per le altre).""")
    EmployerResponse changeRecord(@PathVariable UUID id, @RequestBody EmployerRequest request,
            @RequestHeader(name = "If-Match") String version, CurrentUser caller) {
        Employer employer = employerRegistry.changeRecord(new EmployerId(id), request.toCommand().details(),
                parseVersion(version), caller);
        return EmployerResponse.of(new EmployerFile(employer, List.of(), List.of(), List.of()));
    }

    /** The version in an If-Match header, quoted or not. */
    private static int parseVersion(String header) {
        try {
            return Integer.parseInt(header.replace("W/", "").replace("\"", "").strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("If-Match", "validation.format");
        }
    }

    @GetMapping("/employers")
    @Operation(summary = "Cerca imprese per codice fiscale (esatto) o per nome; senza criteri, le ultime registrate dall'organizzazione",
            description = """
            Cerca le imprese per codice fiscale (esatto) o per parte del nome (almeno 2 caratteri); senza criteri, \
            le ultime 50 registrate dall'organizzazione del chiamante. Ogni risultato dice quale organizzazione \
            segue l'impresa e se il chiamante può aprirne la scheda (accessible); una ditta individuale seguita da \
            un'altra organizzazione si trova solo con il codice fiscale esatto. Per ogni utente autenticato della \
            rete (operatore, analista, amministratore); la ricerca è registrata nell'audit.""")
    List<SummaryResponse> search(@RequestParam(required = false) String fiscalCode,
            @RequestParam(required = false) String name, CurrentUser caller) {
        List<EmployerSummary> found;
        if (fiscalCode != null) {
            found = employers.searchByFiscalCode(fiscalCode, caller);
        } else if (name != null) {
            found = employers.searchByName(name, caller);
        } else {
            found = employers.latestOfMyOrganisation(caller, 50);
        }
        return found.stream().map(SummaryResponse::of).toList();
    }

    // --- deliveries ----------------------------------------------------------------------------------

    @PostMapping("/employers/{id}/deliveries")
    @Operation(summary = "Registra un servizio B.1-B.4 erogato all'impresa; 422 con violations se il repertorio non lo consente",
            description = """
            Registra un servizio B.1-B.4 erogato all'impresa (modalità, data non futura, minuti, sede, esiti): un \
            B.2 registra il Patto di servizio dell'impresa, un B.3 o B.4 dopo la firma entra nel suo piano d'azione. \
            Solo un operatore dell'organizzazione che ha in carico l'impresa, in una sede della sua organizzazione, \
            e non in un mese chiuso dalla Regione. Il servizio è giudicato dalle regole del repertorio in vigore \
            alla sua data: 422 con violations se non lo consentono, e nulla è salvato; 409 se un B.2 registra un \
            Patto per un'impresa che ne ha già firmato uno.""")
    ResponseEntity<DeliveryResponse> deliver(@PathVariable UUID id, @RequestBody DeliveryRequest request,
            CurrentUser caller, Locale locale) {
        EmployerDelivery delivery = employerDeliveries.deliver(new EmployerId(id), request.toCommand(), caller, locale);
        return ResponseEntity.created(URI.create("/api/v1/employers/" + id + "/deliveries/" + delivery.id()))
                .body(DeliveryResponse.of(delivery));
    }

    @GetMapping("/employers/{id}/deliveries")
    @Operation(summary = "I servizi erogati all'impresa, dal più vecchio", description = """
            Elenca i servizi B.1-B.4 erogati all'impresa, dal più vecchio, compresi quelli annullati (cancelled, con \
            il motivo). Per un operatore dell'organizzazione che ha in carico l'impresa; un'organizzazione che l'ha \
            persa per scelta dell'impresa vede solo i servizi che ha erogato lei, le altre ricevono 403. La lettura \
            è registrata nell'audit.""")
    List<DeliveryResponse> deliveries(@PathVariable UUID id, CurrentUser caller) {
        return employerDeliveries.deliveries(new EmployerId(id), caller).stream().map(DeliveryResponse::of).toList();
    }

    @GetMapping(value = "/employers/{id}/pact.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "Il Patto di Servizio dell'impresa in PDF", description = """
            Stampa in PDF il Patto di servizio dell'impresa (quello firmato, altrimenti l'ultimo rifiuto registrato) \
            con i dati dell'impresa, nella lingua della richiesta; 404 se non ne è stato registrato nessuno. Solo un \
            operatore dell'organizzazione che ha in carico l'impresa (403 per le altre); la stampa è registrata \
            nell'audit.""")
    ResponseEntity<byte[]> pact(@PathVariable UUID id, CurrentUser caller, Locale locale) {
        return pdf(pactPdf.render(companyPacts.pactToPrint(new EmployerId(id), caller), locale), id);
    }

    static ResponseEntity<byte[]> pdf(byte[] document, UUID id) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename("patto-impresa-" + id + ".pdf").build().toString())
                .body(document);
    }

    // --- vacancies -----------------------------------------------------------------------------------

    @PostMapping("/employers/{id}/vacancies")
    @Operation(summary = "Registra un'offerta di lavoro dell'impresa, aperta da oggi", description = """
            Registra un'offerta di lavoro dell'impresa (titolo, professione CP2021, posti, comune, contratto, \
            requisiti, pubblicazione in bacheca, anonimato, scadenza), aperta da oggi e gestita dall'organizzazione \
            che ha in carico l'impresa. Solo un operatore di quella organizzazione (403 per le altre), non in un \
            mese chiuso dalla Regione; 400 con errors per ogni campo non valido.""")
    ResponseEntity<VacancyResponse> registerVacancy(@PathVariable UUID id, @RequestBody VacancyRequest request,
            CurrentUser caller) {
        Vacancy vacancy = vacancyRegistry.registerVacancy(new EmployerId(id), request.toCommand(), caller);
        return ResponseEntity.created(URI.create("/api/v1/vacancies/" + vacancy.id()))
                .body(VacancyResponse.of(vacancy));
    }

    @GetMapping("/employers/{id}/vacancies")
    @Operation(summary = "Le offerte di lavoro dell'impresa, dalla più recente", description = """
            Elenca le offerte di lavoro dell'impresa, dalla più recente, con i requisiti, lo stato e la sua storia. \
            Per un operatore dell'organizzazione che ha in carico l'impresa; un'organizzazione che l'ha persa per \
            scelta dell'impresa vede solo le offerte che ha registrato lei, le altre ricevono 403.""")
    List<VacancyResponse> vacancies(@PathVariable UUID id, CurrentUser caller) {
        return vacancyRegistry.vacancies(new EmployerId(id), caller).stream().map(VacancyResponse::of).toList();
    }

    @GetMapping("/vacancies/{id}")
    @Operation(summary = "Un'offerta di lavoro con la storia dei suoi stati", description = """
            Legge un'offerta di lavoro con i requisiti e la storia dei suoi stati (da, a, data, motivo, chi). Solo \
            un operatore dell'organizzazione che gestisce l'offerta, quella che l'ha registrata (403 per le altre).""")
    VacancyResponse vacancy(@PathVariable UUID id, CurrentUser caller) {
        return VacancyResponse.of(vacancyRegistry.vacancy(new VacancyId(id), caller));
    }

    @PostMapping("/vacancies/{id}/state")
    @Operation(summary = "Cambia lo stato di un'offerta (OPEN, SUSPENDED, FILLED, CLOSED, EXPIRED); 409 se lo stato attuale non lo consente",
            description = """
            Cambia lo stato di un'offerta di lavoro a una data non futura e non anteriore all'ultimo cambio, con un \
            motivo facoltativo; il passaggio resta nella storia dell'offerta. Solo un operatore dell'organizzazione \
            che gestisce l'offerta (403 per le altre).""")
    VacancyResponse changeState(@PathVariable UUID id, @RequestBody StateRequest request, CurrentUser caller) {
        return VacancyResponse.of(vacancyStates.changeVacancyState(new VacancyId(id),
                new EmployerCommands.StateChange(request.state(), request.date(), request.reason()), caller));
    }

    // --- requests ------------------------------------------------------------------------------------

    record EmployerRequest(String fiscalCode, String name, LegalForm legalForm, String ateco, SizeClass sizeClass,
            String comune, String address, List<SiteDetails> sites, List<ContactDetails> contacts) {
        NewEmployer toCommand() {
            return new NewEmployer(fiscalCode, new EmployerDetails(name, legalForm, ateco, sizeClass, comune, address,
                    sites, contacts));
        }
    }

    record PactRequest(PactOutcome outcome, String commitments, Set<ServiceCode> plannedServices) {
    }

    record OutputsRequest(Boolean interest, PactRequest pact, List<ConsultingTopic> topics, UUID vacancyId,
            List<UUID> vacancyIds) {
        DeliveryOutputs toOutputs() {
            return new DeliveryOutputs(interest, pact == null ? null : pact.outcome(),
                    pact == null ? null : pact.commitments(), pact == null ? null : pact.plannedServices(), topics,
                    vacancyId == null ? null : new VacancyId(vacancyId),
                    vacancyIds == null ? null : vacancyIds.stream().map(v -> v == null ? null : new VacancyId(v))
                            .toList());
        }
    }

    record DeliveryRequest(ServiceCode service, DeliveryMode mode, LocalDate date, Integer minutes, UUID siteId,
            DeliveryPlace place, String needs, OutputsRequest outputs) {
        NewDelivery toCommand() {
            return new NewDelivery(service, mode, date, minutes, siteId == null ? null : new SiteId(siteId), place,
                    needs, outputs == null ? null : outputs.toOutputs());
        }
    }

    record LanguageRequest(String language, CefrLevel level) {
    }

    record RequirementsRequest(String educationLevel, Integer experienceMonths, List<LanguageRequest> languages,
            Set<DrivingLicence> drivingLicences, List<String> skills) {
        EmployerCommands.Requirements toRequirements() {
            return new EmployerCommands.Requirements(educationLevel, experienceMonths,
                    languages == null ? null : languages.stream()
                            .map(l -> l == null ? null : new EmployerCommands.LanguageRequirement(l.language(), l.level()))
                            .toList(),
                    drivingLicences, skills);
        }
    }

    record VacancyRequest(String title, String description, String occupation, Integer positions, String comune,
            ContractType contractType, Integer hoursPerWeek, RequirementsRequest requirements, Boolean published,
            Boolean anonymous, LocalDate expiresOn) {
        NewVacancy toCommand() {
            return new NewVacancy(title, description, occupation, positions, comune, contractType, hoursPerWeek,
                    requirements == null ? null : requirements.toRequirements(), Boolean.TRUE.equals(published),
                    Boolean.TRUE.equals(anonymous), expiresOn);
        }
    }

    record StateRequest(VacancyState state, LocalDate date, String reason) {
    }

    // --- responses -----------------------------------------------------------------------------------

    record OrganisationRef(UUID id, String name) {
    }

    record SummaryResponse(UUID id, String fiscalCode, String name, OrganisationRef servedBy, boolean accessible) {
        static SummaryResponse of(EmployerSummary summary) {
            return new SummaryResponse(summary.id().value(), summary.fiscalCode().orElse(null),
                    summary.name().orElse(null),
                    new OrganisationRef(summary.servedBy().value(), summary.servedByName()), summary.accessible());
        }
    }

    record PlanEntryResponse(UUID deliveryId, ServiceCode service, LocalDate date) {
    }

    record PactResponse(UUID id, PactOutcome outcome, LocalDate date, String commitments, LocalDate planOpenedOn,
            Set<ServiceCode> plannedServices, List<PlanEntryResponse> planEntries) {
        static PactResponse of(CompanyPact pact) {
            return new PactResponse(pact.id().value(), pact.outcome(), pact.date(), pact.commitments().orElse(null),
                    pact.planOpenedOn().orElse(null), pact.plannedServices(),
                    pact.planEntries().stream()
                            .map(e -> new PlanEntryResponse(e.deliveryId(), e.service(), e.entryDate())).toList());
        }
    }

    record EmployerResponse(UUID id, String fiscalCode, boolean soleTrader, String name, LegalForm legalForm,
            String ateco, SizeClass sizeClass, String comune, String address, List<Employer.OperatingSite> sites,
            List<Employer.ContactPerson> contacts, UUID servedBy, LocalDate registeredOn, PactResponse pact,
            int version) {
        static EmployerResponse of(EmployerFile file) {
            Employer e = file.employer();
            return new EmployerResponse(e.id().value(), e.fiscalCode().value(), e.isSoleTrader(), e.name(),
                    e.legalForm(), e.atecoCode(), e.sizeClass(), e.comuneCode(), e.address(), e.sites(), e.contacts(),
                    e.organisationId().value(), e.registeredOn(),
                    file.signedPact().or(file::latestPact).map(PactResponse::of).orElse(null), e.version());
        }
    }

    record DeliveryResponse(UUID id, UUID employerId, ServiceCode service, DeliveryMode mode, LocalDate date,
            Integer minutes, UUID siteId, UUID operatorId, DeliveryPlace place, Boolean interest, String needs,
            PactOutcome pactOutcome, List<ConsultingTopic> topics, UUID vacancyId, List<UUID> vacancyIds,
            Set<OutputCode> outputs, String catalogueVersion, boolean cancelled, CancellationResponse cancellation) {
        static DeliveryResponse of(EmployerDelivery d) {
            return new DeliveryResponse(d.id().value(), d.employerId().value(), d.service(), d.mode(), d.date(),
                    d.minutes(), d.siteId().value(), d.operatorId().value(), d.place().orElse(null),
                    d.interest().orElse(null), d.needs().orElse(null), d.pactOutcome().orElse(null), d.topics(),
                    d.vacancyId().map(VacancyId::value).orElse(null),
                    d.capturedVacancies().stream().map(VacancyId::value).toList(), d.outputs(), d.catalogueVersion(),
                    d.isCancelled(), d.cancellation().map(CancellationResponse::of).orElse(null));
        }
    }

    /** A delivery cancelled as registered by mistake (issue 13): why, when, by whom (the user's id). */
    record CancellationResponse(String reason, java.time.Instant at, UUID by) {
        static CancellationResponse of(it.retelavoro.shared.Cancellation cancellation) {
            return new CancellationResponse(cancellation.reason(), cancellation.at(), cancellation.by().value());
        }
    }

    record StateChangeResponse(VacancyState from, VacancyState state, LocalDate date, String reason, UUID by) {
    }

    record VacancyResponse(UUID id, UUID employerId, UUID organisationId, String title, String description,
            String occupation, int positions, String comune, ContractType contractType, Integer hoursPerWeek,
            RequirementsResponse requirements, boolean published, boolean anonymous, LocalDate expiresOn,
            VacancyState state, boolean acceptsCandidates, LocalDate registeredOn, List<StateChangeResponse> history,
            int version) {
        static VacancyResponse of(Vacancy v) {
            return new VacancyResponse(v.id().value(), v.employerId().value(), v.organisationId().value(), v.title(),
                    v.description().orElse(null), v.occupationCode(), v.positions(), v.comuneCode(), v.contractType(),
                    v.hoursPerWeek().orElse(null),
                    new RequirementsResponse(v.educationLevel().orElse(null), v.experienceMonths().orElse(null),
                            v.languages().stream().map(l -> new LanguageRequest(l.language(), l.level())).toList(),
                            v.drivingLicences(), v.skills()),
                    v.published(), v.anonymous(), v.expiresOn().orElse(null), v.state(), v.acceptsCandidates(),
                    v.registeredOn(),
                    v.history().stream().map(h -> new StateChangeResponse(h.fromState(), h.toState(), h.changedOn(),
                            h.reason(), h.changedBy())).toList(),
                    v.version());
        }
    }

    record RequirementsResponse(String educationLevel, Integer experienceMonths, List<LanguageRequest> languages,
            Set<DrivingLicence> drivingLicences, List<String> skills) {
    }
}
