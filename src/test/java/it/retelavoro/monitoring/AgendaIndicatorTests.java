package it.retelavoro.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import it.retelavoro.support.AgendaDays;
import it.retelavoro.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The agenda's indicators (issue 16, point 3) of a CPI of the test's own (its site in Genova: a CPI in Piedmont would
 * change which CPI the other tests' agency DIDs are sent to), so that every count is exact: convocations
 * sent, attendance with its rate and no-shows (a justification recorded later replaces the absence), and the days from
 * each DID to the first appointment not cancelled and to the Patto, median and 90th percentile; the records behind
 * them, the downloads, the page, and who may see them.
 */
@IntegrationTest
class AgendaIndicatorTests {

    static final RequestPostProcessor ADMIN = httpBasic("admin", "demo");
    static final RequestPostProcessor ANALYST = httpBasic("regione", "demo");
    static final RequestPostProcessor CPI_TORINO = httpBasic("cpi.torino", "demo");
    static final ZoneId ROME = ZoneId.of("Europe/Rome");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    MonitoringScenario scenario;
    String cpi;
    String site;
    String operatorId;
    RequestPostProcessor operator;
    LocalDate today;
    LocalDate monday;

    @BeforeEach
    void setUp() throws Exception {
        scenario = new MonitoringScenario(mvc);
        today = LocalDate.now(ROME);
        monday = AgendaDays.farAhead(DayOfWeek.MONDAY);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        cpi = JsonPath.read(body(post("/api/v1/organisations"), """
                {"name": "CPI Agenda %s", "kind": "CPI", "fiscalCode": "%s"}"""
                .formatted(suffix, MonitoringScenario.vatNumber()), ADMIN, 201), "$.id");
        site = JsonPath.read(body(post("/api/v1/organisations/" + cpi + "/sites"), """
                {"name": "Sede %s", "address": "Via Roma 1", "comune": "D969",
                 "features": ["COUNTER_WITH_WAITING_AREA", "JOB_OPPORTUNITY_BOARD", "SELF_CONSULTATION_SPACE",
                              "INDIVIDUAL_INTERVIEW_SPACE", "ISOLATED_WORKSTATION", "PC_WITH_INTERNET",
                              "GROUP_CLASSROOM", "PHONE_EMAIL_CONTACT", "DEDICATED_RECEPTION", "UPDATED_WEBSITE",
                              "ONLINE_MATCHING_TOOLS"]}""".formatted(suffix), ADMIN, 201), "$.id");
        String username = "agenda.monitor." + suffix;
        operatorId = JsonPath.read(body(post("/api/v1/users"), """
                {"username": "%s", "password": "una-password-lunga", "role": "OPERATOR", "organisationId": "%s",
                 "siteIds": ["%s"], "competences": []}""".formatted(username, cpi, site), ADMIN, 201), "$.id");
        operator = httpBasic(username, "una-password-lunga");
        body(post("/api/v1/sites/" + site + "/availability"), """
                {"operatorId": "%s", "weekday": "MONDAY", "starts": "09:00", "ends": "12:00"}"""
                .formatted(operatorId), ADMIN, 201);
    }

    @Test
    void convocations_attendance_and_the_days_from_the_did_are_counted_exactly() throws Exception {
        var organisation = new MonitoringScenario.Organisation(cpi, site, operator);
        String first = withDid(organisation, today.minusDays(30));
        String second = withDid(organisation, today.minusDays(20));
        String third = withDid(organisation, today.minusDays(10));
        String firstAppointment = book("09:00", first);
        String secondAppointment = book("10:00", second);
        String cancelled = book("11:00", third);
        body(post("/api/v1/appointments/" + cancelled + "/cancellation"), """
                {"reason": "La persona ha trovato lavoro"}""", operator, 200);
        convoke(firstAppointment);
        convoke(secondAppointment);
        scenario.pact(organisation, first, today);
        // the day comes (moved by hand, as time would: monitoring keeps the day they were booked for)
        LocalDateTime past = LocalDateTime.now(ROME).minusHours(3).truncatedTo(ChronoUnit.MINUTES);
        toThePast(firstAppointment, past);
        toThePast(secondAppointment, past.minusHours(1));
        attendance(firstAppointment, """
                {"outcome": "PRESENT"}""");
        attendance(secondAppointment, """
                {"outcome": "ABSENT_UNJUSTIFIED"}""");

        long days = ChronoUnit.DAYS.between(today, monday);
        String report = report(ANALYST);
        assertThat((Map<String, Object>) JsonPath.read(report, "$.total")).containsAllEntriesOf(Map.of(
                "convocationsSent", 2, "attendanceRecorded", 2, "present", 1, "absentJustified", 0, "noShows", 1,
                "convokedNoShows", 1, "dids", 3, "withAppointment", 2, "withPact", 1));
        assertThat(JsonPath.<Double>read(report, "$.total.attendanceRate")).isEqualTo(0.5);
        // a day of the DIDs, never interpolated: of 20+d and 30+d days, the median is the first, the 90th the second
        assertThat(JsonPath.<Integer>read(report, "$.total.daysToAppointmentMedian")).isEqualTo(days + 20);
        assertThat(JsonPath.<Integer>read(report, "$.total.daysToAppointmentP90")).isEqualTo(days + 30);
        assertThat(JsonPath.<Integer>read(report, "$.total.daysToPactMedian")).isEqualTo(30);
        assertThat(JsonPath.<Integer>read(report, "$.total.daysToPactP90")).isEqualTo(30);
        // by month: the convocations in this month's row of the CPI, the rows adding up to the total
        List<Integer> sent = JsonPath.read(report, "$.rows[?(@.month == '%s')].convocationsSent"
                .formatted(today.toString().substring(0, 7)));
        assertThat(sent).containsExactly(2);
        List<Integer> dids = JsonPath.read(report, "$.rows[*].dids");
        assertThat(dids.stream().mapToInt(Integer::intValue).sum()).isEqualTo(3);
        assertThat(JsonPath.<List<String>>read(report, "$.rows[*].organisationId")).containsOnly(cpi);

        // the absence justified within the days allowed: the latest record replaces it
        attendance(secondAppointment, """
                {"outcome": "ABSENT_JUSTIFIED", "reasonCode": "ILLNESS", "documentReference": "Certificato n. 7"}""");
        assertThat((Map<String, Object>) JsonPath.read(report(ANALYST), "$.total")).containsAllEntriesOf(Map.of(
                "attendanceRecorded", 2, "present", 1, "absentJustified", 1, "noShows", 0, "convokedNoShows", 0));
        // the CPI's own operator sees the same without naming it
        assertThat(JsonPath.<Integer>read(body(get("/api/v1/agenda-indicators").param("from", from())
                .param("to", monday.toString()), null, operator, 200), "$.total.dids")).isEqualTo(3);

        // the records: ids and days, never names; a DID without an appointment has none
        String records = body(get("/api/v1/agenda-indicators/dids/records").param("from", from())
                .param("to", monday.toString()).param("organisationId", cpi), null, ANALYST, 200);
        assertThat(JsonPath.<List<String>>read(records, "$[*].personId")).containsExactly(first, second, third);
        assertThat(JsonPath.<Integer>read(records, "$[0].daysToAppointment")).isEqualTo(days + 30);
        assertThat(JsonPath.<Integer>read(records, "$[0].daysToPact")).isEqualTo(30);
        assertThat(JsonPath.<Map<String, Object>>read(records, "$[2]")).doesNotContainKey("firstAppointment")
                .doesNotContainKey("daysToAppointment");
        assertThat(records).doesNotContain("Monitor", "Anna");
        String convocations = body(get("/api/v1/agenda-indicators/convocations/records").param("from", from())
                .param("to", monday.toString()).param("organisationId", cpi), null, ANALYST, 200);
        assertThat(JsonPath.<List<String>>read(convocations, "$[*].detail")).containsExactly("LETTER", "LETTER");
        assertThat(jdbc.sql("""
                select count(*) from audit_event where action = 'MONITORING_RECORDS_READ' and detail like 'agenda=%'""")
                .query(Long.class).single()).isPositive();
    }

    @Test
    void downloads_the_page_and_who_may_see_them() throws Exception {
        var organisation = new MonitoringScenario.Organisation(cpi, site, operator);
        String person = withDid(organisation, today.minusDays(5));
        convoke(book("09:00", person));

        MockHttpServletResponse csv = mvc.perform(get("/api/v1/agenda-indicators.csv").param("from", from())
                .param("to", monday.toString()).param("organisationId", cpi).with(ANALYST)).andReturn().getResponse();
        assertThat(csv.getStatus()).isEqualTo(200);
        String text = csv.getContentAsString(StandardCharsets.UTF_8);
        assertThat(text.lines().findFirst().orElseThrow()).startsWith("Organizzazione,Mese,Convocazioni inviate,");
        assertThat(text).contains("CPI Agenda").contains("Totale");
        assertThat(mvc.perform(get("/monitoring/agenda/dids/records.xlsx").param("from", from())
                .param("to", monday.toString()).param("organisationId", cpi).with(ANALYST)).andReturn().getResponse()
                .getContentType()).startsWith("application/vnd.openxmlformats");

        String page = body(get("/monitoring/agenda").param("from", from()).param("to", monday.toString())
                .param("organisationId", cpi), null, ANALYST, 200);
        assertThat(page).contains("Convocazioni e presenze").contains("Dalla DID al primo appuntamento")
                .contains("/monitoring/agenda/dids/records?");
        String recordsPage = body(get("/monitoring/agenda/dids/records").param("from", from())
                .param("to", monday.toString()).param("organisationId", cpi), null, ANALYST, 200);
        assertThat(recordsPage).contains(person);

        // another organisation's operator naming this CPI is refused; an unknown measure is not found
        body(get("/api/v1/agenda-indicators").param("from", from()).param("to", monday.toString())
                .param("organisationId", cpi), null, CPI_TORINO, 403);
        body(get("/api/v1/agenda-indicators/dids/records").param("from", from()).param("to", monday.toString())
                .param("organisationId", cpi), null, CPI_TORINO, 403);
        body(get("/api/v1/agenda-indicators/persons/records").param("from", from()).param("to", monday.toString()),
                null, ANALYST, 404);
        body(get("/api/v1/agenda-indicators").param("from", monday.toString()).param("to", from()), null, ANALYST,
                400);
    }

    private String from() {
        return today.minusDays(60).toString();
    }

    private String report(RequestPostProcessor who) throws Exception {
        return body(get("/api/v1/agenda-indicators").param("from", from()).param("to", monday.toString())
                .param("organisationId", cpi), null, who, 200);
    }

    private String withDid(MonitoringScenario.Organisation organisation, LocalDate declaredOn) throws Exception {
        String person = scenario.person(organisation);
        body(post("/api/v1/persons/" + person + "/did"), """
                {"declaredOn": "%s", "channel": "CPI_COUNTER"}""".formatted(declaredOn), operator, 201);
        return person;
    }

    private String book(String time, String person) throws Exception {
        String start = LocalDateTime.of(monday, LocalTime.parse(time)).toString();
        return JsonPath.read(body(post("/api/v1/appointments"), """
                {"siteId": "%s", "operatorId": "%s", "start": "%s", "service": "A2", "personId": "%s"}"""
                .formatted(site, operatorId, start, person), operator, 201), "$.id");
    }

    private void convoke(String appointment) throws Exception {
        body(post("/api/v1/appointments/" + appointment + "/convocations"), """
                {"channel": "LETTER", "benefitRecipient": false}""", operator, 201);
    }

    private void attendance(String appointment, String json) throws Exception {
        body(post("/api/v1/appointments/" + appointment + "/attendance"), json, operator, 200);
    }

    private void toThePast(String appointment, LocalDateTime when) {
        jdbc.sql("update agenda_appointment set starts_at = :start, ends_at = :end where id = :id")
                .param("start", Timestamp.from(when.atZone(ROME).toInstant()))
                .param("end", Timestamp.from(when.plusMinutes(30).atZone(ROME).toInstant()))
                .param("id", UUID.fromString(appointment)).update();
    }

    private String body(MockHttpServletRequestBuilder request, String json, RequestPostProcessor who, int expected)
            throws Exception {
        if (json != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        MockHttpServletResponse response = mvc.perform(request.with(who)).andReturn().getResponse();
        String content = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(response.getStatus()).as(content).isEqualTo(expected);
        return content;
    }
}
