package it.retelavoro.catalogue.web;

import it.retelavoro.catalogue.Catalogue;
import it.retelavoro.catalogue.CatalogueVersion;
import it.retelavoro.catalogue.CatalogueVersionUpload;
import it.retelavoro.catalogue.CatalogueVersionUploads;
import it.retelavoro.catalogue.Programme;
import it.retelavoro.catalogue.ProgrammeUploads;
import it.retelavoro.catalogue.web.CatalogueJson.IndicatorJson;
import it.retelavoro.catalogue.web.CatalogueJson.ProgrammeJson;
import it.retelavoro.catalogue.web.CatalogueJson.ServiceJson;
import it.retelavoro.catalogue.web.CatalogueJson.TargetJson;
import it.retelavoro.catalogue.web.CatalogueJson.VersionJson;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The repertorio as public, read-only JSON, and the upload of a new version by an administrator. Every
 * read takes the version in force today, or {@code ?date=} (the one in force that day), or
 * {@code ?version=} (by id).
 */
@RestController
@RequestMapping("/api/v1/catalogue")
@Tag(name = "Repertorio", description = "Il repertorio degli standard dei servizi regionali per il lavoro e le sue versioni")
class CatalogueApiController {

    private static final String DATE_HELP = "Giorno di cui leggere la versione in vigore (AAAA-MM-GG); predefinito: oggi";
    private static final String VERSION_HELP = "Id della versione da leggere, in alternativa a date";

    private final Catalogue catalogue;
    private final CatalogueVersionUploads uploads;
    private final MessageSource messages;
    private final ProgrammeUploads programmeUploads;

    CatalogueApiController(Catalogue catalogue, CatalogueVersionUploads uploads, MessageSource messages,
            ProgrammeUploads programmeUploads) {
        this.catalogue = catalogue;
        this.uploads = uploads;
        this.programmeUploads = programmeUploads;
        this.messages = messages;
    }

    @GetMapping("/services")
    @Operation(summary = "I dieci servizi standard (A.1-A.6, B.1-B.4) con i testi delle schede e le regole",
            description = """
            Legge le dieci schede dei servizi standard del repertorio (A.1-A.6 per le persone, B.1-B.4 per le \
            imprese) con i testi, le modalità di erogazione, le regole di accesso e gli output, nella versione in \
            vigore oggi, in quella in vigore il giorno date o in quella scelta per id (version), non entrambi (400). \
            Pubblica, senza autenticazione; 404 se la versione non esiste o nessuna è in vigore quel giorno.""")
    List<ServiceJson> services(@Parameter(description = DATE_HELP) @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @Parameter(description = VERSION_HELP) @RequestParam(required = false) String version) {
        CatalogueVersion chosen = VersionChoice.of(catalogue, version, date);
        return chosen.services().values().stream().map(service -> ServiceJson.of(service, chosen)).toList();
    }

    @GetMapping("/services/{code}")
    @Operation(summary = "Una scheda del repertorio; 404 per un codice sconosciuto", description = """
            Legge una scheda del repertorio per codice (A2, anche a2 o A.2), nella versione in vigore oggi, in \
            quella in vigore il giorno date o in quella scelta per id (version), non entrambi (400). Pubblica, senza \
            autenticazione; 404 per un codice o una versione sconosciuti.""")
    ServiceJson service(@Parameter(example = "A2") @PathVariable String code,
            @Parameter(description = DATE_HELP) @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @Parameter(description = VERSION_HELP) @RequestParam(required = false) String version) {
        CatalogueVersion chosen = VersionChoice.of(catalogue, version, date);
        return ServiceJson.of(chosen.service(VersionChoice.serviceCode(code)), chosen);
    }

    @GetMapping("/targets")
    @Operation(summary = "Le precondizioni aggiuntive per i target complessi", description = """
            Elenca i target complessi del repertorio con le precondizioni aggiuntive che pongono alla rete e agli \
            operatori (servizi specialistici, competenze, funzioni riservate ai CPI), nella versione in vigore oggi, \
            in quella in vigore il giorno date o in quella scelta per id (version), non entrambi (400). Pubblica, \
            senza autenticazione; 404 se la versione non esiste o nessuna è in vigore quel giorno.""")
    List<TargetJson> targets(@Parameter(description = DATE_HELP) @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @Parameter(description = VERSION_HELP) @RequestParam(required = false) String version) {
        CatalogueVersion chosen = VersionChoice.of(catalogue, version, date);
        return chosen.targets().values().stream().map(target -> TargetJson.of(target, chosen)).toList();
    }

    @GetMapping("/indicators")
    @Operation(summary = "Gli indicatori fisici di monitoraggio, nell'ordine del testo", description = """
            Elenca gli indicatori fisici di monitoraggio del repertorio, nell'ordine del testo, con il servizio a \
            cui si riferiscono e che cosa contano, nella versione in vigore oggi, in quella in vigore il giorno date \
            o in quella scelta per id (version), non entrambi (400). Pubblica, senza autenticazione; 404 se la \
            versione non esiste o nessuna è in vigore quel giorno.""")
    List<IndicatorJson> indicators(@Parameter(description = DATE_HELP) @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @Parameter(description = VERSION_HELP) @RequestParam(required = false) String version) {
        CatalogueVersion chosen = VersionChoice.of(catalogue, version, date);
        return chosen.indicators().stream().map(indicator -> IndicatorJson.of(indicator, chosen)).toList();
    }

    @GetMapping("/versions")
    @Operation(summary = "Tutte le versioni del repertorio, in ordine di entrata in vigore", description = """
            Elenca tutte le versioni del repertorio, in ordine di entrata in vigore, con l'atto che le adotta e il \
            periodo di vigore. Pubblica, senza autenticazione.""")
    List<VersionJson> versions() {
        Map<String, CatalogueVersionUpload> uploaded = uploadsById();
        LocalDate today = catalogue.today();
        return catalogue.versions().all().stream()
                .map(version -> VersionJson.of(version, today, Optional.ofNullable(uploaded.get(version.id()))))
                .toList();
    }

    @GetMapping("/versions/{id}")
    @Operation(summary = "Una versione del repertorio", description = """
            Legge una versione del repertorio per id, con l'atto che la adotta e il periodo di vigore. Pubblica, \
            senza autenticazione; 404 per un id sconosciuto.""")
    VersionJson version(@PathVariable String id) {
        CatalogueVersion version = catalogue.versions().byId(id)
                .orElseThrow(() -> new NotFoundException(VersionChoice.VERSION_OBJECT, id));
        return VersionJson.of(version, catalogue.today(), Optional.ofNullable(uploadsById().get(id)));
    }

    @PostMapping(path = "/versions", consumes = {"application/yaml", "application/x-yaml", "text/yaml",
        MediaType.TEXT_PLAIN_VALUE})
    @Operation(summary = "Registra una nuova versione del repertorio dal testo YAML (solo amministratori)",
            description = """
            Registra una nuova versione del repertorio dal testo YAML del corpo (application/yaml, text/yaml o \
            text/plain): 201 con la versione registrata; 400 con errors[{field, message}] per ogni problema del \
            file; 409 se si sovrappone a una versione registrata. Una versione rifiutata lascia invariate quelle in \
            vigore. Solo un amministratore (ruolo ADMIN): 401 senza credenziali, 403 per gli altri ruoli.""")
    @SecurityRequirement(name = "basicAuth")
    ResponseEntity<VersionJson> upload(@RequestBody(required = false) String yaml, CurrentUser caller) {
        CatalogueVersion version = uploads.upload(yaml, caller);
        return ResponseEntity.created(URI.create("/api/v1/catalogue/versions/" + version.id()))
                .body(VersionJson.of(version, catalogue.today(), Optional.ofNullable(uploadsById().get(version.id()))));
    }

    @GetMapping("/programmes")
    @Operation(summary = "I programmi regionali (Atti programmatici) applicati alle versioni del repertorio",
            description = """
            Elenca i programmi regionali (Atti programmatici) registrati, con i requisiti di accesso delle persone e \
            i servizi finanziati, applicati alle versioni del repertorio. Pubblica, senza autenticazione.""")
    List<ProgrammeJson> programmes() {
        LocalDate today = catalogue.today();
        return catalogue.programmes().all().stream().map(programme -> ProgrammeJson.of(programme, today)).toList();
    }

    @GetMapping("/programmes/{code}")
    @Operation(summary = "Un programma; 404 per un codice sconosciuto", description = """
            Legge un programma regionale per codice (ad esempio GOL-P1), con i requisiti di accesso delle persone e \
            i servizi finanziati. Pubblica, senza autenticazione; 404 per un codice sconosciuto.""")
    ProgrammeJson programme(@Parameter(example = "GOL-P1") @PathVariable String code) {
        return catalogue.programmes().byCode(code).map(programme -> ProgrammeJson.of(programme, catalogue.today()))
                .orElseThrow(() -> new NotFoundException("programme", code));
    }

    @PostMapping(path = "/programmes", consumes = {"application/yaml", "application/x-yaml", "text/yaml",
        MediaType.TEXT_PLAIN_VALUE})
    @Operation(summary = "Registra un nuovo programma dal testo YAML (solo amministratori)", description = """
            Registra un nuovo programma regionale (Atto programmatico) dal testo YAML del corpo (application/yaml, \
            text/yaml o text/plain): 201 con il programma; 400 con errors[{field, message}] per ogni problema del \
            file; 409 se il codice è già registrato. Solo un amministratore (ruolo ADMIN): 401 senza credenziali, \
            403 per gli altri ruoli.""")
    @SecurityRequirement(name = "basicAuth")
    ResponseEntity<ProgrammeJson> uploadProgramme(@RequestBody(required = false) String yaml, CurrentUser caller) {
        Programme programme = programmeUploads.upload(yaml, caller);
        return ResponseEntity.created(URI.create("/api/v1/catalogue/programmes/" + programme.code()))
                .body(ProgrammeJson.of(programme, catalogue.today()));
    }

    /**
     * Reading the catalogue needs no login, so security lets an anonymous upload through to here: the
     * caller argument cannot be resolved, and the answer is the API's usual 401.
     */
    @ExceptionHandler(AuthenticationCredentialsNotFoundException.class)
    ResponseEntity<ProblemDetail> unauthenticated(Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.UNAUTHORIZED);
        problem.setType(URI.create("https://retelavoro.it/problems/unauthorized"));
        problem.setTitle(messages.getMessage("problem.unauthorized.title", null, "Unauthorized", locale));
        problem.setDetail(messages.getMessage("problem.unauthorized.detail", null, null, locale));
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).header("WWW-Authenticate", "Basic realm=\"retelavoro\"")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private Map<String, CatalogueVersionUpload> uploadsById() {
        return uploads.uploads().stream()
                .collect(Collectors.toMap(CatalogueVersionUpload::versionId, Function.identity()));
    }
}
