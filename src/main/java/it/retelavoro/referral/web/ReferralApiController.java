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
    @Operation(summary = "Invia una persona in carico a una vacancy aperta (422 se manca un requisito)")
    ResponseEntity<ReferralResponse> refer(@PathVariable UUID id, @RequestBody ReferralRequest request,
            CurrentUser caller, Locale locale) {
        Referral referral = referrals.refer(new VacancyId(id),
                request.personId() == null ? null : new PersonId(request.personId()), request.date(),
                request.siteId() == null ? null : new SiteId(request.siteId()), request.minutes(), caller, locale);
        return ResponseEntity.created(URI.create("/api/v1/referrals/" + referral.id()))
                .body(ReferralResponse.of(referral));
    }

    @PostMapping("/referrals/{id}/outcome")
    @Operation(summary = "Registra l'esito comunicato dall'impresa: colloquio, selezione, assunzione, rifiuto, ritiro")
    ReferralResponse outcome(@PathVariable UUID id, @RequestBody OutcomeRequest request, CurrentUser caller) {
        return ReferralResponse.of(referrals.recordOutcome(new ReferralId(id), new Outcome(request.status(),
                request.date(), request.contractStart(), request.contractType(), request.reason()), caller));
    }

    record CancellationRequest(String reason) {
    }

    @PostMapping("/referrals/{id}/steps/{position}/cancellation")
    @Operation(summary = "Annulla un passo dell'invio registrato per errore (0: l'invio stesso); solo l'ultimo ancora valido")
    ReferralResponse cancelStep(@PathVariable UUID id, @PathVariable int position,
            @RequestBody CancellationRequest request, CurrentUser caller, java.util.Locale locale) {
        return ReferralResponse.of(cancellations.cancelStep(new ReferralId(id), position, request.reason(), caller,
                locale));
    }

    @GetMapping("/referrals/{id}")
    ReferralResponse referral(@PathVariable UUID id, CurrentUser caller) {
        return ReferralResponse.of(referrals.referral(new ReferralId(id), caller));
    }

    @GetMapping("/vacancies/{id}/referrals")
    List<ReferralResponse> ofVacancy(@PathVariable UUID id, CurrentUser caller) {
        return referrals.ofVacancy(new VacancyId(id), caller).stream().map(ReferralResponse::of).toList();
    }

    @GetMapping("/persons/{id}/referrals")
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
