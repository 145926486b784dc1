package it.retelavoro.interop;

import static it.retelavoro.desk.DeskFixtures.ALFA;
import static it.retelavoro.desk.DeskFixtures.CPI_TORINO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import it.retelavoro.interop.CoEvents.CoApplied;
import it.retelavoro.interop.CoEvents.CoAttached;
import it.retelavoro.interop.CoEvents.CoCancelled;
import it.retelavoro.interop.CoEvents.EventKind;
import it.retelavoro.person.FiscalCodes;
import it.retelavoro.support.IntegrationTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Issue 15, part 1: the Comunicazioni Obbligatorie pushed by the regional CO node ({@code POST
 * /api/v1/co/communications}) or uploaded by an administrator ({@code /admin/co}) make the person's work history;
 * who may read it.
 */
@IntegrationTest
@RecordApplicationEvents
class CoIntakeApiTests {

    static final RequestPostProcessor FLOWS = httpBasic("flussi.nazionali", "demo");
    static final RequestPostProcessor ADMIN = httpBasic("admin", "demo");
    static final RequestPostProcessor CPI_CUNEO = httpBasic("cpi.cuneo", "demo");
    static final LocalDate BIRTH = LocalDate.of(1985, 12, 10);
    static final LocalDate START = LocalDate.of(2024, 3, 4);

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationEvents events;

    private ResultActions send(RequestPostProcessor who, UniLavDocument document) throws Exception {
        return mvc.perform(post("/api/v1/co/communications").contentType(MediaType.APPLICATION_XML)
                .content(document.bytes()).with(who));
    }

    private String sendAndRead(UniLavDocument document, String status) throws Exception {
        return send(FLOWS, document).andExpect(status().isOk())
                .andExpect(jsonPath("$.results[0].status").value(status))
                .andReturn().getResponse().getContentAsString();
    }

    private static String newWorker() {
        return FiscalCodes.random(BIRTH, "F", "L219");
    }

    /** A person with this codice fiscale, registered and taken in charge by the caller's organisation. */
    private String register(RequestPostProcessor who, String fiscalCode) throws Exception {
        String body = """
                {"fiscalCode": "%s", "firstName": "Maria", "lastName": "Rossi", "birthDate": "%s", "sex": "F",
                 "birthPlace": "L219", "citizenship": "IT", "residence": {"address": "Via Po 1", "comune": "L219"}}"""
                .formatted(fiscalCode, BIRTH);
        return JsonPath.read(mvc.perform(post("/api/v1/persons").contentType(MediaType.APPLICATION_JSON)
                .content(body).with(who)).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString(), "$.id");
    }

    private String workHistory(String person, RequestPostProcessor who) throws Exception {
        return mvc.perform(get("/api/v1/persons/" + person + "/work-history").with(who))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** A zip whose document's compressed bytes are damaged: it cannot be read. */
    private static byte[] damagedZip() throws IOException {
        byte[] zip = zip(Map.of("a.xml", UniLavDocument.hire(UniLavDocument.newEmployer(), newWorker(), START, null,
                "A.01.00", "F").bytes()));
        for (int i = 60; i < 90; i++) {
            zip[i] = (byte) ~zip[i];
        }
        return zip;
    }

    private static byte[] malformed() throws IOException {
        try (InputStream in = CoIntakeApiTests.class.getResourceAsStream("/co/unilav-malformed.xml")) {
            return in.readAllBytes();
        }
    }

    @Test
    void a_hire_an_extension_a_transformation_and_a_cessation_make_one_employment_of_the_work_history()
            throws Exception {
        String worker = newWorker();
        String person = register(CPI_TORINO, worker);
        String employer = UniLavDocument.newEmployer();
        UniLavDocument hire = UniLavDocument.hire(employer, worker, START, LocalDate.of(2024, 9, 30), "A.02.00", "P");

        send(FLOWS, hire).andExpect(status().isOk())
                .andExpect(jsonPath("$.received").value(1)).andExpect(jsonPath("$.applied").value(1))
                .andExpect(jsonPath("$.alreadyReceived").value(0)).andExpect(jsonPath("$.refused").value(0))
                .andExpect(jsonPath("$.results[0].name").value("documento.xml"))
                .andExpect(jsonPath("$.results[0].code").value(hire.code()))
                .andExpect(jsonPath("$.results[0].status").value("APPLIED"))
                .andExpect(jsonPath("$.results[0].personId").value(person));
        String history = workHistory(person, CPI_TORINO);
        assertThat(JsonPath.<List<?>>read(history, "$")).hasSize(1);
        assertThat(JsonPath.<String>read(history, "$[0].source")).isEqualTo("CO");
        assertThat(JsonPath.<String>read(history, "$[0].employerFiscalCode")).isEqualTo(employer);
        assertThat(JsonPath.<String>read(history, "$[0].employerName")).isEqualTo("OFFICINE " + employer + " SRL");
        assertThat(JsonPath.<String>read(history, "$[0].startDate")).isEqualTo("2024-03-04");
        assertThat(JsonPath.<String>read(history, "$[0].endDate")).isEqualTo("2024-09-30");
        assertThat(JsonPath.<String>read(history, "$[0].contractTypeLabel")).isEqualTo("LAVORO A TEMPO DETERMINATO");
        assertThat(JsonPath.<String>read(history, "$[0].workingTimeLabel")).isEqualTo("TEMPO PARZIALE ORIZZONTALE");
        assertThat(JsonPath.<String>read(history, "$[0].occupationCode")).isEqualTo("6.2.1.3.1");
        assertThat(JsonPath.<String>read(history, "$[0].workplaceLabel")).isEqualTo("Novara (NO)");
        assertThat(JsonPath.<String>read(history, "$[0].atecoCode")).isEqualTo("25.62.00");
        CoApplied applied = events.stream(CoApplied.class).filter(event -> event.code().equals(hire.code()))
                .findFirst().orElseThrow();
        assertThat(applied.personId().toString()).isEqualTo(person);
        assertThat(applied.kind()).isEqualTo(EventKind.HIRE);
        assertThat(applied.employerFiscalCode()).isEqualTo(employer);
        assertThat(applied.contractTypeCode()).isEqualTo("A.02.00");

        sendAndRead(UniLavDocument.extension(employer, worker, START, LocalDate.of(2025, 3, 31)), "APPLIED");
        assertThat(JsonPath.<String>read(workHistory(person, CPI_TORINO), "$[0].endDate")).isEqualTo("2025-03-31");

        sendAndRead(UniLavDocument.transformation(employer, worker, START, LocalDate.of(2024, 10, 1), "A.01.00", "F"),
                "APPLIED");
        history = workHistory(person, CPI_TORINO);
        assertThat(JsonPath.<String>read(history, "$[0].contractTypeCode")).isEqualTo("A.01.00");
        assertThat(JsonPath.<String>read(history, "$[0].workingTimeCode")).isEqualTo("F");
        assertThat(JsonPath.<Map<String, Object>>read(history, "$[0]")).as("open-ended: no end")
                .doesNotContainKey("endDate").containsKey("startDate");

        UniLavDocument cessation = UniLavDocument.cessation(employer, worker, START, LocalDate.of(2025, 6, 15), "LI");
        sendAndRead(cessation, "APPLIED");
        history = workHistory(person, CPI_TORINO);
        assertThat(JsonPath.<List<?>>read(history, "$")).hasSize(1);
        assertThat(JsonPath.<String>read(history, "$[0].endDate")).isEqualTo("2025-06-15");
        assertThat(JsonPath.<String>read(history, "$[0].cessationDate")).isEqualTo("2025-06-15");
        assertThat(JsonPath.<String>read(history, "$[0].cessationCauseLabel")).isEqualTo("LICENZIAMENTO INDIVIDUALE");
        assertThat(JsonPath.<List<String>>read(history, "$[0].communications")).hasSize(4)
                .startsWith(hire.code()).endsWith(cessation.code());
        assertThat(events.stream(CoApplied.class).filter(event -> event.code().equals(cessation.code()))
                .findFirst().orElseThrow().kind()).isEqualTo(EventKind.CESSATION);

        // a later hire with another employer is another employment, listed first
        String other = UniLavDocument.newEmployer();
        sendAndRead(UniLavDocument.hire(other, worker, LocalDate.of(2025, 9, 1), null, "A.01.00", "F"), "APPLIED");
        history = workHistory(person, CPI_TORINO);
        assertThat(JsonPath.<List<String>>read(history, "$[*].employerFiscalCode")).containsExactly(other, employer);

        String page = mvc.perform(get("/persons/" + person + "/work-history").with(CPI_TORINO))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Storia lavorativa (CO)").contains("OFFICINE " + employer + " SRL")
                .contains("04/03/2024 - 15/06/2025").contains("LICENZIAMENTO INDIVIDUALE").contains("in corso")
                .containsPattern("id=\"section-link-work-history\"[^>]*aria-current=\"page\"").doesNotContain("??");
        assertThat(mvc.perform(get("/persons/" + person).with(CPI_TORINO)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("href=\"/persons/" + person + "/work-history\"");
    }

    @Test
    void the_same_document_again_changes_nothing_and_answers_the_first_result() throws Exception {
        String worker = newWorker();
        String person = register(CPI_TORINO, worker);
        UniLavDocument hire = UniLavDocument.hire(UniLavDocument.newEmployer(), worker, START, null, "A.01.00", "F");
        sendAndRead(hire, "APPLIED");
        String before = workHistory(person, CPI_TORINO);

        send(FLOWS, hire).andExpect(status().isOk())
                .andExpect(jsonPath("$.applied").value(0)).andExpect(jsonPath("$.alreadyReceived").value(1))
                .andExpect(jsonPath("$.results[0].status").value("ALREADY_RECEIVED"))
                .andExpect(jsonPath("$.results[0].firstStatus").value("APPLIED"))
                .andExpect(jsonPath("$.results[0].personId").value(person));
        assertThat(workHistory(person, CPI_TORINO)).isEqualTo(before);
        assertThat(events.stream(CoApplied.class).filter(event -> event.code().equals(hire.code()))).hasSize(1);
    }

    @Test
    void a_rectification_replaces_the_effects_of_what_it_names_and_a_cancellation_reverses_them() throws Exception {
        String worker = newWorker();
        String person = register(CPI_TORINO, worker);
        String employer = UniLavDocument.newEmployer();
        UniLavDocument hire = UniLavDocument.hire(employer, worker, START, LocalDate.of(2024, 9, 30), "A.02.00", "P");
        sendAndRead(hire, "APPLIED");
        UniLavDocument extension = UniLavDocument.extension(employer, worker, START, LocalDate.of(2025, 3, 31));
        sendAndRead(extension, "APPLIED");

        // the hire rectified: a later end and full time, in place of the first hire
        UniLavDocument corrected = UniLavDocument.hire(employer, worker, START, LocalDate.of(2024, 12, 31), "A.02.00",
                "F").rectifying(hire.code());
        sendAndRead(corrected, "REPLACED_PREVIOUS");
        String history = workHistory(person, CPI_TORINO);
        assertThat(JsonPath.<List<?>>read(history, "$")).hasSize(1);
        assertThat(JsonPath.<String>read(history, "$[0].workingTimeCode")).isEqualTo("F");
        assertThat(JsonPath.<String>read(history, "$[0].endDate")).as("the extension still counts, after the hire")
                .isEqualTo("2025-03-31");
        assertThat(JsonPath.<List<String>>read(history, "$[0].communications"))
                .containsExactly(corrected.code(), extension.code());
        assertThat(events.stream(CoApplied.class).filter(event -> event.code().equals(corrected.code()))
                .findFirst().orElseThrow().replacedCode()).isEqualTo(hire.code());

        // the extension cancelled: the end is the rectified hire's again
        sendAndRead(extension.cancellation(), "CANCELLED_PREVIOUS");
        history = workHistory(person, CPI_TORINO);
        assertThat(JsonPath.<String>read(history, "$[0].endDate")).isEqualTo("2024-12-31");
        assertThat(JsonPath.<List<String>>read(history, "$[0].communications")).containsExactly(corrected.code());

        // the first hire cancelled (now the rectification stands for it): nothing is left of the employment
        UniLavDocument cancellation = hire.cancellation();
        sendAndRead(cancellation, "CANCELLED_PREVIOUS");
        assertThat(JsonPath.<List<?>>read(workHistory(person, CPI_TORINO), "$")).isEmpty();
        CoCancelled cancelled = events.stream(CoCancelled.class)
                .filter(event -> event.code().equals(cancellation.code())).findFirst().orElseThrow();
        assertThat(cancelled.cancelledCode()).isEqualTo(corrected.code());
        assertThat(cancelled.employmentId()).isNotNull();
        assertThat(cancelled.employmentRemoved()).isTrue();

        // a cancellation of what is cancelled, and a rectification of a code never received, are refused
        send(FLOWS, hire.cancellation()).andExpect(jsonPath("$.results[0].status").value("REFUSED"))
                .andExpect(jsonPath("$.results[0].message").value(containsString("annullata")));
        String unknown = UniLavDocument.newCode();
        send(FLOWS, hire.rectifying(unknown)).andExpect(jsonPath("$.refused").value(1))
                .andExpect(jsonPath("$.results[0].status").value("REFUSED"))
                .andExpect(jsonPath("$.results[0].line").value(0))
                .andExpect(jsonPath("$.results[0].message").value(containsString(unknown)));
        assertThat(JsonPath.<List<?>>read(workHistory(person, CPI_TORINO), "$")).isEmpty();
    }

    /** The malformed resource (a closing tag that does not match, line 21) under a code of its own. */
    private static byte[] malformed(String code) throws IOException {
        return new String(malformed(), StandardCharsets.UTF_8).replace("1300000012345678", code)
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void a_malformed_document_is_refused_with_its_line_kept_raw_and_nothing_of_it_applied() throws Exception {
        String code = UniLavDocument.newCode();
        byte[] bad = malformed(code);
        mvc.perform(post("/api/v1/co/communications").contentType(MediaType.TEXT_XML).content(bad).with(FLOWS))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.received").value(1)).andExpect(jsonPath("$.refused").value(1))
                .andExpect(jsonPath("$.applied").value(0))
                .andExpect(jsonPath("$.results[0].status").value("REFUSED"))
                .andExpect(jsonPath("$.results[0].line").value(21))
                .andExpect(jsonPath("$.results[0].message").isNotEmpty());

        // nothing of it was kept as received: a good document with its code is applied, not "already received"
        sendAndRead(UniLavDocument.hire(UniLavDocument.newEmployer(), newWorker(), START, null, "A.01.00", "F")
                .withCode(code), "APPLIED");
    }

    @Test
    void a_zip_applies_each_good_document_and_lists_the_refused_ones_kept_for_the_administrator() throws Exception {
        String worker = newWorker();
        String person = register(CPI_TORINO, worker);
        String employer = UniLavDocument.newEmployer();
        UniLavDocument hire = UniLavDocument.hire(employer, worker, START, LocalDate.of(2024, 9, 30), "A.02.00", "P");
        UniLavDocument extension = UniLavDocument.extension(employer, worker, START, LocalDate.of(2025, 3, 31));
        String badName = "rifiutate/" + UniLavDocument.newCode() + ".xml";
        byte[] bad = malformed(UniLavDocument.newCode());
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("lotto/assunzione.xml", hire.bytes());
        entries.put("lotto/leggimi.txt", "non un documento".getBytes(StandardCharsets.UTF_8));
        entries.put(badName, bad);
        entries.put("lotto/proroga.xml", extension.bytes());

        mvc.perform(post("/api/v1/co/communications").contentType("application/zip").content(zip(entries))
                        .with(FLOWS)).andExpect(status().isOk())
                .andExpect(jsonPath("$.received").value(3)).andExpect(jsonPath("$.applied").value(2))
                .andExpect(jsonPath("$.refused").value(1))
                .andExpect(jsonPath("$.results[0].name").value("lotto/assunzione.xml"))
                .andExpect(jsonPath("$.results[0].status").value("APPLIED"))
                .andExpect(jsonPath("$.results[1].name").value(badName))
                .andExpect(jsonPath("$.results[1].status").value("REFUSED"))
                .andExpect(jsonPath("$.results[1].line").value(21))
                .andExpect(jsonPath("$.results[2].status").value("APPLIED"))
                .andExpect(jsonPath("$.results[2].personId").value(person));
        assertThat(JsonPath.<String>read(workHistory(person, CPI_TORINO), "$[0].endDate")).isEqualTo("2025-03-31");

        String page = mvc.perform(get("/admin/co").with(ADMIN)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains(badName).contains(hire.code()).contains(extension.code()).doesNotContain("??")
                .doesNotContain(worker);
        Matcher link = Pattern.compile(Pattern.quote(badName) + "</td>.*?href=\"(/admin/co/rejected/[0-9a-f-]+)\"",
                Pattern.DOTALL).matcher(page);
        assertThat(link.find()).as("the download link of the refused entry").isTrue();
        byte[] raw = mvc.perform(get(link.group(1)).with(ADMIN)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(raw).isEqualTo(bad);
        mvc.perform(get(link.group(1)).with(CPI_TORINO)).andExpect(status().isForbidden());
    }

    @Test
    void the_documents_of_a_zip_applied_together_give_what_one_at_a_time_would_when_the_intake_refuses_one()
            throws Exception {
        String worker = newWorker();
        String person = register(CPI_TORINO, worker);
        String employer = UniLavDocument.newEmployer();
        UniLavDocument hire = UniLavDocument.hire(employer, worker, START, LocalDate.of(2024, 9, 30), "A.02.00", "P");
        UniLavDocument extension = UniLavDocument.extension(employer, worker, START, LocalDate.of(2025, 3, 31));
        String unknown = UniLavDocument.newCode();
        UniLavDocument orphan = extension.rectifying(unknown);
        UniLavDocument otherHire = UniLavDocument.hire(UniLavDocument.newEmployer(), worker, LocalDate.of(2024, 6, 3),
                null, "A.01.00", "F");
        UniLavDocument otherCancelled = otherHire.cancellation();
        UniLavDocument cessation = UniLavDocument.cessation(employer, worker, START, LocalDate.of(2025, 1, 31), "LI");
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("1.xml", hire.bytes());
        entries.put("2.xml", extension.bytes());
        entries.put("3.xml", orphan.bytes());
        entries.put("4.xml", otherHire.bytes());
        entries.put("5.xml", otherCancelled.bytes());
        entries.put("6.xml", cessation.bytes());
        entries.put("7.xml", hire.bytes());

        mvc.perform(post("/api/v1/co/communications").contentType("application/zip").content(zip(entries))
                        .with(FLOWS)).andExpect(status().isOk())
                .andExpect(jsonPath("$.received").value(7)).andExpect(jsonPath("$.applied").value(5))
                .andExpect(jsonPath("$.alreadyReceived").value(1)).andExpect(jsonPath("$.refused").value(1))
                .andExpect(jsonPath("$.results[*].status").value(org.hamcrest.Matchers.contains("APPLIED", "APPLIED",
                        "REFUSED", "APPLIED", "CANCELLED_PREVIOUS", "APPLIED", "ALREADY_RECEIVED")))
                .andExpect(jsonPath("$.results[2].line").value(0))
                .andExpect(jsonPath("$.results[2].message").value(containsString(unknown)))
                .andExpect(jsonPath("$.results[6].firstStatus").value("APPLIED"));
        String history = workHistory(person, CPI_TORINO);
        assertThat(JsonPath.<List<?>>read(history, "$")).as("the cancelled hire left nothing").hasSize(1);
        assertThat(JsonPath.<String>read(history, "$[0].endDate")).isEqualTo("2025-01-31");
        assertThat(JsonPath.<List<String>>read(history, "$[0].communications"))
                .containsExactly(hire.code(), extension.code(), cessation.code());

        // the refused one was kept nowhere as received: once the communication it names arrives, it is applied
        send(FLOWS, extension.withCode(unknown)).andExpect(jsonPath("$.results[0].status").value("APPLIED"));
        send(FLOWS, orphan).andExpect(jsonPath("$.results[0].status").value("REPLACED_PREVIOUS"));
    }

    @Test
    void a_body_that_cannot_be_opened_is_refused_whole_as_a_problem() throws Exception {
        mvc.perform(post("/api/v1/co/communications").contentType("application/zip")
                        .content(damagedZip()).with(FLOWS))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://retelavoro.it/problems/co-body-refused"))
                .andExpect(jsonPath("$.detail").value("L'archivio zip non è leggibile."));
        mvc.perform(post("/api/v1/co/communications").contentType("application/zip").content(zip(Map.of(
                        "leggimi.txt", "niente".getBytes(StandardCharsets.UTF_8)))).with(FLOWS))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("L'archivio zip non contiene documenti XML."));
    }

    @Test
    void operators_may_not_send_communications_and_what_they_send_is_not_kept() throws Exception {
        UniLavDocument hire = UniLavDocument.hire(UniLavDocument.newEmployer(), newWorker(), START, null, "A.01.00",
                "F");
        send(CPI_TORINO, hire).andExpect(status().isForbidden());
        send(ALFA, hire).andExpect(status().isForbidden());
        mvc.perform(get("/admin/co").with(CPI_TORINO)).andExpect(status().isForbidden());
        sendAndRead(hire, "APPLIED");
    }

    @Test
    void a_communication_of_a_worker_not_registered_is_kept_seen_by_the_cpi_of_the_domicile_and_attached_later()
            throws Exception {
        String worker = newWorker();
        UniLavDocument hire = UniLavDocument.hire(UniLavDocument.newEmployer(), FiscalCodes.omocode(worker, 1),
                START, null, "A.01.00", "F");
        send(FLOWS, hire).andExpect(jsonPath("$.results[0].status").value("APPLIED"))
                .andExpect(jsonPath("$.results[0].personId").doesNotExist());

        // domicile in Turin: CPI Torino sees it (by the code or an omocode of it), CPI Cuneo does not, agencies never
        mvc.perform(get("/api/v1/work-history").param("fiscalCode", worker).with(CPI_TORINO))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].communications[0]").value(hire.code()));
        mvc.perform(get("/api/v1/work-history").param("fiscalCode", FiscalCodes.omocode(worker, 2))
                .with(CPI_TORINO)).andExpect(jsonPath("$.length()").value(1));
        mvc.perform(get("/api/v1/work-history").param("fiscalCode", worker).with(CPI_CUNEO))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get("/api/v1/work-history").param("fiscalCode", worker).with(ALFA))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/work-history").param("fiscalCode", "NONVALIDO").with(CPI_TORINO))
                .andExpect(status().isBadRequest());

        String person = register(CPI_TORINO, worker);
        String history = workHistory(person, CPI_TORINO);
        assertThat(JsonPath.<List<String>>read(history, "$[*].communications[0]")).containsExactly(hire.code());
        CoAttached attached = events.stream(CoAttached.class)
                .filter(event -> event.personId().toString().equals(person)).findFirst().orElseThrow();
        assertThat(attached.codes()).containsExactly(hire.code());
        mvc.perform(get("/api/v1/work-history").param("fiscalCode", worker).with(CPI_TORINO))
                .andExpect(jsonPath("$.length()").value(0));
        // the same code again answers with the person now attached
        send(FLOWS, hire).andExpect(jsonPath("$.results[0].status").value("ALREADY_RECEIVED"))
                .andExpect(jsonPath("$.results[0].personId").value(person));
    }

    @Test
    void a_communication_of_a_worker_domiciled_in_another_province_is_seen_by_that_province_cpi_only()
            throws Exception {
        String worker = newWorker();
        sendAndRead(UniLavDocument.hire(UniLavDocument.newEmployer(), worker, START, null, "A.01.00", "F")
                .domiciledIn("D205"), "APPLIED");
        mvc.perform(get("/api/v1/work-history").param("fiscalCode", worker).with(CPI_CUNEO))
                .andExpect(jsonPath("$.length()").value(1));
        mvc.perform(get("/api/v1/work-history").param("fiscalCode", worker).with(CPI_TORINO))
                .andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void only_the_organisation_in_charge_reads_the_work_history_an_agency_its_own_persons_only() throws Exception {
        String worker = newWorker();
        String person = register(CPI_TORINO, worker);
        sendAndRead(UniLavDocument.hire(UniLavDocument.newEmployer(), worker, START, null, "A.01.00", "F"),
                "APPLIED");
        assertThat(JsonPath.<List<?>>read(workHistory(person, CPI_TORINO), "$")).hasSize(1);
        for (RequestPostProcessor other : List.of(CPI_CUNEO, ALFA, ADMIN, FLOWS)) {
            mvc.perform(get("/api/v1/persons/" + person + "/work-history").with(other))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/persons/" + person + "/work-history").with(CPI_CUNEO)).andExpect(status().isForbidden());

        String served = newWorker();
        String alfaPerson = register(ALFA, served);
        sendAndRead(UniLavDocument.hire(UniLavDocument.newEmployer(), served, START, null, "A.01.00", "F"),
                "APPLIED");
        assertThat(JsonPath.<List<?>>read(workHistory(alfaPerson, ALFA), "$")).hasSize(1);
        mvc.perform(get("/api/v1/persons/" + alfaPerson + "/work-history").with(CPI_TORINO))
                .andExpect(status().isForbidden());
    }

    @Test
    void an_administrator_uploads_a_zip_and_sees_the_result_and_the_refused_document() throws Exception {
        String worker = newWorker();
        UniLavDocument hire = UniLavDocument.hire(UniLavDocument.newEmployer(), worker, START, null, "A.01.00", "F");
        String badName = UniLavDocument.newCode() + "-rotto.xml";
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("buona.xml", hire.bytes());
        entries.put(badName, malformed(UniLavDocument.newCode()));
        byte[] archive = zip(entries);
        // the outcome travels in the page session (in PostgreSQL), as in a browser
        var session = new it.retelavoro.support.PageSession();
        mvc.perform(multipart("/admin/co")
                        .file(new MockMultipartFile("file", "lotto.zip", "application/zip", archive))
                        .with(ADMIN).with(csrf()).with(session))
                .andDo(session.keep())
                .andExpect(status().isFound()).andExpect(redirectedUrl("/admin/co"));
        String page = mvc.perform(get("/admin/co").with(ADMIN).with(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Esito del caricamento di lotto.zip")
                .contains("Documenti: 2; applicati: 1; già ricevuti: 0; rifiutati: 1.")
                .contains(hire.code()).contains(badName).contains("Rifiutata").contains("Applicata")
                .doesNotContain(worker).doesNotContain("??");

        String refused = mvc.perform(multipart("/admin/co")
                        .file(new MockMultipartFile("file", "vuoto.zip", "application/zip", new byte[0]))
                        .with(ADMIN).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("Scegliere un documento XML o un archivio zip.").contains("aria-invalid=\"true\"");
        String unreadable = mvc.perform(multipart("/admin/co")
                        .file(new MockMultipartFile("file", "rotto.zip", "application/zip", damagedZip()))
                        .with(ADMIN).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(unreadable).contains("L&#39;archivio zip non è leggibile.");
    }
}
