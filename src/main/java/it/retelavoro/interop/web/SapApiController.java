package it.retelavoro.interop.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.retelavoro.interop.sap.Sap;
import it.retelavoro.interop.sap.SapSheets;
import it.retelavoro.interop.sap.SapSheets.Format;
import it.retelavoro.person.PersonId;
import it.retelavoro.shared.CurrentUser;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The SAP of a person: {@code GET /api/v1/persons/{id}/sap} (JSON), {@code sap.xml} and {@code sap.pdf}, for an
 * operator of the organisation that has the person in charge; every read audited. JSON and XML carry the
 * descriptions of the codes in Italian, whatever the request's language, as the national exchange does; the PDF
 * is printed in the request's language.
 */
@RestController
@RequestMapping("/api/v1/persons/{id}")
@Tag(name = "Scheda Anagrafico-Professionale", description = "La SAP della persona: dati anagrafici e"
        + " amministrativi, esperienze, formazione, lingue, professioni desiderate, disponibilità, politiche attive")
class SapApiController {

    private final SapSheets sheets;
    private final SapDocuments documents;

    SapApiController(SapSheets sheets, SapDocuments documents) {
        this.sheets = sheets;
        this.documents = documents;
    }

    @GetMapping(value = "/sap", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "La Scheda Anagrafico-Professionale della persona in JSON",
            description = "Le sezioni della SAP nazionale; i nomi dei campi e la loro corrispondenza con quelli"
                    + " nazionali sono in docs/sap.md. Solo per gli operatori dell'ente che ha in carico la persona.")
    Sap json(@PathVariable UUID id, CurrentUser caller) {
        return sheets.sheet(new PersonId(id), Format.JSON, caller, Locale.ITALIAN);
    }

    @GetMapping(value = "/sap.xml", produces = MediaType.APPLICATION_XML_VALUE)
    @Operation(summary = "La Scheda Anagrafico-Professionale in XML (namespace urn:retelavoro:sap:1)", description = """
            Le sezioni della SAP della persona in XML, con le descrizioni dei codici in italiano come nello scambio \
            nazionale; la corrispondenza con i campi nazionali è in docs/sap.md. Solo un operatore \
            dell'organizzazione che ha in carico la persona (403 per gli altri); ogni lettura è registrata \
            nell'audit.""")
    ResponseEntity<byte[]> xml(@PathVariable UUID id, CurrentUser caller) {
        return SapDocuments.xmlResponse(sheets.sheet(new PersonId(id), Format.XML, caller, Locale.ITALIAN));
    }

    @GetMapping(value = "/sap.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "La Scheda Anagrafico-Professionale in PDF, da stampare", description = """
            La SAP della persona in PDF, da stampare o consegnare, nella lingua della richiesta. Solo un operatore \
            dell'organizzazione che ha in carico la persona (403 per gli altri); ogni lettura è registrata \
            nell'audit.""")
    ResponseEntity<byte[]> pdf(@PathVariable UUID id, CurrentUser caller, Locale locale) {
        return SapDocuments.pdfResponse(documents.pdf(sheets.sheet(new PersonId(id), Format.PDF, caller, locale),
                locale));
    }
}
