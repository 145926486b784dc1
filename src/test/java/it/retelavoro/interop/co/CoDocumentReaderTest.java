package it.retelavoro.interop.co;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** UniLav and UniSomm documents, hand-written under {@code src/test/resources/co}, read into records. */
class CoDocumentReaderTest {

    private final CoDocumentReader reader = new CoDocumentReader();

    @Test
    void reads_a_unilav_hire_with_its_employer_worker_and_start() {
        CoDocument document = read("unilav-hire.xml");

        assertThat(document.kind()).isEqualTo(CoKind.UNILAV);
        assertThat(document.code()).isEqualTo(new CoCode("1300000012345678"));
        assertThat(document.previousCode()).isNull();
        assertThat(document.sentAt()).isEqualTo(OffsetDateTime.of(2024, 3, 1, 10, 15, 0, 0, ZoneOffset.ofHours(1)));
        assertThat(document.version()).isEqualTo("CO160201R1");
        assertThat(document.communicationType()).isEqualTo("01");
        assertThat(document.isRectification()).isFalse();
        assertThat(document.userCompany()).isNull();
        assertThat(document.employer()).isEqualTo(new CoEmployer("01234567890", "OFFICINE ESEMPIO SRL",
                new CoAddress("L219", "10121", "Via Roma 1"), new CoAddress("F952", "28100", "Corso Italia 10"),
                "25.62.00", false));
        assertThat(document.worker()).isEqualTo(new CoWorker("RSSMRA85T50L219X", "Rossi", "Maria", "000", "F",
                "L219", LocalDate.of(1985, 12, 10), new CoAddress("F952", "28100", "Via dei Mille 5"), "40"));
        assertThat(document.event()).isEqualTo(new CoEvent.Start(LocalDate.of(2024, 3, 4),
                LocalDate.of(2024, 9, 30), "P", "6.2.1.3.1", "A.02.00"));
        assertThat(document.event().date()).isEqualTo(LocalDate.of(2024, 3, 4));
    }

    @Test
    void reads_an_extension_from_proroga_and_its_contract() {
        CoDocument document = read("unilav-extension.xml");

        assertThat(document.event()).isEqualTo(new CoEvent.Extension(LocalDate.of(2024, 3, 4),
                LocalDate.of(2025, 3, 31), "A.02.00"));
        assertThat(document.event().date()).isEqualTo(LocalDate.of(2025, 3, 31));
    }

    @Test
    void reads_a_transformation_with_the_contract_it_becomes() {
        assertThat(read("unilav-transformation.xml").event()).isEqualTo(
                new CoEvent.Transformation(LocalDate.of(2024, 10, 1), "DI", "A.01.00", "F",
                        LocalDate.of(2024, 3, 4)));
    }

    @Test
    void reads_a_cessation_with_its_cause_upper_cased() {
        assertThat(read("unilav-cessation.xml").event())
                .isEqualTo(new CoEvent.Cessation(LocalDate.of(2024, 6, 15), "LI", null));
    }

    @Test
    void reads_the_start_a_cessation_repeats_to_name_the_relationship_it_ends() throws IOException {
        String xml;
        try (InputStream in = resource("unilav-cessation.xml")) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String withStart = xml.replace("<Cessazione dataCessazione=\"2024-06-15\" codiceCausa=\"li\"/>",
                "<Cessazione dataCessazione=\"2024-06-15\" codiceCausa=\"li\"><Contratto dataInizio=\"2024-03-04\""
                        + " TipologiaContrattuale=\"A.02.00\"/></Cessazione>");
        assertThat(withStart).isNotEqualTo(xml);

        assertThat(reader.read(withStart.getBytes(StandardCharsets.UTF_8)).event())
                .isEqualTo(new CoEvent.Cessation(LocalDate.of(2024, 6, 15), "LI", LocalDate.of(2024, 3, 4)));
    }

    @Test
    void a_rectification_names_the_communication_it_corrects() {
        CoDocument document = read("unilav-rectification.xml");

        assertThat(document.isRectification()).isTrue();
        assertThat(document.code()).isEqualTo(new CoCode("1300000012350002"));
        assertThat(document.previousCode()).isEqualTo(new CoCode("1300000012345678"));
    }

    @Test
    void a_cancellation_may_name_the_previous_communication_as_an_element() {
        CoDocument document = read("unilav-cancellation.xml");

        assertThat(document.isCancellation()).isTrue();
        assertThat(document.previousCode()).isEqualTo(new CoCode("1300000012345678"));
    }

    @Test
    void refuses_a_rectification_that_names_no_previous_communication() {
        CoDocumentException refusal = refusal("unilav-rectification-without-previous-code.xml");

        assertThat(refusal).hasMessageContaining("codiceComunicazionePrecedente");
        assertThat(refusal.line()).isEqualTo(lineOf("unilav-rectification-without-previous-code.xml",
                "<TipoComunicazione>"));
    }

    @Test
    void ignores_elements_it_does_not_know_even_an_event_name_in_another_namespace() {
        assertThat(read("unilav-unknown-elements.xml")).isEqualTo(read("unilav-hire.xml"));
    }

    @Test
    void reads_a_unisomm_with_the_agency_as_employer_and_the_mission_at_the_user_company() {
        CoDocument document = read("unisomm-hire.xml");

        assertThat(document.kind()).isEqualTo(CoKind.UNISOMM);
        assertThat(document.sentAt()).isEqualTo(
                OffsetDateTime.of(2024, 5, 2, 9, 30, 0, 500_000_000, ZoneOffset.ofHours(2)));
        assertThat(document.employer().fiscalCode()).isEqualTo("09876543210");
        assertThat(document.employer().name()).isEqualTo("AGENZIA LAVORO ESEMPIO SPA");
        assertThat(document.employer().workplace()).isEqualTo(new CoAddress("F205", "20121", "Via Esempio 3"));
        assertThat(document.userCompany()).isEqualTo(new CoEmployer("11122233344", "LOGISTICA UTILIZZATRICE SRL",
                new CoAddress("L219", "10100", "Strada del Porto 8"),
                new CoAddress("F952", "28100", "Via dei Magazzini 2"), "52.10.00", false));
        assertThat(document.worker().fiscalCode()).isEqualTo("BNCLCU99C07F205Q");
        assertThat(document.worker().address()).isNull();
        // the mission's dates and working time, the contract type of the agency's relationship
        assertThat(document.event()).isEqualTo(new CoEvent.Start(LocalDate.of(2024, 5, 6),
                LocalDate.of(2024, 7, 31), "F", "8.1.3.1.0", "A.02.00"));
    }

    @Test
    void refuses_malformed_xml_with_the_line_of_the_fault() {
        CoDocumentException refusal = refusal("unilav-malformed.xml");

        assertThat(refusal).hasMessage("Il documento non è XML ben formato.");
        assertThat(refusal.line()).isEqualTo(lineOf("unilav-malformed.xml", "<nome>Maria</cognome>"));
    }

    @Test
    void refuses_a_worker_without_codice_fiscale_at_the_line_of_the_worker_data() {
        CoDocumentException refusal = refusal("unilav-missing-worker-fiscal-code.xml");

        assertThat(refusal).hasMessage(
                "Manca il dato obbligatorio «UniLav/Lavoratore/AnagraficaCompleta/codice-fiscale».");
        assertThat(refusal.line())
                .isEqualTo(lineOf("unilav-missing-worker-fiscal-code.xml", "<AnagraficaCompleta>"));
    }

    @Test
    void refuses_a_date_that_does_not_exist() {
        CoDocumentException refusal = refusal("unilav-bad-date.xml");

        assertThat(refusal).hasMessageStartingWith(
                "Data non valida in «UniLav/Lavoratore/AnagraficaCompleta/nascita/data»: «1985-02-30»");
        assertThat(refusal.line()).isEqualTo(lineOf("unilav-bad-date.xml", "<data>1985-02-30</data>"));
    }

    @Test
    void refuses_a_communication_code_of_15_digits() {
        CoDocumentException refusal = refusal("unilav-15-digit-code.xml");

        assertThat(refusal).hasMessage("Codice comunicazione non valido in «UniLav/@codiceComunicazione»: "
                + "«130000001234567» (attese 16 cifre).");
        assertThat(refusal.line()).isEqualTo(2);
    }

    @Test
    void refuses_a_document_with_two_events_at_the_second() {
        CoDocumentException refusal = refusal("unilav-two-events.xml");

        assertThat(refusal).hasMessageContaining("più di un evento").hasMessageContaining("Cessazione");
        assertThat(refusal.line()).isEqualTo(lineOf("unilav-two-events.xml", "<Cessazione"));
    }

    @Test
    void refuses_a_document_with_no_event() {
        assertThat(refusal("unilav-no-event.xml")).hasMessageStartingWith("Il documento non comunica alcun evento");
    }

    @Test
    void refuses_a_doctype_so_an_external_entity_is_never_resolved() {
        CoDocumentException refusal = refusal("unilav-xxe.xml");

        assertThat(refusal).hasMessageContaining("DOCTYPE").hasMessageNotContaining("root:");
        assertThat(refusal.line()).isEqualTo(2);
    }

    @Test
    void refuses_a_root_of_another_model_or_namespace() {
        CoDocumentException other = catchThrowableOfType(() -> reader.read(
                "<UniUrg xmlns=\"http://servizi.lavoro.gov.it/uniurg\"/>".getBytes(StandardCharsets.UTF_8)),
                CoDocumentException.class);
        CoDocumentException namespace = catchThrowableOfType(() -> reader.read(
                "<UniLav xmlns=\"http://servizi.lavoro.gov.it/unisomm\"/>".getBytes(StandardCharsets.UTF_8)),
                CoDocumentException.class);

        assertThat(other).hasMessageContaining("«UniUrg» non riconosciuto");
        assertThat(namespace).hasMessageContaining("atteso http://servizi.lavoro.gov.it/unilav");
    }

    private CoDocument read(String resource) {
        try (InputStream in = resource(resource)) {
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private CoDocumentException refusal(String resource) {
        CoDocumentException refusal = catchThrowableOfType(() -> read(resource), CoDocumentException.class);
        assertThat(refusal).as("a refusal of %s", resource).isNotNull();
        return refusal;
    }

    /** The 1-based line of the first occurrence of {@code text} in the resource. */
    static int lineOf(String resource, String text) {
        try (InputStream in = resource(resource)) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].contains(text)) {
                    return i + 1;
                }
            }
            throw new AssertionError(text + " not in " + resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static InputStream resource(String name) {
        InputStream in = CoDocumentReaderTest.class.getResourceAsStream("/co/" + name);
        if (in == null) {
            throw new AssertionError("no test document " + name);
        }
        return in;
    }
}
