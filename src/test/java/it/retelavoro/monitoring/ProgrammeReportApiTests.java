package it.retelavoro.monitoring;

import static it.retelavoro.monitoring.MonitoringScenario.ANALYST;
import static it.retelavoro.monitoring.MonitoringScenario.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import it.retelavoro.monitoring.MonitoringScenario.Organisation;
import it.retelavoro.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The programme dimension of monitoring and the programme report through the API: deliveries registered under
 * GOL-P1 by an agency, their hours per service and the amount at the programme's unit cost (35.50 euro an hour),
 * as JSON, CSV and XLSX; the breakdown and the records by programme.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProgrammeReportApiTests {

    @Autowired
    MockMvc mvc;

    MonitoringScenario scenario;
    Organisation agency;
    Organisation other;
    String query;

    @BeforeAll
    void deliverUnderAProgramme() throws Exception {
        scenario = new MonitoringScenario(mvc);
        agency = scenario.organisation();
        other = scenario.organisation();
        String person = scenario.person(agency);
        mvc.perform(post("/api/v1/persons/" + person + "/did").contentType(MediaType.APPLICATION_JSON)
                .content("{\"declaredOn\": \"%s\", \"channel\": \"AGENCY\"}".formatted(today()))
                .with(agency.operator())).andExpect(status().isCreated());
        scenario.deliver(agency, person, "A2", today(), 60, """
                "outputs": {"pact": {"outcome": "SIGNED", "responsibleOperator": "Laura Verdi",
                   "meetingFrequency": "Ogni 30 giorni", "jobSearchActs": "Tre candidature al mese",
                   "jobSearchTiming": "Entro 60 giorni", "trainingAvailability": true}}, "programme": "GOL-P1\"""");
        scenario.deliver(agency, person, "A3", today(), 90, """
                "outputs": {"actionPlan": {"outcome": "SIGNED", "specificNeed": false, "actions": []}},
                "programme": "GOL-P1\"""");
        scenario.deliver(agency, person, "A5", today(), 120, "");
        query = "from=" + today().withDayOfMonth(1) + "&to=" + today() + "&organisationId=" + agency.id();
    }

    private String reportWhenHours(String expectedHours) throws Exception {
        long deadline = System.nanoTime() + 30_000_000_000L;
        String body;
        do {
            body = mvc.perform(get("/api/v1/programmes/GOL-P1/report?" + query).with(ANALYST))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            if (expectedHours.equals(String.valueOf(JsonPath.<Object>read(body, "$.hours")))) {
                return body;
            }
            Thread.sleep(100);
        } while (System.nanoTime() < deadline);
        return body;
    }

    @Test
    @DisplayName("The report: hours per service and the amount at unit cost, 150 minutes x 35.50 / 60 = 88.75 euro")
    void reports_the_hours_per_service_and_the_amount_at_unit_cost() throws Exception {
        String body = reportWhenHours("2.5");

        assertThat(JsonPath.<Double>read(body, "$.hours")).isEqualTo(2.5);
        assertThat(JsonPath.<Double>read(body, "$.amount")).isEqualTo(88.75);
        assertThat(JsonPath.<List<String>>read(body, "$.rows[*].service")).containsExactly("A2", "A3");
        assertThat(JsonPath.<List<Integer>>read(body, "$.rows[*].minutes")).containsExactly(60, 90);
        assertThat(JsonPath.<List<Double>>read(body, "$.rows[*].amount")).containsExactly(35.5, 53.25);
        assertThat(JsonPath.<List<String>>read(body, "$.rows[*].month"))
                .containsOnly(today().toString().substring(0, 7));
    }

    @Test
    @DisplayName("The same report as CSV (one row per service, then the total) and as XLSX")
    void downloads_the_report_as_csv_and_xlsx() throws Exception {
        reportWhenHours("2.5");

        String csv = new String(mvc.perform(get("/api/v1/programmes/GOL-P1/report.csv?" + query).with(ANALYST))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(csv.lines()).hasSize(4);
        assertThat(csv.lines().toList().get(3)).startsWith("Totale").endsWith("2.50,88.75");
        byte[] xlsx = mvc.perform(get("/api/v1/programmes/GOL-P1/report.xlsx?" + query).with(ANALYST))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(3).getCell(6).getNumericCellValue()).isEqualTo(88.75);
        }
    }

    @Test
    @DisplayName("An operator sees their own organisation's report and is refused another's; an unknown programme is 404")
    void an_operator_sees_their_own_organisation_only() throws Exception {
        reportWhenHours("2.5");

        mvc.perform(get("/api/v1/programmes/GOL-P1/report?" + query).with(other.operator()))
                .andExpect(status().isForbidden());
        String own = mvc.perform(get("/api/v1/programmes/GOL-P1/report?from=" + today().withDayOfMonth(1) + "&to="
                        + today()).with(agency.operator()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<Double>read(own, "$.amount")).isEqualTo(88.75);
        mvc.perform(get("/api/v1/programmes/NESSUNO/report?" + query).with(ANALYST)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/programmes/GOL-P1/report?to=" + today()).with(ANALYST))
                .andExpect(status().isBadRequest());
    }

    @Test
    @DisplayName("Monitoring gains the programme dimension: 2.1 under GOL-P1, and the records of 3.1 name the programme")
    void breaks_the_indicators_down_by_programme_and_lists_it_in_the_records() throws Exception {
        reportWhenHours("2.5");

        String groups = mvc.perform(get("/api/v1/indicators?" + query + "&groupBy=programme").with(ANALYST))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<Integer>>read(groups,
                "$.groups[?(@.code == '2.1' && @.group.programme == 'GOL-P1')].value")).containsExactly(1);
        assertThat(JsonPath.<List<Integer>>read(groups,
                "$.groups[?(@.code == '5.1' && @.group.programme == 'GOL-P1')].value")).isEmpty();
        String records = mvc.perform(get("/api/v1/indicators/3.1/records?" + query).with(ANALYST))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(records, "$[0].programmes")).containsExactly("GOL-P1");
    }

    @Test
    @DisplayName("A delivery under a programme that is cancelled as registered by mistake leaves the programme report")
    void a_cancelled_delivery_leaves_the_programme_report() throws Exception {
        Organisation third = scenario.organisation();
        String person = scenario.person(third);
        mvc.perform(post("/api/v1/persons/" + person + "/did").contentType(MediaType.APPLICATION_JSON)
                .content("{\"declaredOn\": \"%s\", \"channel\": \"AGENCY\"}".formatted(today()))
                .with(third.operator())).andExpect(status().isCreated());
        String created = mvc.perform(post("/api/v1/persons/" + person + "/deliveries")
                        .contentType(MediaType.APPLICATION_JSON).content("""
                        {"service": "A2", "mode": "INDIVIDUAL", "date": "%s", "minutes": 60, "siteId": "%s",
                         "programme": "GOL-P1", "outputs": {"pact": {"outcome": "SIGNED",
                           "responsibleOperator": "Laura Verdi", "meetingFrequency": "Ogni 30 giorni",
                           "jobSearchActs": "Tre candidature al mese", "jobSearchTiming": "Entro 60 giorni",
                           "trainingAvailability": true}}}""".formatted(today(), third.siteId()))
                        .with(third.operator()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String report = "/api/v1/programmes/GOL-P1/report?from=" + today().withDayOfMonth(1) + "&to=" + today()
                + "&organisationId=" + third.id();
        assertThat(hoursWhen(report, "1")).isEqualTo("1");

        mvc.perform(post("/api/v1/deliveries/" + JsonPath.read(created, "$.id") + "/cancellation")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"Registrata sulla persona sbagliata\"}")
                        .with(third.operator()))
                .andExpect(status().isOk());

        assertThat(hoursWhen(report, "0")).isEqualTo("0");
    }

    private String hoursWhen(String report, String expected) throws Exception {
        long deadline = System.nanoTime() + 30_000_000_000L;
        String hours;
        do {
            String body = mvc.perform(get(report).with(ANALYST)).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString();
            hours = new java.math.BigDecimal(String.valueOf(JsonPath.<Object>read(body, "$.hours")))
                    .stripTrailingZeros().toPlainString();
            if (expected.equals(hours)) {
                return hours;
            }
            Thread.sleep(100);
        } while (System.nanoTime() < deadline);
        return hours;
    }
}
