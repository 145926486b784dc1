package it.retelavoro.agenda;

import static it.retelavoro.agenda.AgendaScenario.AGENCY;
import static it.retelavoro.agenda.AgendaScenario.CPI_CUNEO;
import static it.retelavoro.agenda.AgendaScenario.CPI_TORINO;
import static it.retelavoro.agenda.AgendaScenario.ROME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import it.retelavoro.support.IntegrationTest;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Attendance and condizionalità (issue 16, point 3): a convoked benefit recipient absent without a justified reason
 * gets the measure of art. 21 c. 7 proposed, which only the CPI confirms, with its communication to INPS; the three
 * steps (a quarter of a monthly payment, one monthly payment, the loss of the benefit and of the DID); a
 * justification within the working days allowed withdraws the proposal, a late one is refused.
 */
@IntegrationTest
class AttendanceTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    AgendaScenario agenda;

    @BeforeEach
    void setUp() throws Exception {
        agenda = new AgendaScenario(mvc);
    }

    /** A benefit recipient with a DID in force, convoked by letter to an appointment since moved to the past. */
    private String convokedInThePast(String person, LocalDateTime when, boolean benefit) throws Exception {
        String operator = agenda.operatorWithMondayHours();
        String appointment = agenda.booked(operator, agenda.at(9, 0), "A2", person);
        agenda.body(post("/api/v1/appointments/" + appointment + "/convocations"), """
                {"channel": "LETTER", "benefitRecipient": %s}""".formatted(benefit), CPI_TORINO, 201);
        // the day comes: the appointment's time, moved to the past by hand as the days would
        jdbc.sql("update agenda_appointment set starts_at = :start, ends_at = :end where id = :id")
                .param("start", Timestamp.from(when.atZone(ROME).toInstant()))
                .param("end", Timestamp.from(when.plusMinutes(30).atZone(ROME).toInstant()))
                .param("id", UUID.fromString(appointment)).update();
        return appointment;
    }

    private String recipientWithDid() throws Exception {
        String person = agenda.person(CPI_TORINO);
        agenda.body(post("/api/v1/persons/" + person + "/did"), """
                {"declaredOn": "%s", "channel": "CPI_COUNTER"}""".formatted(LocalDate.now(ROME).minusDays(60)),
                CPI_TORINO, 201);
        return person;
    }

    private String attendance(String appointment, String json, int expected) throws Exception {
        return agenda.body(post("/api/v1/appointments/" + appointment + "/attendance"), json, CPI_TORINO, expected);
    }

    /** A weekday a few days back, at 9:00, unique per call so that appointments of the same operator never meet. */
    private static LocalDateTime daysAgo(int days) {
        LocalDate day = LocalDate.now(ROME).minusDays(days);
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.minusDays(1);
        }
        return LocalDateTime.of(day, LocalTime.of(9, 0));
    }

    @Test
    void an_unjustified_absence_proposes_the_measures_of_art_21_which_only_the_cpi_confirms_up_to_the_loss()
            throws Exception {
        String person = recipientWithDid();
        List<String> expected = List.of("Decurtazione di un quarto di una mensilità", "Decurtazione di una mensilità",
                "Decadenza dalla prestazione e dallo stato di disoccupazione");
        for (int step = 1; step <= 3; step++) {
            String appointment = convokedInThePast(person, daysAgo(20 - step * 5), true);
            String recorded = attendance(appointment, "{\"outcome\": \"ABSENT_UNJUSTIFIED\"}", 200);
            String measure = JsonPath.read(recorded, "$.conditionalityMeasureId");
            assertThat(measure).isNotNull();
            // an accredited agency, another CPI: refused
            agenda.send(post("/api/v1/conditionality/" + measure + "/confirmation"), null, AGENCY)
                    .andExpect(status().isForbidden());
            agenda.send(post("/api/v1/conditionality/" + measure + "/confirmation"), null, CPI_CUNEO)
                    .andExpect(status().isForbidden());
            String confirmed = agenda.body(post("/api/v1/conditionality/" + measure + "/confirmation"), null,
                    CPI_TORINO, 200);
            assertThat((Integer) JsonPath.read(confirmed, "$.step")).isEqualTo(step);
            assertThat((String) JsonPath.read(confirmed, "$.label")).isEqualTo(expected.get(step - 1));
            assertThat((String) JsonPath.read(confirmed, "$.status")).isEqualTo("CONFIRMED");
            assertThat((Boolean) JsonPath.read(confirmed, "$.rulesToConfirm")).isTrue();
            agenda.send(post("/api/v1/conditionality/" + measure + "/confirmation"), null, CPI_TORINO)
                    .andExpect(status().isConflict());
            // the communication to INPS
            byte[] pdf = mvc.perform(get("/api/v1/conditionality/" + measure + "/inps.pdf").with(CPI_TORINO))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            try (PDDocument document = Loader.loadPDF(pdf)) {
                assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                        .contains(expected.get(step - 1)).contains("art. 21");
            }
        }
        // the third ended the DID
        String did = agenda.body(get("/api/v1/persons/" + person + "/did"), null, CPI_TORINO, 200);
        assertThat((String) JsonPath.read(did, "$.state")).isEqualTo("REVOKED");
        String csv = mvc.perform(get("/api/v1/conditionality/inps.csv").param("from", LocalDate.now(ROME).toString())
                .param("to", LocalDate.now(ROME).toString()).with(CPI_TORINO)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String fiscalCode = JsonPath.read(agenda.body(get("/api/v1/persons/" + person), null, CPI_TORINO, 200),
                "$.fiscalCode");
        assertThat(csv.lines().filter(line -> line.contains(fiscalCode))).hasSize(3);
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("id_misura;codice_fiscale;");
        mvc.perform(get("/api/v1/conditionality/inps.csv").param("from", LocalDate.now(ROME).toString())
                .param("to", LocalDate.now(ROME).toString()).with(AGENCY)).andExpect(status().isForbidden());
    }

    @Test
    void a_justification_in_time_withdraws_the_proposal_a_late_one_is_refused() throws Exception {
        String person = recipientWithDid();
        String recent = convokedInThePast(person, LocalDateTime.now(ROME).minusHours(3).withSecond(0).withNano(0),
                true);
        String measure = JsonPath.read(attendance(recent, "{\"outcome\": \"ABSENT_UNJUSTIFIED\"}", 200),
                "$.conditionalityMeasureId");
        // a justification needs one of the catalogue's reasons and its document
        agenda.send(post("/api/v1/appointments/" + recent + "/attendance"), """
                {"outcome": "ABSENT_JUSTIFIED", "reasonCode": "HOLIDAY"}""", CPI_TORINO)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field")
                        .value(org.hamcrest.Matchers.containsInAnyOrder("reasonCode", "documentReference")));
        attendance(recent, """
                {"outcome": "ABSENT_JUSTIFIED", "reasonCode": "ILLNESS", "documentReference": "Certificato medico n. 123"}""",
                200);
        String measures = agenda.body(get("/api/v1/persons/" + person + "/conditionality"), null, CPI_TORINO, 200);
        assertThat((List<String>) JsonPath.read(measures, "$[?(@.id == '" + measure + "')].status"))
                .containsExactly("WITHDRAWN");

        String old = convokedInThePast(person, daysAgo(10), true);
        attendance(old, "{\"outcome\": \"ABSENT_UNJUSTIFIED\"}", 200);
        agenda.send(post("/api/v1/appointments/" + old + "/attendance"), """
                {"outcome": "ABSENT_JUSTIFIED", "reasonCode": "ILLNESS", "documentReference": "Certificato tardivo"}""",
                CPI_TORINO).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("outcome"));
    }

    @Test
    void attendance_waits_for_the_start_and_an_absence_without_benefit_proposes_nothing() throws Exception {
        String operator = agenda.operatorWithMondayHours();
        String person = agenda.person(CPI_TORINO);
        String future = agenda.booked(operator, agenda.at(10, 0), "A2", person);
        agenda.send(post("/api/v1/appointments/" + future + "/attendance"), "{\"outcome\": \"PRESENT\"}", CPI_TORINO)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("outcome"));

        String past = convokedInThePast(agenda.person(CPI_TORINO), daysAgo(3), false);
        String recorded = attendance(past, "{\"outcome\": \"ABSENT_UNJUSTIFIED\"}", 200);
        assertThat(recorded).doesNotContain("conditionalityMeasureId");
        assertThat((List<String>) JsonPath.read(agenda.body(get("/api/v1/appointments/" + past + "/attendance"), null,
                CPI_TORINO, 200), "$[*].outcome")).containsExactly("ABSENT_UNJUSTIFIED");
        agenda.send(get("/api/v1/appointments/" + past + "/attendance"), null, CPI_CUNEO)
                .andExpect(status().isForbidden());
    }

    @Test
    void the_attendance_sheet_records_the_absence_and_the_cpi_confirms_the_measure_on_its_pages() throws Exception {
        String person = recipientWithDid();
        String appointment = convokedInThePast(person, daysAgo(1), true);
        String page = mvc.perform(get("/agenda/appointments/" + appointment).with(CPI_TORINO)).andReturn()
                .getResponse().getContentAsString();
        String rid = person.substring(0, 8);
        assertThat(page).contains("id=\"attendance-form-" + rid + "\"");

        MockHttpServletResponse refused = mvc.perform(post("/agenda/appointments/" + appointment + "/attendance")
                .with(csrf()).with(CPI_TORINO).param("personId", person).param("outcome", "ABSENT_JUSTIFIED"))
                .andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refused.getContentAsString()).contains("attendance-reason-" + rid + "-error",
                "attendance-document-" + rid + "-error");
        assertThat(mvc.perform(post("/agenda/appointments/" + appointment + "/attendance").with(csrf())
                .with(CPI_TORINO).param("personId", person).param("outcome", "ABSENT_UNJUSTIFIED")).andReturn()
                .getResponse().getRedirectedUrl()).isEqualTo("/agenda/appointments/" + appointment);

        String list = mvc.perform(get("/conditionality").with(CPI_TORINO)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        String measure = JsonPath.read(agenda.body(get("/api/v1/persons/" + person + "/conditionality"), null,
                CPI_TORINO, 200), "$[0].id");
        assertThat(list).contains("/conditionality/" + measure + "/confirmation");
        String personal = mvc.perform(get("/persons/" + person + "/pathway/conditionality").with(CPI_TORINO))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(personal).contains("Proposta", "Decurtazione di un quarto di una mensilità");
        assertThat(mvc.perform(post("/conditionality/" + measure + "/confirmation").with(csrf()).with(CPI_TORINO))
                .andReturn().getResponse().getRedirectedUrl()).isEqualTo("/conditionality");
        assertThat(mvc.perform(get("/persons/" + person + "/pathway/conditionality").with(CPI_TORINO)).andReturn()
                .getResponse().getContentAsString()).contains("Confermata", "/conditionality/" + measure + "/inps.pdf");
        mvc.perform(get("/conditionality/" + measure + "/inps.pdf").with(CPI_TORINO)).andExpect(status().isOk());
        mvc.perform(get("/conditionality").with(AGENCY)).andExpect(status().isForbidden());
    }
}
