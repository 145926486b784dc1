package it.retelavoro.network.web;

import it.retelavoro.catalogue.Competence;
import it.retelavoro.catalogue.SiteFeature;
import it.retelavoro.network.NetworkCommands.NewOrganisation;
import it.retelavoro.network.NetworkCommands.NewUser;
import it.retelavoro.network.NetworkCommands.SiteDetails;
import it.retelavoro.network.NetworkCommands.UserAssignment;
import it.retelavoro.network.NetworkManagement;
import it.retelavoro.network.Organisation;
import it.retelavoro.network.Site;
import it.retelavoro.network.SiteContacts;
import it.retelavoro.network.UserAccount;
import it.retelavoro.reference.Comuni;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.InvalidInputException;
import it.retelavoro.shared.OrganisationId;
import it.retelavoro.shared.OrganisationKind;
import it.retelavoro.shared.Role;
import it.retelavoro.shared.SiteId;
import it.retelavoro.shared.UserId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The network as JSON: who am I, organisations, sites, users. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Rete", description = "Organizzazioni, sedi e utenti della rete dei servizi per il lavoro")
@SecurityRequirement(name = "basicAuth")
class NetworkApiController {

    private final NetworkManagement network;
    private final Comuni comuni;

    NetworkApiController(NetworkManagement network, Comuni comuni) {
        this.network = network;
        this.comuni = comuni;
    }

    @GetMapping("/me")
    @Operation(summary = "L'utente autenticato, con ruoli e organizzazione",
            description = """
                    Restituisce il nome utente, il ruolo (ADMIN, OPERATOR, ANALYST o INTEGRATION), l'organizzazione \
                    con il suo tipo (CPI, agenzia accreditata, Regione) e se l'utente è supervisore della propria \
                    organizzazione. Per qualsiasi utente autenticato con token o Basic, compresi i sistemi dei flussi \
                    nazionali.""")
    Me me(CurrentUser caller) {
        Organisation organisation = network.organisation(caller.organisationId(), caller);
        return new Me(caller.username(), List.of(caller.role().name()),
                new OrganisationRef(organisation.id().value(), organisation.name(), organisation.kind()),
                caller.isSupervisor());
    }

    @PostMapping("/organisations")
    @Operation(summary = "Registra un'organizzazione (solo amministratori)",
            description = """
                    Registra un'organizzazione della rete: un CPI, un'agenzia accreditata o la Regione, con nome, \
                    tipo, codice fiscale (una partita IVA valida) ed eventuale riferimento dell'accreditamento. Solo \
                    un amministratore (403 per gli altri). 400 per i campi non validi; 409 se il nome è già registrato \
                    o, per un'organizzazione che non è un CPI, il codice fiscale.""")
    ResponseEntity<OrganisationResponse> createOrganisation(@RequestBody OrganisationRequest request,
            CurrentUser caller) {
        Organisation organisation = network.registerOrganisation(new NewOrganisation(request.name(), request.kind(),
                request.fiscalCode(), request.accreditationReference()), caller);
        return ResponseEntity.created(URI.create("/api/v1/organisations/" + organisation.id()))
                .body(OrganisationResponse.of(organisation));
    }

    @GetMapping("/organisations")
    @Operation(summary = "Le organizzazioni visibili al chiamante",
            description = """
                    Elenca le organizzazioni della rete (nome, tipo, codice fiscale, riferimento dell'accreditamento): \
                    tutte per un amministratore o un analista della Regione, solo la propria per un operatore di un \
                    CPI o di un'agenzia accreditata.""")
    List<OrganisationResponse> organisations(CurrentUser caller) {
        return network.organisations(caller).stream().map(OrganisationResponse::of).toList();
    }

    @GetMapping("/organisations/{id}")
    @Operation(summary = "Un'organizzazione della rete",
            description = """
                    Restituisce nome, tipo (CPI, agenzia accreditata, Regione), codice fiscale, riferimento \
                    dell'accreditamento e versione di un'organizzazione. Un amministratore o un analista della Regione \
                    vede qualsiasi organizzazione, un operatore solo la propria (403 per le altre); 404 se non \
                    esiste.""")
    OrganisationResponse organisation(@PathVariable UUID id, CurrentUser caller) {
        return OrganisationResponse.of(network.organisation(new OrganisationId(id), caller));
    }

    @PostMapping("/organisations/{id}/sites")
    @Operation(summary = "Apre una sede di un'organizzazione (solo amministratori)",
            description = """
                    Apre una sede di un CPI o di un'agenzia accreditata (la Regione non ha sedi) con nome, indirizzo, \
                    comune (codice Belfiore), dotazioni richieste dalle schede del repertorio e recapiti per il \
                    pubblico (orari, telefono, email). Solo un amministratore (403 per gli altri); 400 per i campi non \
                    validi, 404 se l'organizzazione non esiste.""")
    ResponseEntity<SiteResponse> createSite(@PathVariable UUID id, @RequestBody SiteRequest request,
            CurrentUser caller) {
        Site site = network.openSite(new OrganisationId(id), request.toDetails(), caller);
        return ResponseEntity.created(URI.create("/api/v1/sites/" + site.id())).body(siteResponse(site));
    }

    @GetMapping("/organisations/{id}/sites")
    @Operation(summary = "Le sedi di un'organizzazione",
            description = """
                    Elenca le sedi dell'organizzazione con indirizzo, comune, dotazioni, recapiti per il pubblico e \
                    versione. Un amministratore o un analista della Regione per qualsiasi organizzazione, un operatore \
                    solo per la propria (403 per le altre).""")
    List<SiteResponse> sites(@PathVariable UUID id, CurrentUser caller) {
        return network.sites(new OrganisationId(id), caller).stream().map(this::siteResponse).toList();
    }

    @GetMapping("/sites/{id}")
    @Operation(summary = "Una sede",
            description = """
                    Restituisce una sede: organizzazione, nome, indirizzo, comune (codice Belfiore e nome), dotazioni, \
                    recapiti per il pubblico e la versione da mandare in If-Match per modificarla. Un amministratore o \
                    un analista della Regione vede qualsiasi sede, un operatore solo quelle della propria \
                    organizzazione (403 per le altre); 404 se non esiste.""")
    SiteResponse site(@PathVariable UUID id, CurrentUser caller) {
        return siteResponse(network.site(new SiteId(id), caller));
    }

    @PutMapping("/sites/{id}")
    @Operation(summary = "Modifica una sede; If-Match porta la versione letta (solo amministratori)",
            description = """
                    Sostituisce nome, indirizzo, comune (codice Belfiore) e dotazioni della sede; orari, telefono ed \
                    email restano come sono se mancano tutti e tre, altrimenti sono impostati come inviati (uno \
                    assente o vuoto è cancellato). If-Match porta il campo version letto: 409 se la sede è cambiata \
                    nel frattempo, 400 per i campi non validi. Solo un amministratore (403 per gli altri).""")
    SiteResponse changeSite(@PathVariable UUID id, @RequestBody SiteRequest request,
            @Parameter(description = "versione attesa") @RequestHeader(name = "If-Match") String version,
            CurrentUser caller) {
        return siteResponse(network.changeSite(new SiteId(id), request.toDetails(), parseVersion(version), caller));
    }

    @PostMapping("/users")
    @Operation(summary = "Crea un utente (solo amministratori)",
            description = """
                    Crea un account con nome utente, password (almeno 8 caratteri), nome, email, ruolo, \
                    organizzazione, sedi, competenze e lingue parlate (ISO 639-1): un operatore appartiene a un CPI o \
                    a un'agenzia accreditata e lavora in almeno una sua sede, gli altri ruoli appartengono alla \
                    Regione. Solo un amministratore (403 per gli altri); 400 per i campi non validi, 409 se il nome \
                    utente esiste già.""")
    ResponseEntity<UserResponse> createUser(@RequestBody UserRequest request, CurrentUser caller) {
        UserAccount user = network.createUser(new NewUser(request.username(), request.password(), request.fullName(),
                request.email(), request.role(), request.organisationId() == null ? null
                        : new OrganisationId(request.organisationId()),
                toSiteIds(request.siteIds()), request.competences(), request.languages()), caller);
        return ResponseEntity.created(URI.create("/api/v1/users/" + user.id())).body(UserResponse.of(user));
    }

    @GetMapping("/users")
    @Operation(summary = "Gli utenti visibili al chiamante",
            description = """
                    Elenca gli account con ruolo, organizzazione, sedi, competenze, lingue, abilitazione, autorità di \
                    supervisore e versione: tutti per un amministratore o un analista della Regione, quelli della \
                    propria organizzazione per un operatore.""")
    List<UserResponse> users(CurrentUser caller) {
        return network.users(caller).stream().map(UserResponse::of).toList();
    }

    @GetMapping("/users/{id}")
    @Operation(summary = "Un utente",
            description = """
                    Restituisce un account: ruolo, organizzazione, sedi, competenze, lingue, abilitazione, autorità di \
                    supervisore e la versione da mandare in If-Match per modificarlo. Un amministratore o un analista \
                    della Regione vede qualsiasi utente, un operatore solo quelli della propria organizzazione (403 \
                    per gli altri); 404 se non esiste.""")
    UserResponse user(@PathVariable UUID id, CurrentUser caller) {
        return UserResponse.of(network.user(new UserId(id), caller));
    }

    @PutMapping("/users/{id}/assignment")
    @Operation(summary = "Sedi, competenze, lingue e abilitazione di un utente; If-Match porta la versione letta",
            description = """
                    Sostituisce le sedi (della sua organizzazione), le competenze e le lingue parlate (ISO 639-1) \
                    dell'utente e lo abilita o disabilita (enabled assente vale true); un amministratore non può \
                    disabilitare sé stesso. If-Match porta il campo version letto: 409 se l'account è cambiato nel \
                    frattempo, 400 per i campi non validi. Solo un amministratore (403 per gli altri).""")
    UserResponse assign(@PathVariable UUID id, @RequestBody AssignmentRequest request,
            @RequestHeader(name = "If-Match") String version, CurrentUser caller) {
        return UserResponse.of(network.assignUser(new UserId(id), new UserAssignment(toSiteIds(request.siteIds()),
                request.competences(), request.enabled() == null || request.enabled(), request.languages()),
                parseVersion(version), caller));
    }

    private SiteResponse siteResponse(Site site) {
        return new SiteResponse(site.id().value(), site.organisationId().value(), site.name(), site.address(),
                site.comuneCode(), comuni.labelOf(site.comuneCode()), site.features(), site.version(),
                site.contacts().openingHours(), site.contacts().phone(), site.contacts().email());
    }

    private static Set<SiteId> toSiteIds(List<UUID> ids) {
        return ids == null ? Set.of() : ids.stream().map(SiteId::new).collect(Collectors.toSet());
    }

    private static int parseVersion(String header) {
        try {
            return Integer.parseInt(header.replace("\"", "").replace("W/", "").strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("If-Match", "validation.format");
        }
    }

    record Me(String username, List<String> roles, OrganisationRef organisation, boolean supervisor) {
    }

    record OrganisationRef(UUID id, String name, OrganisationKind kind) {
    }

    record OrganisationRequest(String name, OrganisationKind kind, String fiscalCode, String accreditationReference) {
    }

    record OrganisationResponse(UUID id, String name, OrganisationKind kind, String fiscalCode,
            String accreditationReference, Instant createdAt, Integer version) {
        static OrganisationResponse of(Organisation organisation) {
            return new OrganisationResponse(organisation.id().value(), organisation.name(), organisation.kind(),
                    organisation.fiscalCode(), organisation.accreditationReference(), organisation.createdAt(),
                    organisation.version());
        }
    }

    /**
     * A site to open or change; {@code openingHours}, {@code phone} and {@code email} (issue 14) are how the
     * public reaches it: when all three are absent a change keeps those the site has (a client that does not
     * know them), otherwise the three are set as sent (an absent or empty one is cleared).
     */
    record SiteRequest(String name, String address, String comune, Set<SiteFeature> features, String openingHours,
            String phone, String email) {
        SiteDetails toDetails() {
            SiteContacts contacts = openingHours == null && phone == null && email == null ? null
                    : new SiteContacts(openingHours, phone, email);
            return new SiteDetails(name, address, comune, features == null ? Set.of() : features, contacts);
        }
    }

    record SiteResponse(UUID id, UUID organisationId, String name, String address, String comune,
            String comuneLabel, Set<SiteFeature> features, Integer version, String openingHours, String phone,
            String email) {
    }

    record UserRequest(String username, String password, String fullName, String email, Role role,
            UUID organisationId, List<UUID> siteIds, Set<Competence> competences, Set<String> languages) {
    }

    /** {@code languages}: ISO 639-1 codes the operator speaks; absent means none. */
    record AssignmentRequest(List<UUID> siteIds, Set<Competence> competences, Boolean enabled, Set<String> languages) {
    }

    record UserResponse(UUID id, String username, String fullName, String email, Role role, UUID organisationId,
            List<UUID> siteIds, Set<Competence> competences, boolean enabled, Integer version, boolean supervisor,
            Set<String> languages) {
        static UserResponse of(UserAccount user) {
            return new UserResponse(user.id().value(), user.username(), user.fullName(), user.email(), user.role(),
                    user.organisationId().value(),
                    user.sites().stream().map(SiteId::value).sorted().toList(),
                    user.competences().isEmpty() ? EnumSet.noneOf(Competence.class) : EnumSet.copyOf(user.competences()),
                    user.enabled(), user.version(), user.supervisor(), user.languages());
        }
    }

}
