package it.retelavoro.pathway.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.retelavoro.catalogue.CpiExclusiveFunction;
import it.retelavoro.catalogue.DeliveryMode;
import it.retelavoro.catalogue.GroupCall;
import it.retelavoro.catalogue.GroupReason;
import it.retelavoro.catalogue.ServiceCode;
import it.retelavoro.pathway.ActionId;
import it.retelavoro.pathway.AgeBand;
import it.retelavoro.pathway.Delivery;
import it.retelavoro.pathway.DeliveryMediator;
import it.retelavoro.pathway.DeliveryRegistration;
import it.retelavoro.pathway.InternshipId;
import it.retelavoro.pathway.Outcome;
import it.retelavoro.pathway.PactsAndPlans;
import it.retelavoro.pathway.PathwayCommands.ActionPlanTerms;
import it.retelavoro.pathway.PathwayCommands.ActionUpdate;
import it.retelavoro.pathway.PathwayCommands.DeliveryOutputs;
import it.retelavoro.pathway.PathwayCommands.DeliveryRequest;
import it.retelavoro.pathway.PathwayCommands.GroupSessionRequest;
import it.retelavoro.pathway.PathwayCommands.InformationVisit;
import it.retelavoro.pathway.PathwayCommands.InternshipPlan;
import it.retelavoro.pathway.PathwayCommands.PactTerms;
import it.retelavoro.pathway.PathwayCommands.PlannedActionRequest;
import it.retelavoro.pathway.PathwayCommands.SpecificNeed;
import it.retelavoro.pathway.PathwayCommands.TrainingRecord;
import it.retelavoro.pathway.PathwayOverviews;
import it.retelavoro.pathway.TimelineEntry;
import it.retelavoro.pathway.TrainingAndInternships;
import it.retelavoro.pathway.TrainingEventKind;
import it.retelavoro.pathway.web.PathwayViews.ActionPlanView;
import it.retelavoro.pathway.web.PathwayViews.DeliveryView;
import it.retelavoro.pathway.web.PathwayViews.InternshipView;
import it.retelavoro.pathway.web.PathwayViews.PactView;
import it.retelavoro.pathway.web.PathwayViews.TrainingView;
import it.retelavoro.person.PersonId;
import it.retelavoro.person.Sex;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.SiteId;
import it.retelavoro.shared.UserId;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The JSON API of a person's pathway (the DID has {@link DidApiController}): deliveries of A1-A6, Patto, PAI, training, internships, timeline. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Percorso della persona", description = "DID, servizi A1-A6, Patto di Servizio, PAI, formazione, tirocini")
class PathwayApiController {

    private final DeliveryRegistration registration;
    private final PactsAndPlans plans;
    private final TrainingAndInternships training;
    private final PathwayOverviews overviews;
    private final PathwayDocuments documents;
    private final AdvisoryViews advisories;
    private final MeetingsJson meetingsJson;

    PathwayApiController(DeliveryRegistration registration, PactsAndPlans plans,
            TrainingAndInternships training, PathwayOverviews overviews,
            PathwayDocuments documents, AdvisoryViews advisories, MeetingsJson meetingsJson) {
        this.advisories = advisories;
        this.meetingsJson = meetingsJson;
        this.registration = registration;
        this.plans = plans;
        this.training = training;
        this.overviews = overviews;
        this.documents = documents;
    }

    // --- deliveries ----------------------------------------------------------------------------------

    record OutputsBody(String referral, PactTerms pact, ActionPlanTerms actionPlan, UUID actionId,
            Boolean interviewReferral, Boolean jobPlacement) {

        DeliveryOutputs toOutputs() {
            return new DeliveryOutputs(referral, pact, actionPlan, actionId == null ? null : new ActionId(actionId),
                    Boolean.TRUE.equals(interviewReferral), Boolean.TRUE.equals(jobPlacement));
        }

        static DeliveryOutputs of(OutputsBody body) {
            return body == null ? DeliveryOutputs.none() : body.toOutputs();
        }
    }

    /**
     * The cultural mediator who supported the delivery: {@code {operatorId}} (an operator of the organisation
     * with the mediation competence) or {@code {name, organisation, languages}} (from outside the network).
     */
    record MediatorBody(UUID operatorId, String name, String organisation, Set<String> languages) {

        static DeliveryMediator of(MediatorBody body) {
            if (body == null) {
                return null;
            }
            return new DeliveryMediator(Optional.ofNullable(body.operatorId()).map(UserId::new), body.name(),
                    body.organisation(), body.languages());
        }
    }

    /**
     * @param meetings        the count of meetings, or (issue 13) the meetings one by one: {@code [{date, minutes,
     *                        mode, part}]}
     * @param inProgress      registered meeting by meeting (A.4): the first meeting opens the delivery
     * @param groupReason     why a group delivery is a group (A.2 in group)
     * @param groupReasonName the company or project the group reason names
     * @param programme       the code of the regional programme the delivery is registered under, if one
     */
    record DeliveryBody(ServiceCode service, DeliveryMode mode, LocalDate date, Integer minutes, Object meetings,
            UUID siteId, String notes, Set<ServiceCode> togetherWith, Set<CpiExclusiveFunction> functions,
            OutputsBody outputs, MediatorBody mediator, Boolean inProgress, GroupReason groupReason,
            String groupReasonName, String programme) {

        DeliveryRequest toRequest(MeetingsJson.Meetings meetings) {
            return new DeliveryRequest(service, mode, date, minutes, meetings.count(),
                    siteId == null ? null : new SiteId(siteId), notes, togetherWith, functions,
                    OutputsBody.of(outputs), MediatorBody.of(mediator), meetings.list(),
                    Boolean.TRUE.equals(inProgress), groupCall(groupReason, groupReasonName), programme);
        }
    }

    @PostMapping("/persons/{id}/deliveries")
    @Operation(summary = "Registra l'erogazione di un servizio A1-A6, giudicata dal repertorio (422 con le violazioni "
            + "bloccanti; gli avvisi non bloccano e sono elencati in advisories)", description = """
            Registra l'erogazione di un servizio A1-A6 alla persona, giudicata dal repertorio con la sua storia, i \
            suoi target complessi, le competenze dell'operatore e la sua assegnazione alla sede: un A2 registra \
            l'esito del Patto di servizio, un A3 quello del PAI, un A4-A6 è registrato nel PAI in vigore. Solo un \
            operatore dell'organizzazione che ha in carico la persona. Una violazione bloccante o un mese chiuso \
            danno 422 e nulla è salvato; gli avvisi non bloccano e sono registrati con l'erogazione (POST \
            .../deliveries/check li mostra senza registrare).""")
    ResponseEntity<DeliveryView> registerDelivery(@PathVariable UUID id, @RequestBody DeliveryBody body,
            CurrentUser caller, Locale locale) {
        Delivery delivery = registration.registerDelivery(new PersonId(id),
                body.toRequest(meetingsJson.read(body.meetings())), caller, locale);
        return ResponseEntity.created(URI.create("/api/v1/persons/" + id + "/deliveries/" + delivery.id()))
                .body(advisories.deliveries(delivery.personId(), caller, locale).apply(delivery));
    }

    @GetMapping("/persons/{id}/deliveries")
    @Operation(summary = "Le erogazioni alla persona, dalla più vecchia", description = """
            Le erogazioni dei servizi A1-A6 alla persona, dalla più vecchia, ciascuna con i suoi avvisi del \
            repertorio e l'eventuale annullamento. Un operatore dell'organizzazione che ha in carico la persona le \
            vede tutte; quello di un'organizzazione che l'ha persa per un cambio di organizzazione scelto dalla \
            persona solo quelle registrate dalla propria. La lettura è registrata nel registro di audit.""")
    List<DeliveryView> deliveries(@PathVariable UUID id, CurrentUser caller, Locale locale) {
        PersonId person = new PersonId(id);
        List<Delivery> found = registration.deliveries(person, caller);
        return found.stream().map(advisories.deliveries(Optional.of(person), caller, locale)).toList();
    }

    /**
     * @param pactOutcomes A.2: each participant's own Patto outcome, by person id (absent: none yet)
     */
    record GroupSessionBody(ServiceCode service, DeliveryMode mode, LocalDate date, Integer minutes, UUID siteId,
            String notes, Set<ServiceCode> togetherWith, OutputsBody outputs, List<UUID> participants,
            GroupReason groupReason, String groupReasonName, Map<UUID, Outcome> pactOutcomes,
            MediatorBody mediator) {
    }

    /** The group's reason with what it names, null when no reason is given. */
    static GroupCall groupCall(GroupReason reason, String name) {
        return reason == null ? null : new GroupCall(reason, name);
    }

    record GroupSessionView(UUID groupSessionId, List<DeliveryView> deliveries) {
    }

    @PostMapping("/group-sessions")
    @Operation(summary = "Registra una sessione di gruppo: un'erogazione per partecipante, tutte o nessuna",
            description = """
            Registra un servizio erogato a un gruppo in una sola seduta: un'erogazione per ciascun partecipante \
            (participants), giudicata dal repertorio sulla storia di ciascuno; se ne rifiuta anche uno solo, 422 con \
            le violazioni di ogni partecipante rifiutato e nulla è salvato. Per un A2 di gruppo pactOutcomes dà \
            l'esito del Patto di servizio di ciascun partecipante; PAI e azioni del PAI non si registrano in gruppo \
            (400). Solo un operatore dell'organizzazione che ha in carico tutti i partecipanti.""")
    ResponseEntity<GroupSessionView> registerGroupSession(@RequestBody GroupSessionBody body, CurrentUser caller,
            Locale locale) {
        List<Delivery> saved = registration.registerGroupSession(new GroupSessionRequest(body.service(), body.mode(),
                body.date(), body.minutes(), body.siteId() == null ? null : new SiteId(body.siteId()), body.notes(),
                body.togetherWith(), OutputsBody.of(body.outputs()), body.participants() == null ? null
                        : body.participants().stream().map(uuid -> uuid == null ? null : new PersonId(uuid))
                                .toList(), groupCall(body.groupReason(), body.groupReasonName()),
                pactOutcomes(body.pactOutcomes()), MediatorBody.of(body.mediator())), caller, locale);
        UUID session = saved.get(0).groupSessionId().orElseThrow().value();
        return ResponseEntity.created(URI.create("/api/v1/group-sessions/" + session))
                .body(new GroupSessionView(session, saved.stream().map(delivery -> advisories
                        .deliveries(delivery.personId(), caller, locale).apply(delivery)).toList()));
    }

    private static Map<PersonId, Outcome> pactOutcomes(Map<UUID, Outcome> byId) {
        Map<PersonId, Outcome> outcomes = new java.util.LinkedHashMap<>();
        if (byId != null) {
            byId.forEach((person, outcome) -> {
                if (outcome != null) {
                    outcomes.put(new PersonId(person), outcome);
                }
            });
        }
        return outcomes;
    }

    record InformationVisitBody(LocalDate date, UUID siteId, String sex, AgeBand ageBand, String referral,
            Integer minutes, String notes) {
    }

    @PostMapping("/information-visits")
    @Operation(summary = "Registra un A1 a un visitatore anonimo (solo sesso e fascia d'età)", description = """
            Registra un servizio A1 (accoglienza e informazione) dato a un visitatore che resta anonimo: di lui si \
            registrano solo sesso (M o F) e fascia d'età (ageBand), con giorno, sede e durata. Solo un operatore, in \
            una sede della propria organizzazione; 422 se il repertorio non lo ammette o se il mese è chiuso.""")
    ResponseEntity<DeliveryView> informVisitor(@RequestBody InformationVisitBody body, CurrentUser caller,
            Locale locale) {
        Delivery delivery = registration.informAnonymousVisitor(new InformationVisit(body.date(),
                body.siteId() == null ? null : new SiteId(body.siteId()), Sex.parse(body.sex()).orElse(null),
                body.ageBand(), body.referral(), body.minutes(), body.notes()), caller, locale);
        return ResponseEntity.created(URI.create("/api/v1/information-visits/" + delivery.id()))
                .body(advisories.deliveries(Optional.empty(), caller, locale).apply(delivery));
    }

    // --- Patto and PAI -------------------------------------------------------------------------------

    @GetMapping("/persons/{id}/pacts")
    @Operation(summary = "I Patti di Servizio proposti alla persona (sottoscritti o rifiutati)", description = """
            I Patti di servizio proposti alla persona, dal più vecchio, con l'esito (sottoscritto o rifiutato), se è \
            in vigore e l'eventuale annullamento. Un operatore dell'organizzazione che ha in carico la persona li \
            vede tutti; quello di un'organizzazione che l'ha persa per un cambio di organizzazione scelto dalla \
            persona solo quelli registrati dalla propria. La lettura è registrata nel registro di audit.""")
    List<PactView> pacts(@PathVariable UUID id, CurrentUser caller) {
        return plans.pacts(new PersonId(id), caller).stream().map(PactView::of).toList();
    }

    @GetMapping("/persons/{id}/action-plans")
    @Operation(summary = "I PAI proposti alla persona, con azioni e registro delle modifiche", description = """
            I Piani di Azione Individuale (PAI) proposti alla persona, dal più vecchio, con l'esito, le azioni e il \
            registro delle modifiche. Un operatore dell'organizzazione che ha in carico la persona li vede tutti; \
            quello di un'organizzazione che l'ha persa per un cambio di organizzazione scelto dalla persona solo \
            quelli registrati dalla propria. La lettura è registrata nel registro di audit.""")
    List<ActionPlanView> actionPlans(@PathVariable UUID id, CurrentUser caller) {
        return plans.actionPlans(new PersonId(id), caller).stream().map(ActionPlanView::of).toList();
    }

    @PostMapping("/persons/{id}/action-plan/actions")
    @Operation(summary = "Aggiunge un'azione al PAI in vigore", description = """
            Aggiunge un'azione (servizio, descrizione, scadenza) al Piano di Azione Individuale (PAI) in vigore \
            della persona; il registro del PAI la annota. Solo un operatore dell'organizzazione che ha in carico la \
            persona; 404 se la persona non ha un PAI in vigore, 400 per un'azione non valida.""")
    ActionPlanView addAction(@PathVariable UUID id, @RequestBody PlannedActionRequest body, CurrentUser caller) {
        return ActionPlanView.of(plans.addAction(new PersonId(id), body, caller));
    }

    @PostMapping("/persons/{id}/action-plan/actions/{actionId}/state")
    @Operation(summary = "Cambia lo stato di un'azione del PAI in vigore", description = """
            Porta un'azione del PAI in vigore a un nuovo stato (state: PLANNED, IN_PROGRESS, DONE, CANCELLED) nel \
            giorno date (oggi se assente), con una nota facoltativa; il registro del PAI lo annota. Solo un \
            operatore dell'organizzazione che ha in carico la persona; 404 se il PAI in vigore non ha l'azione, 400 \
            se l'azione è già chiusa o il giorno è futuro.""")
    ActionPlanView updateAction(@PathVariable UUID id, @PathVariable UUID actionId, @RequestBody ActionUpdate body,
            CurrentUser caller) {
        return ActionPlanView.of(plans.updateAction(new PersonId(id), new ActionId(actionId), body, caller));
    }

    @PostMapping("/persons/{id}/action-plan/specific-need")
    @Operation(summary = "Registra nel PAI in vigore lo specifico fabbisogno che apre la consulenza orientativa (A4)",
            description = """
            Registra nel PAI in vigore lo specifico fabbisogno, emerso dopo la sottoscrizione, che apre la \
            consulenza orientativa (A4): testo e giorno (oggi se assente, non prima del PAI). Solo un operatore \
            dell'organizzazione che ha in carico la persona; 404 se la persona non ha un PAI in vigore.""")
    ActionPlanView specificNeed(@PathVariable UUID id, @RequestBody SpecificNeed body, CurrentUser caller) {
        return ActionPlanView.of(plans.recordSpecificNeed(new PersonId(id), body, caller));
    }

    @GetMapping(value = "/persons/{id}/pact.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "Il Patto di Servizio in PDF, da consegnare per la firma", description = """
            L'ultimo Patto di servizio proposto alla persona, come documento PDF da stampare e consegnare per la \
            firma. Solo un operatore dell'organizzazione che ha in carico la persona; 404 se non ne è stato proposto \
            nessuno. La lettura è registrata nel registro di audit.""")
    ResponseEntity<byte[]> pactPdf(@PathVariable UUID id, CurrentUser caller, Locale locale) {
        return PathwayDocuments.pdf(documents.pact(new PersonId(id), caller, locale), "patto-di-servizio.pdf");
    }

    @GetMapping(value = "/persons/{id}/action-plan.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "Il Piano di Azione Individuale in PDF, da consegnare per la firma", description = """
            Il Piano di Azione Individuale (PAI) in vigore della persona, o l'ultimo proposto, come documento PDF da \
            stampare e consegnare per la firma. Solo un operatore dell'organizzazione che ha in carico la persona; \
            404 se non ne è stato proposto nessuno. La lettura è registrata nel registro di audit.""")
    ResponseEntity<byte[]> actionPlanPdf(@PathVariable UUID id, CurrentUser caller, Locale locale) {
        return PathwayDocuments.pdf(documents.actionPlan(new PersonId(id), caller, locale), "pai.pdf");
    }

    // --- training and internships --------------------------------------------------------------------

    record TrainingBody(TrainingEventKind event, LocalDate date, String course, String provider, Integer hours,
            UUID actionId) {
    }

    @PostMapping("/persons/{id}/training")
    @Operation(summary = "Registra un passo della formazione: invio a un corso, iscrizione, conclusione",
            description = """
            Registra un passo della formazione della persona (event: REFERRED invio a un corso, ENROLLED iscrizione, \
            COMPLETED conclusione, con le ore), con corso ed ente; se indica un'azione del PAI in vigore (actionId), \
            l'azione avanza e il PAI lo annota. Solo un operatore dell'organizzazione che ha in carico la persona; \
            422 se il giorno cade in un mese chiuso o è troppo retrodatato.""")
    ResponseEntity<TrainingView> recordTraining(@PathVariable UUID id, @RequestBody TrainingBody body,
            CurrentUser caller) {
        TrainingView view = TrainingView.of(training.recordTraining(new PersonId(id), new TrainingRecord(body.event(),
                body.date(), body.course(), body.provider(), body.hours(),
                body.actionId() == null ? null : new ActionId(body.actionId())), caller));
        return ResponseEntity.created(URI.create("/api/v1/persons/" + id + "/training/" + view.id())).body(view);
    }

    @GetMapping("/persons/{id}/training")
    @Operation(summary = "La formazione della persona", description = """
            I passi della formazione della persona (invio a un corso, iscrizione, conclusione), dal più vecchio. Un \
            operatore dell'organizzazione che ha in carico la persona li vede tutti; quello di un'organizzazione che \
            l'ha persa per un cambio di organizzazione scelto dalla persona solo quelli registrati dalla propria. La \
            lettura è registrata nel registro di audit.""")
    List<TrainingView> training(@PathVariable UUID id, CurrentUser caller) {
        return training.training(new PersonId(id), caller).stream().map(TrainingView::of).toList();
    }

    record InternshipBody(LocalDate start, LocalDate end, String host, String tutor, UUID actionId) {
    }

    record ActivationBody(LocalDate date) {
    }

    @PostMapping("/persons/{id}/internships")
    @Operation(summary = "Registra un tirocinio concordato (soggetto ospitante, date, tutor)", description = """
            Registra un tirocinio concordato con un soggetto ospitante (start, end, host, tutor), da attivare poi; \
            se indica un'azione del PAI in vigore (actionId), il PAI lo annota. Solo un operatore \
            dell'organizzazione che ha in carico la persona.""")
    ResponseEntity<InternshipView> planInternship(@PathVariable UUID id, @RequestBody InternshipBody body,
            CurrentUser caller) {
        InternshipView view = InternshipView.of(training.planInternship(new PersonId(id), new InternshipPlan(
                body.start(), body.end(), body.host(), body.tutor(),
                body.actionId() == null ? null : new ActionId(body.actionId())), caller));
        return ResponseEntity.created(URI.create("/api/v1/persons/" + id + "/internships/" + view.id())).body(view);
    }

    @PostMapping("/persons/{id}/internships/{internshipId}/activation")
    @Operation(summary = "Attiva il tirocinio in una data", description = """
            Attiva un tirocinio della persona nel giorno date (oggi se assente, mai futuro): conta tra i tirocini \
            attivati e l'azione del PAI collegata passa in corso. Solo un operatore dell'organizzazione che ha in \
            carico la persona; 409 se il tirocinio è già attivo, 422 se il giorno cade in un mese chiuso o è troppo \
            retrodatato.""")
    InternshipView activateInternship(@PathVariable UUID id, @PathVariable UUID internshipId,
            @RequestBody(required = false) ActivationBody body, CurrentUser caller) {
        return InternshipView.of(training.activateInternship(new PersonId(id), new InternshipId(internshipId),
                body == null ? null : body.date(), caller));
    }

    @GetMapping("/persons/{id}/internships")
    @Operation(summary = "I tirocini della persona", description = """
            I tirocini della persona, concordati o attivati. Un operatore dell'organizzazione che ha in carico la \
            persona li vede tutti; quello di un'organizzazione che l'ha persa per un cambio di organizzazione scelto \
            dalla persona solo quelli registrati dalla propria. La lettura è registrata nel registro di audit.""")
    List<InternshipView> internships(@PathVariable UUID id, CurrentUser caller) {
        return training.internships(new PersonId(id), caller).stream().map(InternshipView::of).toList();
    }

    // --- timeline ------------------------------------------------------------------------------------

    @GetMapping("/persons/{id}/timeline")
    @Operation(summary = "Tutto il percorso in ordine: DID, erogazioni, Patto, PAI, formazione, tirocini",
            description = """
            Tutto il percorso della persona in ordine di data: DID, erogazioni A1-A6, Patto di servizio, PAI, \
            formazione e tirocini, una voce per atto (date, kind, service, detail). Solo un operatore \
            dell'organizzazione che ha in carico la persona; la lettura è registrata nel registro di audit.""")
    List<Map<String, Object>> timeline(@PathVariable UUID id, CurrentUser caller) {
        return overviews.timeline(new PersonId(id), caller).stream().map(PathwayApiController::describe).toList();
    }

    private static Map<String, Object> describe(TimelineEntry entry) {
        var result = new java.util.LinkedHashMap<String, Object>();
        result.put("date", entry.date());
        result.put("kind", entry.kind());
        if (entry.service() != null) {
            result.put("service", entry.service());
        }
        if (entry.detail() != null) {
            result.put("detail", entry.detail());
        }
        return result;
    }
}
