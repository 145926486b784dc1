package it.retelavoro.interop.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.retelavoro.interop.co.WorkHistory;
import it.retelavoro.interop.co.WorkHistoryEntry;
import it.retelavoro.person.PersonId;
import it.retelavoro.shared.CurrentUser;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The work history the Comunicazioni Obbligatorie make, read-only, for the operators who may see it. */
@RestController
@Tag(name = "Storia lavorativa (CO)")
class WorkHistoryApiController {

    private final WorkHistory workHistory;

    WorkHistoryApiController(WorkHistory workHistory) {
        this.workHistory = workHistory;
    }

    @GetMapping("/api/v1/persons/{id}/work-history")
    @Operation(summary = "La storia lavorativa della persona dalle Comunicazioni Obbligatorie",
            description = "I rapporti di lavoro, dal più recente, con le etichette dei codici; per gli operatori"
                    + " dell'organizzazione che ha in carico la persona. Sola lettura: le esperienze inserite dagli"
                    + " operatori sono nel profilo della persona.")
    List<WorkHistoryEntry> ofPerson(@PathVariable UUID id, CurrentUser caller, Locale locale) {
        return workHistory.ofPerson(new PersonId(id), caller, locale).employments();
    }

    @GetMapping("/api/v1/work-history")
    @Operation(summary = "Le Comunicazioni Obbligatorie di un lavoratore non ancora registrato",
            description = "Per gli operatori di un CPI: i rapporti di lavoro del codice fiscale il cui domicilio è in"
                    + " una provincia dove il CPI ha una sede. Si collegano alla persona quando è registrata.")
    List<WorkHistoryEntry> unattached(@RequestParam String fiscalCode, CurrentUser caller, Locale locale) {
        return workHistory.unattached(fiscalCode, caller, locale);
    }
}
