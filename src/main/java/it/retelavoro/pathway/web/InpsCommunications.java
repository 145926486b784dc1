package it.retelavoro.pathway.web;

import it.retelavoro.pathway.ConditionalityMeasureId;
import it.retelavoro.pathway.ConditionalityMeasures;
import it.retelavoro.shared.CurrentUser;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The communications to INPS of the confirmed measures of condizionalità, for the pages and the API alike: one as
 * PDF, those of a period as CSV (semicolons, UTF-8) for the regional transmission.
 */
@Component
class InpsCommunications {

    private final ConditionalityMeasures measures;
    private final PathwayDocuments documents;
    private final ZoneId zone;

    InpsCommunications(ConditionalityMeasures measures, PathwayDocuments documents, Clock clock) {
        this.measures = measures;
        this.documents = documents;
        this.zone = clock.getZone();
    }

    ResponseEntity<byte[]> pdf(UUID id, CurrentUser caller, Locale locale) {
        return PathwayDocuments.pdf(documents.inpsCommunication(
                measures.communication(new ConditionalityMeasureId(id), caller), locale),
                "comunicazione-inps-" + id.toString().substring(0, 8) + ".pdf");
    }

    ResponseEntity<byte[]> csv(LocalDate from, LocalDate to, CurrentUser caller) {
        List<ConditionalityMeasures.InpsCommunication> rows = measures.communications(from, to, caller);
        StringWriter text = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(text, CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader(
                "id_misura", "codice_fiscale", "cognome", "nome", "cpi", "data_assenza", "numero_assenza", "misura",
                "quota_mensilita", "descrizione", "fonte", "regole_da_confermare", "confermata_il", "confermata_da")
                .get())) {
            for (ConditionalityMeasures.InpsCommunication c : rows) {
                csv.printRecord(c.measureId(), c.fiscalCode(), c.lastName(), c.firstName(), c.cpi(), c.absenceOn(),
                        c.step(), c.measure(), c.monthlyFraction() == null ? "" : c.monthlyFraction().toPlainString(),
                        c.label(), c.basis(), c.rulesToConfirm(),
                        DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(c.confirmedAt().atZone(zone)), c.confirmedBy());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("condizionalita-inps-" + from + "-" + to + ".csv").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(text.toString().getBytes(StandardCharsets.UTF_8));
    }
}
