package it.retelavoro.portal.web;

import it.retelavoro.employer.ContractType;
import it.retelavoro.employer.VacancyId;
import it.retelavoro.person.PersonId;
import it.retelavoro.portal.ApplicationId;
import it.retelavoro.portal.BoardQuery;
import it.retelavoro.portal.JobBoard;
import it.retelavoro.portal.NewApplication;
import it.retelavoro.portal.PublicVacancy;
import it.retelavoro.portal.SelfApplication;
import it.retelavoro.portal.SelfApplications;
import it.retelavoro.portal.Submission;
import it.retelavoro.portal.FormTokens;
import it.retelavoro.referral.Referral;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The job board as JSON, without login (under /api/v1/public), and the queue of self-applications for the
 * operators of the organisation that owns the vacancy.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Bacheca pubblica", description = "Offerte pubblicate, autocandidature e loro verifica")
class PortalApiController {

    private final JobBoard board;
    private final SelfApplications applications;
    private final FormTokens tokens;

    PortalApiController(JobBoard board, SelfApplications applications, FormTokens tokens) {
        this.board = board;
        this.applications = applications;
        this.tokens = tokens;
    }

    @GetMapping("/public/vacancies")
    @Operation(summary = "Le offerte pubblicate e aperte, le più recenti prima (senza login)", description = """
            Cerca nella bacheca le offerte di lavoro pubblicate, aperte e non scadute, le più recenti prima: q \
            (parole del titolo o della descrizione), occupation (codice CP2021, anche solo i primi livelli, o parole \
            del nome), comune e province (codice o nome del luogo), contractType; limit da 1 a 100 (predefinito 50). \
            Nessun dato personale: il nome dell'impresa manca nelle offerte anonime. Pubblica, senza autenticazione.""")
    List<PublicVacancyResponse> search(@RequestParam(required = false) String q,
            @RequestParam(required = false) String occupation, @RequestParam(required = false) String comune,
            @RequestParam(required = false) String province, @RequestParam(required = false) ContractType contractType,
            @RequestParam(defaultValue = "50") int limit, Locale locale) {
        return board.search(new BoardQuery(q, occupation, comune, province, contractType), limit, locale).stream()
                .map(PublicVacancyResponse::of).toList();
    }

    @GetMapping("/public/vacancies/{id}")
    @Operation(summary = "Un'offerta della bacheca (senza login)", description = """
            Legge un'offerta della bacheca, senza dati personali; 404 se non è pubblicata, aperta e non scaduta. \
            Pubblica, senza autenticazione.""")
    PublicVacancyResponse vacancy(@PathVariable UUID id) {
        return board.vacancy(new VacancyId(id)).map(PublicVacancyResponse::of)
                .orElseThrow(() -> new NotFoundException("vacancy", id));
    }

    @GetMapping("/public/vacancies/{id}/application-token")
    @Operation(summary = "Un gettone per autocandidarsi all'offerta (senza login)", description = """
            Rilascia il gettone (formToken) da inviare con l'autocandidatura: vale per questa offerta, per \
            l'indirizzo del client che lo ha chiesto, per una sola autocandidatura ed entro un'ora (expiresAt). \
            Pubblica, senza autenticazione; 404 se l'offerta non è in bacheca.""")
    ApplicationTokenResponse applicationToken(@PathVariable UUID id, HttpServletRequest http) {
        VacancyId vacancy = new VacancyId(id);
        board.vacancy(vacancy).orElseThrow(() -> new NotFoundException("vacancy", id));
        return new ApplicationTokenResponse(tokens.issue(vacancy, Submission.hostBinding(http.getRemoteAddr())),
                tokens.expiryOfNew());
    }

    @PostMapping("/public/vacancies/{id}/applications")
    @Operation(summary = "Autocandidatura a un'offerta: restituisce il numero di riferimento; la risposta non dipende dal codice fiscale (429 oltre il limite)",
            description = """
            Registra l'autocandidatura di un cittadino a un'offerta della bacheca (codice fiscale, nome, cognome, \
            email o telefono, testo del CV, consenso al trattamento dei dati) e risponde 202 con il numero di \
            riferimento. Richiede formToken, ottenuto da GET /api/v1/public/vacancies/{id}/application-token dallo \
            stesso indirizzo (400 sul campo formToken se manca, è scaduto, è di un'altra offerta o è già stato \
            usato). Al più 5 tentativi in 10 minuti per indirizzo (IPv6 per /64) e 50 autocandidature accettate in \
            10 minuti per offerta, oltre 429. Pubblica, senza autenticazione.""")
    @ApiResponse(responseCode = "202", description = "Candidatura ricevuta, con il numero di riferimento")
    @ApiResponse(responseCode = "429", description = "Troppi tentativi da questo indirizzo o per questa offerta: "
            + "riprovare dopo Retry-After secondi")
    ResponseEntity<ReceiptResponse> apply(@PathVariable UUID id, @RequestBody ApplicationRequest request,
            HttpServletRequest http) {
        String address = http.getRemoteAddr();
        String reference = applications.submit(new VacancyId(id), request.toApplication(),
                new Submission(address, request.formToken(), Submission.hostBinding(address), false, request.website()));
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new ReceiptResponse(reference));
    }

    @GetMapping("/applications")
    @Operation(summary = "Le autocandidature da trattare per le vacancy della propria organizzazione", description = """
            Elenca le autocandidature ricevute o verificate, dalla più vecchia, per le offerte gestite \
            dall'organizzazione del chiamante, con i dati inviati dal cittadino. Solo un operatore (403 per gli \
            altri ruoli); la lettura è registrata nell'audit.""")
    List<ApplicationResponse> queue(CurrentUser caller) {
        return applications.queue(caller).stream().map(ApplicationResponse::of).toList();
    }

    @GetMapping("/applications/{id}")
    @Operation(summary = "Un'autocandidatura", description = """
            Legge un'autocandidatura con i dati inviati dal cittadino e il suo stato (RECEIVED, VERIFIED, REFERRED, \
            DECLINED). Solo un operatore dell'organizzazione che gestisce l'offerta (403 per gli altri); la lettura \
            è registrata nell'audit.""")
    ApplicationResponse application(@PathVariable UUID id, CurrentUser caller) {
        return ApplicationResponse.of(applications.application(new ApplicationId(id), caller));
    }

    @PostMapping("/applications/{id}/verification")
    @Operation(summary = "Verifica l'autocandidatura collegandola alla persona in carico con lo stesso codice fiscale",
            description = """
            Verifica un'autocandidatura ricevuta collegandola alla persona che l'organizzazione del chiamante ha in \
            carico con lo stesso codice fiscale (una persona nuova va registrata prima): 400 sul campo personId se \
            non c'è. Solo un operatore dell'organizzazione che gestisce l'offerta (403 per gli altri); 409 se \
            l'autocandidatura non è nello stato RECEIVED.""")
    ApplicationResponse verify(@PathVariable UUID id, CurrentUser caller) {
        return ApplicationResponse.of(applications.verify(new ApplicationId(id), caller));
    }

    @PostMapping("/applications/{id}/referral")
    @Operation(summary = "Trasforma l'autocandidatura verificata in un invio a colloquio (422 se manca un requisito)",
            description = """
            Trasforma un'autocandidatura verificata in un invio a colloquio della persona collegata, con la data di \
            oggi: è un esito dell'A.6 della persona di quel giorno, o di uno registrato in back office con i minuti \
            (minutes) del corpo facoltativo. Solo un operatore dell'organizzazione che gestisce l'offerta e ha in \
            carico la persona. 422 se manca un requisito (Patto di servizio e orientamento della persona, Patto \
            dell'impresa, offerta aperta) o il repertorio non consente l'A.6 o il B.4; 409 se l'autocandidatura non \
            è verificata.""")
    ResponseEntity<ReferralCreated> refer(@PathVariable UUID id,
            @RequestBody(required = false) ReferralBody body, CurrentUser caller, java.util.Locale locale) {
        Referral referral = applications.refer(new ApplicationId(id), body == null ? null : body.minutes(), caller,
                locale);
        return ResponseEntity.created(URI.create("/api/v1/referrals/" + referral.id().value()))
                .body(new ReferralCreated(referral.id().value()));
    }

    @PostMapping("/applications/{id}/decline")
    @Operation(summary = "Respinge l'autocandidatura con il motivo", description = """
            Respinge un'autocandidatura ricevuta o verificata, con il motivo (reason, obbligatorio). Solo un \
            operatore dell'organizzazione che gestisce l'offerta (403 per gli altri); 409 se è già stata decisa.""")
    ApplicationResponse decline(@PathVariable UUID id, @RequestBody DeclineRequest request, CurrentUser caller) {
        return ApplicationResponse.of(applications.decline(new ApplicationId(id), request.reason(), caller));
    }

    /** {@code website} is the honeypot: people leave it empty. */
    record ApplicationRequest(String fiscalCode, String firstName, String lastName, String email, String phone,
            String cvText, Boolean privacyAccepted, String website, String formToken) {

        NewApplication toApplication() {
            return new NewApplication(fiscalCode, firstName, lastName, email, phone, cvText,
                    Boolean.TRUE.equals(privacyAccepted));
        }
    }

    record ReceiptResponse(String reference) {
    }

    record ApplicationTokenResponse(String formToken, Instant expiresAt) {
    }

    record DeclineRequest(String reason) {
    }

    record ReferralCreated(UUID id) {
    }

    record PublicVacancyResponse(UUID id, String title, String description, String occupation, String comune,
            ContractType contractType, Integer hoursPerWeek, int positions, String employerName, LocalDate expiresOn,
            String educationLevel, Integer experienceMonths, List<String> languages, List<String> drivingLicences,
            List<String> skills) {

        static PublicVacancyResponse of(PublicVacancy v) {
            return new PublicVacancyResponse(v.id().value(), v.title(), v.description().orElse(null), v.occupationCode(),
                    v.comuneCode(), v.contractType(), v.hoursPerWeek().orElse(null), v.positions(),
                    v.employerName().orElse(null), v.expiresOn().orElse(null), v.educationLevel().orElse(null),
                    v.experienceMonths().orElse(null), v.languages(), v.licences(), v.skills());
        }
    }

    record ApplicationResponse(UUID id, String reference, UUID vacancyId, String vacancyTitle, String fiscalCode,
            String firstName, String lastName, String email, String phone, String cvText, Instant submittedAt,
            String status, UUID personId, String declineReason) {

        static ApplicationResponse of(SelfApplication a) {
            return new ApplicationResponse(a.id().value(), a.reference(), a.vacancyId().value(), a.vacancyTitle(),
                    a.fiscalCode(), a.firstName(), a.lastName(), a.email().orElse(null), a.phone().orElse(null),
                    a.cvText(), a.submittedAt(), a.status().name(), a.personId().map(PersonId::value).orElse(null),
                    a.declineReason().orElse(null));
        }
    }

    /**
     * @param minutes the back-office minutes of the person's A6 the referral registers when they had none that day
     *                (issue 13: a referral is the A6 output "Invio a colloqui di lavoro")
     */
    record ReferralBody(Integer minutes) {
    }
}
