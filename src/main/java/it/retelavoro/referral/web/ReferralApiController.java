package it.retelavoro.referral.web;

import it.retelavoro.employer.ContractType;
import it.retelavoro.employer.VacancyId;
import it.retelavoro.person.PersonId;
import it.retelavoro.referral.HireSource;
import it.retelavoro.referral.Referral;
import it.retelavoro.referral.ReferralCancellations;
import it.retelavoro.referral.ReferralId;
import it.retelavoro.referral.ReferralManagement;
import it.retelavoro.referral.ReferralManagement.Outcome;
import it.retelavoro.referral.ReferralStatus;
import it.retelavoro.shared.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import it.retelavoro.shared.SiteId;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Referrals as JSON. Both organisations see the referral's ids, statuses, dates and contract; no personal
 * data of the candidate travels here beyond the person's id.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Invii a colloquio", description = "Invio di persone alle vacancy ed esiti della selezione")
class ReferralApiController {

    private final ReferralManagement referrals;
    private final ReferralCancellations cancellations;

    ReferralApiController(ReferralManagement referrals, ReferralCancellations cancellations) {
        this.referrals = referrals;
        this.cancellations = cancellations;
    }

    @PostMapping("/vacancies/{id}/referrals")
    @Operation(summary = "Invia una persona in carico a una vacancy aperta (422 se manca un requisito)",
            description = """
            Invia a colloquio presso l'impresa, per un'offerta aperta, una persona che l'organizzazione del \
            chiamante ha in carico, alla data indicata (non futura): l'invio è un esito dell'A.6 della persona di \
            quel giorno (o di uno registrato in back office nella sede siteId con minutes) e del B.4 dell'impresa \
            per l'offerta. Solo un operatore dell'organizzazione che ha in carico la persona (403 per gli altri). \
            422 se manca un requisito (Patto di servizio e orientamento della persona, Patto dell'impresa, offerta \
            aperta) o il repertorio non consente l'A.6 o il B.4, e nulla è salvato; 409 se la persona è già inviata \
            a quell'offerta.""")
    ResponseEntity<ReferralResponse> refer(@PathVariable UUID id, @RequestBody ReferralRequest request,
            CurrentUser caller, Locale locale) {
        Referral referral = referrals.refer(new VacancyId(id),
                request.personId() == null ? null : new PersonId(request.personId()), request.date(),
                request.siteId() == null ? null : new SiteId(request.siteId()), request.minutes(), caller, locale);
        return ResponseEntity.created(URI.create("/api/v1/referrals/" + referral.id()))
                .body(ReferralResponse.of(referral));
    }

    @PostMapping("/referrals/{id}/outcome")
    @Operation(summary = "Registra l'esito comunicato dall'impresa: colloquio, selezione, assunzione, rifiuto, ritiro",
            description = """
            Registra l'esito comunicato dall'impresa (status INTERVIEWED, SELECTED, HIRED con contractStart e \
            contractType, REJECTED con reason, WITHDRAWN), a una data non futura e non anteriore al passo \
            precedente. Un'assunzione chiude l'azione di inserimento del PAI e copre l'offerta quando tutti i posti \
            sono presi. Solo un operatore di una delle due organizzazioni coinvolte, quella che ha in carico la \
            persona o quella che gestisce l'offerta (403 per le altre); 409 se lo stato attuale non consente il \
            passaggio.""")
    ReferralResponse outcome(@PathVariable UUID id, @RequestBody OutcomeRequest request, CurrentUser caller) {
        return ReferralResponse.of(referrals.recordOutcome(new ReferralId(id), new Outcome(request.status(),
                request.date(), request.contractStart(), request.contractType(), request.reason()), caller));
    }

    record CancellationRequest(String reason) {
    }

    @PostMapping("/referrals/{id}/steps/{position}/cancellation")
    @Operation(summary = "Annulla un passo dell'invio registrato per errore (0: l'invio stesso); solo l'ultimo ancora valido",
            description = """
            Annulla un passo dell'invio registrato per errore, con il motivo (reason): resta registrato, marcato \
            annullato, e l'invio torna allo stato dell'ultimo passo valido; annullare il passo 0 annulla l'invio, \
            un'assunzione annullata riapre l'azione del PAI e l'offerta che aveva coperto. Solo un operatore \
            dell'organizzazione che ha registrato il passo (403 per gli altri): entro 30 giorni dalla registrazione \
            qualsiasi suo operatore, dopo solo un supervisore. 422 se il termine è passato, se un passo successivo è \
            ancora valido (indicato) o nel mese chiuso dalla Regione; 409 se è già annullato.""")
    ReferralResponse cancelStep(@PathVariable UUID id, @PathVariable int position,
            @RequestBody CancellationRequest request, CurrentUser caller, java.util.Locale locale) {
        return ReferralResponse.of(cancellations.cancelStep(new ReferralId(id), position, request.reason(), caller,
                locale));
    }

    @GetMapping("/referrals/{id}")
    @Operation(summary = "Un invio a colloquio", description = """
            Legge un invio a colloquio con i suoi passi (stato, data, organizzazione che li ha registrati, \
            annullamenti), senza dati personali della persona oltre il suo id. Solo un operatore di una delle due \
            organizzazioni coinvolte, quella che ha in carico la persona o quella che gestisce l'offerta (403 per le \
            altre); la lettura è registrata nell'audit.""")
    ReferralResponse referral(@PathVariable UUID id, CurrentUser caller) {
        return ReferralResponse.of(referrals.referral(new ReferralId(id), caller));
    }

    @GetMapping("/vacancies/{id}/referrals")
    @Operation(summary = "Gli invii a colloquio per un'offerta", description = """
            Elenca gli invii a colloquio per un'offerta di lavoro, con i loro passi. Solo l'organizzazione che \
            gestisce l'offerta (403 per le altre); la lettura è registrata nell'audit.""")
    List<ReferralResponse> ofVacancy(@PathVariable UUID id, CurrentUser caller) {
        return referrals.ofVacancy(new VacancyId(id), caller).stream().map(ReferralResponse::of).toList();
    }

    @GetMapping("/persons/{id}/referrals")
    @Operation(summary = "Gli invii a colloquio di una persona", description = """
            Elenca gli invii a colloquio di una persona, verso le offerte di qualsiasi organizzazione, con i loro \
            passi. Solo un operatore dell'organizzazione che ha in carico la persona (403 per gli altri); la lettura \
            è registrata nell'audit.""")
    List<ReferralResponse> ofPerson(@PathVariable UUID id, CurrentUser caller) {
        return referrals.ofPerson(new PersonId(id), caller).stream().map(ReferralResponse::of).toList();
    }

    /**
     * @param siteId  where the person's A6 is registered when the referral registers one (the operator's one site
     *                when absent)
     * @param minutes the back-office minutes of that A6 (the repertorio's minimum applies); unused when the
     *                referral joins the person's A6 of the day
     */
    record ReferralRequest(UUID personId, LocalDate date, UUID siteId, Integer minutes) {
    }

    record OutcomeRequest(ReferralStatus status, LocalDate date, LocalDate contractStart, ContractType contractType,
            String reason) {
    }

    record StepResponse(ReferralStatus status, LocalDate date, String feedback, UUID recordedByOrganisation,
            int position, boolean cancelled, CancellationResponse cancellation) {
    }

    /** A step or referral cancelled as registered by mistake (issue 13): why, when, by whom (the user's id). */
    record CancellationResponse(String reason, java.time.Instant at, UUID by) {
        static CancellationResponse of(java.util.Optional<it.retelavoro.shared.Cancellation> cancellation) {
            return cancellation.map(found -> new CancellationResponse(found.reason(), found.at(), found.by().value()))
                    .orElse(null);
        }
    }

    record ReferralResponse(UUID id, UUID personId, UUID personOrganisationId, UUID vacancyId, UUID employerId,
            UUID vacancyOrganisationId, LocalDate date, ReferralStatus status, LocalDate contractStart,
            ContractType contractType, List<StepResponse> history, boolean cancelled,
            CancellationResponse cancellation, UUID personDeliveryId, UUID companyDeliveryId,
            HireSource hireSource, String coCode) {
        static ReferralResponse of(Referral referral) {
            return new ReferralResponse(referral.id().value(), referral.personId().value(),
                    referral.personOrganisationId().value(), referral.vacancyId().value(),
                    referral.employerId().value(), referral.vacancyOrganisationId().value(), referral.referredOn(),
                    referral.status(), referral.contractStart(), referral.contractType(),
                    java.util.stream.IntStream.range(0, referral.steps().size()).mapToObj(position -> {
                        Referral.Step step = referral.steps().get(position);
                        return new StepResponse(step.status(), step.occurredOn(), step.feedback(),
                                step.recordedByOrg().value(), position, step.isCancelled(),
                                CancellationResponse.of(java.util.Optional.ofNullable(step.cancellation())));
                    }).toList(), referral.isCancelled(), CancellationResponse.of(referral.cancellation()),
                    referral.personDeliveryId().map(id -> id.value()).orElse(null),
                    referral.companyDeliveryId().map(id -> id.value()).orElse(null),
                    referral.hireSource().orElse(null), referral.hireCoCode().orElse(null));
        }
    }
}
