package it.retelavoro.interop.web;

import it.retelavoro.interop.sap.SapSheets;
import it.retelavoro.interop.sap.SapSheets.Format;
import it.retelavoro.person.PersonId;
import it.retelavoro.shared.CurrentUser;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The SAP in PDF from the person's page (the link Scheda SAP), with the pages' session. */
@Controller
class SapPagesController {

    private final SapSheets sheets;
    private final SapDocuments documents;

    SapPagesController(SapSheets sheets, SapDocuments documents) {
        this.sheets = sheets;
        this.documents = documents;
    }

    @GetMapping("/persons/{id}/sap.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable UUID id, CurrentUser caller, Locale locale) {
        return SapDocuments.pdfResponse(documents.pdf(sheets.sheet(new PersonId(id), Format.PDF, caller, locale),
                locale));
    }
}
