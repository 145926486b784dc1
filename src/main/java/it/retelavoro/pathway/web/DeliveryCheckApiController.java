package it.retelavoro.pathway.web;

import it.retelavoro.catalogue.Verdict;
import it.retelavoro.pathway.DeliveryRegistration;
import it.retelavoro.pathway.web.PathwayApiController.DeliveryBody;
import it.retelavoro.pathway.web.PathwayViews.AdvisoryView;
import it.retelavoro.person.PersonId;
import it.retelavoro.shared.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The dry run of a delivery: what the repertorio would say of it, before saving (issue 13). The operator is
 * shown the advisory findings ("Avvisi: registra comunque") and the blocking ones, and nothing is saved.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Percorso della persona")
class DeliveryCheckApiController {

    private final DeliveryRegistration registration;
    private final AdvisoryViews advisories;
    private final MeetingsJson meetingsJson;

    DeliveryCheckApiController(DeliveryRegistration registration, AdvisoryViews advisories,
            MeetingsJson meetingsJson) {
        this.registration = registration;
        this.advisories = advisories;
        this.meetingsJson = meetingsJson;
    }

    /**
     * What a registration would answer, without saving.
     *
     * @param allowed          whether it would be registered (no blocking finding)
     * @param catalogueVersion the version that judged it, null when none was in force
     * @param violations       the blocking findings, those a registration answers with 422
     * @param advisories       the advisory findings, recorded with the delivery when it is registered
     */
    record CheckView(boolean allowed, String catalogueVersion, List<AdvisoryView> violations,
            List<AdvisoryView> advisories) {
    }

    @PostMapping("/persons/{id}/deliveries/check")
    @Operation(summary = "Verifica un'erogazione senza registrarla: violazioni bloccanti e avvisi", description = """
            Giudica un'erogazione di un servizio A1-A6 come farebbe la registrazione (stesso corpo di POST \
            /api/v1/persons/{id}/deliveries) e non salva nulla: dice se sarebbe registrata, la versione del \
            repertorio che la giudica, le violazioni bloccanti (quelle che la registrazione rifiuterebbe con 422) e \
            gli avvisi. Solo un operatore dell'organizzazione che ha in carico la persona; 400 per un campo mancante \
            o non valido.""")
    CheckView check(@PathVariable UUID id, @RequestBody DeliveryBody body, CurrentUser caller, Locale locale) {
        PersonId person = new PersonId(id);
        Verdict verdict = registration.check(person, body.toRequest(meetingsJson.read(body.meetings())), caller,
                locale);
        return new CheckView(verdict.isAllowed(), verdict.catalogueVersion().orElse(null),
                advisories.findings(verdict.blocking(), person, caller, locale),
                advisories.findings(verdict.advisories(), person, caller, locale));
    }
}
