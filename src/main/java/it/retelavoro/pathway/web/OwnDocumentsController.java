package it.retelavoro.pathway.web;

import it.retelavoro.pathway.OwnPathway;
import it.retelavoro.person.OwnRecords;
import it.retelavoro.person.PersonId;
import it.retelavoro.shared.Citizen;
import it.retelavoro.shared.NotFoundException;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;

/** The citizen's own Patto and PAI as PDF, from their area (issue 17). */
@Controller
class OwnDocumentsController {

    private final OwnRecords records;
    private final OwnPathway pathway;
    private final PathwayDocuments documents;

    OwnDocumentsController(OwnRecords records, OwnPathway pathway, PathwayDocuments documents) {
        this.records = records;
        this.pathway = pathway;
        this.documents = documents;
    }

    @GetMapping("/me/pact.pdf")
    ResponseEntity<byte[]> pact(Citizen citizen, Locale locale) {
        return PathwayDocuments.pdf(documents.pact(pathway.pactForPrint(person(citizen)), locale),
                "patto-di-servizio.pdf");
    }

    @GetMapping("/me/action-plan.pdf")
    ResponseEntity<byte[]> actionPlan(Citizen citizen, Locale locale) {
        return PathwayDocuments.pdf(documents.actionPlan(pathway.actionPlanForPrint(person(citizen)), locale),
                "pai.pdf");
    }

    private PersonId person(Citizen citizen) {
        return records.idOf(citizen).orElseThrow(() -> new NotFoundException("person", "self"));
    }
}
