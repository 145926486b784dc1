package it.retelavoro.person.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import it.retelavoro.catalogue.ComplexTarget;
import it.retelavoro.person.Address;
import it.retelavoro.person.InCharge;
import it.retelavoro.person.Person;
import it.retelavoro.person.PersonDetails;
import it.retelavoro.person.PersonId;
import it.retelavoro.person.PersonDirectory;
import it.retelavoro.person.PersonRegistry;
import it.retelavoro.person.PersonTakeovers;
import it.retelavoro.person.PersonTransfers;
import it.retelavoro.person.PersonUpdates;
import it.retelavoro.person.SpecialCategoryData;
import it.retelavoro.person.PersonRegistration;
import it.retelavoro.person.PersonSummary;
import it.retelavoro.person.PersonTransfer;
import it.retelavoro.person.Profile;
import it.retelavoro.person.SpecialCategories;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.InvalidInputException;
import it.retelavoro.shared.OrganisationId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Persons as JSON. Only operators of the organisation in charge read and change a person (403 for
 * others, analysts and administrators); {@code specialCategories} appears only for those who may see some.
 */
@RestController
@RequestMapping("/api/v1/persons")
@Tag(name = "Persone", description = "Anagrafica delle persone, presa in carico e trasferimenti")
@SecurityRequirement(name = "basicAuth")
class PersonApiController {

    private final PersonDirectory persons;
    private final PersonRegistry registry;
    private final PersonUpdates updates;
    private final SpecialCategoryData specialCategories;
    private final PersonTransfers transfers;
    private final PersonTakeovers takeovers;

    PersonApiController(PersonDirectory persons, PersonRegistry registry, PersonUpdates updates,
            SpecialCategoryData specialCategories, PersonTransfers transfers, PersonTakeovers takeovers) {
        this.persons = persons;
        this.registry = registry;
        this.updates = updates;
        this.specialCategories = specialCategories;
        this.transfers = transfers;
        this.takeovers = takeovers;
    }

    @PostMapping
    @Operation(summary = "Registra una persona, presa in carico dall'organizzazione dell'operatore",
            description = """
                    Registra in anagrafica una persona (codice fiscale, nome, cognome, nascita, sesso, cittadinanza, \
                    residenza, domicilio, recapiti, titolo di studio, consenso al matching, profilo), presa in carico \
                    dal CPI o dall'agenzia accreditata dell'operatore; l'ETag della risposta porta la versione. Solo \
                    un operatore (403 per gli altri ruoli). 400 con gli errori per campo (fiscalCode, birthDate, sex, \
                    birthPlace...); 409 se la persona (o un suo omocodice) è già registrata: con 'existing' se in \
                    carico alla stessa organizzazione, altrimenti solo il nome dell'organizzazione che la ha in \
                    carico.""")
    @Transactional // the change and the response it answers with: one transaction, one connection
    ResponseEntity<PersonResponse> register(@RequestBody PersonRequest request, CurrentUser caller) {
        Person person = registry.register(new PersonRegistration(request.fiscalCode(), request.firstName(),
                request.lastName(), request.birthDate(), request.sex(), request.birthPlace(), request.citizenship(),
                request.details()), caller);
        return ResponseEntity.created(URI.create("/api/v1/persons/" + person.id()))
                .eTag(String.valueOf(person.version()))
                .body(response(person, caller));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Una persona in carico all'organizzazione dell'operatore (ETag: versione)",
            description = """
                    Restituisce anagrafica, residenza, domicilio, recapiti, titolo di studio, consenso al matching, \
                    profilo e organizzazione in carico della persona; i target complessi, la mediazione culturale e la \
                    lingua (dati particolari) solo se il chiamante può vederne qualcuno. Solo un operatore \
                    dell'organizzazione che ha in carico la persona (403 per gli altri, anche amministratori e \
                    analisti). L'ETag porta la versione da rimandare in If-Match con PUT.""")
    @Transactional
    ResponseEntity<PersonResponse> person(@PathVariable UUID id, CurrentUser caller) {
        Person person = persons.person(new PersonId(id), caller);
        return ResponseEntity.ok().eTag(String.valueOf(person.version())).body(response(person, caller));
    }

    @GetMapping
    @Operation(summary = "Cerca tra le persone in carico per codice fiscale o per inizio del nome",
            description = """
                    Cerca tra le persone in carico all'organizzazione dell'operatore per codice fiscale (un omocodice \
                    trova la stessa persona) o per inizio di "cognome nome" o "nome cognome" (almeno 2 caratteri, \
                    maiuscole e accenti ignorati): al più 50 risultati, nessuno senza un criterio valido. Solo un \
                    operatore (403 per gli altri ruoli). Con inCharge=true la stessa operazione restituisce invece la \
                    lista paginata delle persone in carico (Scrivania).""")
    List<SummaryResponse> search(@RequestParam(required = false) String fiscalCode,
            @RequestParam(required = false) String name, CurrentUser caller) {
        return persons.search(fiscalCode, name, caller).stream().map(SummaryResponse::of).toList();
    }

    @GetMapping("/in-charge")
    @Operation(summary = "Chi ha in carico la persona con questo codice fiscale (nessun dato personale)",
            description = """
                    Restituisce l'id della persona e il CPI o l'agenzia accreditata che la ha in carico: quanto un \
                    operatore può sapere di una persona di un'altra organizzazione, per chiederne il trasferimento o \
                    prenderla in carico su sua scelta. Qualsiasi operatore (403 per gli altri ruoli); 404 se nessuno \
                    la ha in carico o il codice fiscale non è valido.""")
    InChargeResponse inCharge(@RequestParam String fiscalCode, CurrentUser caller) {
        return InChargeResponse.of(persons.inCharge(fiscalCode, caller));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Aggiorna residenza, domicilio, contatti, titolo di studio, consenso e profilo; "
            + "If-Match porta la versione letta",
            description = """
                    Sostituisce residenza, domicilio, telefono, email, titolo di studio, consenso al matching (un \
                    cambio entra nello storico dei consensi) e profilo; i dati anagrafici non cambiano. If-Match porta \
                    l'ETag letto: 409 se la persona è cambiata nel frattempo, 400 con gli errori per campo. Solo un \
                    operatore dell'organizzazione che ha in carico la persona (403 per gli altri).""")
    @Transactional
    ResponseEntity<PersonResponse> update(@PathVariable UUID id, @RequestBody DetailsRequest request,
            @Parameter(description = "versione attesa") @RequestHeader(name = "If-Match") String version,
            CurrentUser caller) {
        Person person = updates.update(new PersonId(id), request.details(), parseVersion(version), caller);
        return ResponseEntity.ok().eTag(String.valueOf(person.version())).body(response(person, caller));
    }

    @PutMapping("/{id}/complex-targets")
    @Operation(summary = "Registra i target complessi e il bisogno di mediazione culturale (dati particolari)",
            description = """
                    Sostituisce i target complessi che il chiamante può vedere (gli altri restano come sono); \
                    culturalMediation assente = invariata; language (ISO 639-1, la lingua di cui la persona ha \
                    bisogno) assente = invariata, vuota = nessuna. Solo un operatore dell'organizzazione che ha in \
                    carico la persona: di un CPI per tutti questi dati, di un'agenzia accreditata per quelli di cui ha \
                    le competenze richieste dal repertorio (403 altrimenti). Risponde con ciò che il chiamante può \
                    vedere.""")
    SpecialCategoriesResponse complexTargets(@PathVariable UUID id, @RequestBody SpecialCategoriesRequest request,
            CurrentUser caller) {
        return SpecialCategoriesResponse.of(specialCategories.recordSpecialCategories(new PersonId(id),
                request.targets(),
                request.culturalMediation(), request.language(), caller));
    }

    @PostMapping("/{id}/transfer")
    @Operation(summary = "Trasferisce la persona a un'altra organizzazione (organizzazione in carico o amministratore)",
            description = """
                    Passa la persona a un altro CPI o a un'altra agenzia accreditata (toOrganisationId), con un motivo \
                    che resta nella storia dei trasferimenti; l'organizzazione di prima perde l'accesso. Solo un \
                    operatore dell'organizzazione che ha in carico la persona o un amministratore (403 per gli altri); \
                    400 se la destinazione non eroga servizi o è la stessa, o se manca il motivo.""")
    InChargeResponse transfer(@PathVariable UUID id, @RequestBody TransferRequest request, CurrentUser caller) {
        return InChargeResponse.of(transfers.transfer(new PersonId(id), request.toOrganisationId() == null ? null
                : new OrganisationId(request.toOrganisationId()), request.reason(), caller));
    }

    @PostMapping("/{id}/takeover")
    @Operation(summary = "Prende in carico la persona su sua scelta, da qualsiasi punto della rete",
            description = """
                    La persona sceglie l'operatore: l'organizzazione del chiamante la prende in carico subito, \
                    registrando la data e il riferimento del documento di scelta firmato; l'organizzazione che la \
                    aveva riceve un avviso e conserva la lettura di ciò che ha registrato. Qualsiasi operatore di un \
                    CPI o di un'agenzia accreditata (403 per gli altri ruoli); l'id si trova con GET \
                    /api/v1/persons/in-charge?fiscalCode=. 400 per campo (choiceDate, documentReference); 409 se la \
                    persona è già in carico al chiamante.""")
    InChargeResponse takeOver(@PathVariable UUID id, @RequestBody TakeoverRequest request, CurrentUser caller) {
        return InChargeResponse.of(takeovers.takeOver(new PersonId(id),
                new PersonTakeovers.PersonChoice(request.choiceDate(), request.documentReference()), caller));
    }

    @GetMapping("/{id}/transfers")
    @Operation(summary = "Storia dei trasferimenti della persona",
            description = """
                    Elenca dal più vecchio i trasferimenti della persona e le prese in carico su sua scelta: da quale \
                    a quale organizzazione, motivo, quando e chi; per una scelta (kind CHOICE) anche la data e il \
                    riferimento del documento. Solo un operatore dell'organizzazione che ha in carico la persona o un \
                    amministratore (403 per gli altri).""")
    List<TransferResponse> transfers(@PathVariable UUID id, CurrentUser caller) {
        return transfers.transfers(new PersonId(id), caller).stream().map(TransferResponse::of).toList();
    }

    private PersonResponse response(Person person, CurrentUser caller) {
        PersonDetails details = person.details();
        SpecialCategoriesResponse special = specialCategories.specialCategories(person.id(), caller)
                .map(SpecialCategoriesResponse::of).orElse(null);
        return new PersonResponse(person.id().value(), person.version(), person.fiscalCode(),
                person.fiscalCodeAsIssued(), person.firstName(), person.lastName(), person.birthDate(),
                person.sex().name(), person.birthPlace(), person.citizenship(), details.residence(),
                details.domicile(), details.phone(), details.email(), details.educationLevel(),
                details.matchingConsent(), details.matchingConsentDate(), details.profile(),
                new InChargeRef(person.inChargeOf().value(), persons.organisationName(person.inChargeOf())),
                special, person.fiscalCodeNameMismatch());
    }

    private static int parseVersion(String header) {
        try {
            return Integer.parseInt(header.replace("\"", "").replace("W/", "").strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("If-Match", "validation.format");
        }
    }

    record PersonRequest(String fiscalCode, String firstName, String lastName, LocalDate birthDate, String sex,
            String birthPlace, String citizenship, Address residence, Address domicile, String phone, String email,
            String educationLevel, Boolean matchingConsent, LocalDate matchingConsentDate, Profile profile) {

        PersonDetails details() {
            return new PersonDetails(residence, domicile, phone, email, educationLevel,
                    Boolean.TRUE.equals(matchingConsent), matchingConsentDate, profile);
        }
    }

    record DetailsRequest(Address residence, Address domicile, String phone, String email, String educationLevel,
            Boolean matchingConsent, LocalDate matchingConsentDate, Profile profile) {

        PersonDetails details() {
            return new PersonDetails(residence, domicile, phone, email, educationLevel,
                    Boolean.TRUE.equals(matchingConsent), matchingConsentDate, profile);
        }
    }

    record InChargeRef(UUID organisationId, String name) {
    }

    /** {@code specialCategories} is left out entirely when the caller may see none of them. */
    record PersonResponse(UUID id, Integer version, String fiscalCode, String fiscalCodeAsIssued, String firstName,
            String lastName, LocalDate birthDate, String sex, String birthPlace, String citizenship, Address residence,
            Address domicile, String phone, String email, String educationLevel, boolean matchingConsent,
            LocalDate matchingConsentDate, Profile profile, InChargeRef inCharge,
            @JsonInclude(JsonInclude.Include.NON_NULL) SpecialCategoriesResponse specialCategories,
            boolean fiscalCodeNameMismatch) {
    }

    record SummaryResponse(UUID id, String fiscalCode, String firstName, String lastName, LocalDate birthDate,
            UUID inChargeOf) {
        static SummaryResponse of(PersonSummary summary) {
            return new SummaryResponse(summary.id().value(), summary.fiscalCode(), summary.firstName(),
                    summary.lastName(), summary.birthDate(), summary.inChargeOf().value());
        }
    }

    record InChargeResponse(UUID id, InChargeRef inCharge) {
        static InChargeResponse of(InCharge inCharge) {
            return new InChargeResponse(inCharge.personId().value(),
                    new InChargeRef(inCharge.organisationId().value(), inCharge.organisationName()));
        }
    }

    record SpecialCategoriesRequest(Set<ComplexTarget> targets, Boolean culturalMediation, String language) {
    }

    /**
     * {@code culturalMediation} and {@code language} are left out when the caller may not know them;
     * {@code language} is "" when the person needs none but Italian.
     */
    record SpecialCategoriesResponse(Set<ComplexTarget> complexTargets,
            @JsonInclude(JsonInclude.Include.NON_NULL) Boolean culturalMediation,
            @JsonInclude(JsonInclude.Include.NON_NULL) String language) {
        static SpecialCategoriesResponse of(SpecialCategories categories) {
            return new SpecialCategoriesResponse(categories.targets(), categories.culturalMediation(),
                    categories.language());
        }
    }

    record TransferRequest(UUID toOrganisationId, String reason) {
    }

    record TakeoverRequest(LocalDate choiceDate, String documentReference) {
    }

    /** {@code kind} TRANSFER or CHOICE; {@code choiceDate} and {@code documentReference} only for a CHOICE. */
    record TransferResponse(UUID from, UUID to, String reason, Instant transferredAt, UUID transferredBy, String kind,
            @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate choiceDate,
            @JsonInclude(JsonInclude.Include.NON_NULL) String documentReference) {
        static TransferResponse of(PersonTransfer transfer) {
            return new TransferResponse(transfer.from().value(), transfer.to().value(), transfer.reason(),
                    transfer.transferredAt(), transfer.transferredBy().value(), transfer.kind().name(),
                    transfer.choiceDate(), transfer.documentReference());
        }
    }
}
