package it.retelavoro.matching.web;

import it.retelavoro.employer.VacancyId;
import it.retelavoro.matching.Candidate;
import it.retelavoro.matching.MatchExplanations;
import it.retelavoro.matching.MatchingManagement;
import it.retelavoro.matching.Preselection;
import it.retelavoro.matching.VacancyMatch;
import it.retelavoro.person.PersonId;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.SiteId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Matching as JSON: the ranked candidates of a vacancy and the vacancies that fit a person, each with its
 * score and reasons in the caller's language; the pre-selection and availability check. A candidate of
 * another organisation comes without id, only with a pseudonym and the organisation to contact.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Incrocio domanda/offerta", description = "Candidati per una vacancy e vacancy per una persona, con i motivi del punteggio")
class MatchingApiController {

    private final MatchingManagement matching;
    private final MatchExplanations explanations;

    MatchingApiController(MatchingManagement matching, MatchExplanations explanations) {
        this.matching = matching;
        this.explanations = explanations;
    }

    @GetMapping("/vacancies/{id}/candidates")
    @Operation(summary = "Le persone che possono essere proposte per la vacancy, in ordine di punteggio, con i motivi",
            description = """
            Elenca le persone che si possono proporre per l'offerta (consenso all'incrocio, Patto di servizio in \
            vigore, non già inviate), in ordine di punteggio, con i motivi nella lingua della richiesta; quelle di \
            altre organizzazioni solo con uno pseudonimo e l'organizzazione da contattare. Con own=true solo le \
            persone in carico all'organizzazione del chiamante; limit da 1 a 200 (predefinito 50), page da 0, fino \
            al 1000° candidato. Solo un operatore dell'organizzazione che gestisce l'offerta (403 per le altre); la \
            lettura è registrata nell'audit.""")
    List<CandidateResponse> candidates(@PathVariable UUID id, @RequestParam(defaultValue = "50") int limit,
            @RequestParam(defaultValue = "false") boolean own,
            @Parameter(description = "la pagina, da 0, di limit candidati: la graduatoria prosegue oltre la prima")
            @RequestParam(defaultValue = "0") int page, CurrentUser caller, Locale locale) {
        return matching.candidates(new VacancyId(id), page, limit, own, caller).stream()
                .map(candidate -> CandidateResponse.of(candidate, explanations.explain(candidate.match(), locale)))
                .toList();
    }

    @GetMapping("/persons/{id}/matching-vacancies")
    @Operation(summary = "Le vacancy aperte adatte alla persona, in ordine di punteggio, con i motivi",
            description = """
            Elenca le offerte aperte adatte alla persona, in ordine di punteggio, con i motivi nella lingua della \
            richiesta: quelle dell'organizzazione del chiamante e quelle pubblicate dal resto della rete (senza il \
            nome dell'impresa se anonime); limit da 1 a 200 (predefinito 20). Solo un operatore dell'organizzazione \
            che ha in carico la persona (403 per gli altri).""")
    List<VacancyMatchResponse> vacancies(@PathVariable UUID id, @RequestParam(defaultValue = "20") int limit,
            CurrentUser caller, Locale locale) {
        return matching.vacanciesFor(new PersonId(id), limit, caller).stream()
                .map(match -> VacancyMatchResponse.of(match, explanations.explain(match.match(), locale))).toList();
    }

    @PostMapping("/vacancies/{id}/preselections")
    @Operation(summary = "Preseleziona una persona in carico per la vacancy: registra il servizio A6 (422 se il repertorio non lo consente)",
            description = """
            Preseleziona per un'offerta aperta una persona proponibile che l'organizzazione del chiamante ha in \
            carico: registra sul suo percorso un servizio A.6 in back office nella sede siteId (minutes, predefinito \
            120), giudicato dalle regole del repertorio come ogni erogazione. Solo un operatore dell'organizzazione \
            che ha in carico la persona (403 per gli altri). 422 con violations se il repertorio non consente l'A.6; \
            409 se la persona è già preselezionata per l'offerta; 400 se l'offerta non è aperta o la persona non è \
            proponibile.""")
    ResponseEntity<PreselectionResponse> preselect(@PathVariable UUID id, @RequestBody PreselectionRequest request,
            CurrentUser caller, Locale locale) {
        Preselection preselection = matching.preselect(new VacancyId(id),
                request.personId() == null ? null : new PersonId(request.personId()),
                request.siteId() == null ? null : new SiteId(request.siteId()), request.minutes(), caller, locale);
        return ResponseEntity.created(URI.create("/api/v1/vacancies/" + id + "/preselections/" + request.personId()))
                .body(PreselectionResponse.of(preselection));
    }

    @PostMapping("/vacancies/{id}/preselections/{personId}/availability")
    @Operation(summary = "Registra la verifica della disponibilità di una persona preselezionata", description = """
            Registra se la persona preselezionata per l'offerta è disponibile (available), come ha risposto \
            all'operatore, con la data di oggi. Solo un operatore dell'organizzazione che ha in carico la persona \
            (403 per gli altri); 404 se la persona non è preselezionata per quell'offerta.""")
    PreselectionResponse availability(@PathVariable UUID id, @PathVariable UUID personId,
            @RequestBody AvailabilityRequest request, CurrentUser caller) {
        return PreselectionResponse.of(matching.recordAvailability(new VacancyId(id), new PersonId(personId),
                Boolean.TRUE.equals(request.available()), caller));
    }

    record CandidateResponse(UUID personId, String pseudonym, UUID organisationId, String organisationName, int score,
            List<String> reasons, boolean preselected) {

        static CandidateResponse of(Candidate candidate, List<String> reasons) {
            return new CandidateResponse(candidate.personId().map(PersonId::value).orElse(null), candidate.pseudonym(),
                    candidate.organisationId().value(), candidate.organisationName(), candidate.match().score(), reasons,
                    candidate.preselection().isPresent());
        }
    }

    record VacancyMatchResponse(UUID vacancyId, String title, String occupation, String comune, String employerName,
            int score, List<String> reasons) {

        static VacancyMatchResponse of(VacancyMatch match, List<String> reasons) {
            return new VacancyMatchResponse(match.vacancyId().value(), match.title(), match.occupationCode(),
                    match.comuneCode(), match.employerName().orElse(null), match.match().score(), reasons);
        }
    }

    record PreselectionRequest(UUID personId, UUID siteId, Integer minutes) {
    }

    record AvailabilityRequest(Boolean available) {
    }

    record PreselectionResponse(UUID vacancyId, UUID personId, LocalDate preselectedOn, LocalDate availabilityCheckedOn,
            Boolean available) {

        static PreselectionResponse of(Preselection preselection) {
            return new PreselectionResponse(preselection.vacancyId(), preselection.personId(),
                    preselection.preselectedOn(), preselection.availableOn().orElse(null),
                    preselection.available().orElse(null));
        }
    }
}
