package it.retelavoro.monitoring;

import static it.retelavoro.monitoring.MonitoringScenario.ADMIN;
import static it.retelavoro.monitoring.MonitoringScenario.ANALYST;
import static it.retelavoro.monitoring.MonitoringScenario.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import it.retelavoro.catalogue.DeliveryMode;
import it.retelavoro.catalogue.ServiceCode;
import it.retelavoro.monitoring.MonitoringScenario.Organisation;
import it.retelavoro.pathway.DeliveryId;
import it.retelavoro.pathway.PathwayEvents.PactSigned;
import it.retelavoro.pathway.PathwayEvents.PersonServiceDelivered;
import it.retelavoro.person.PersonId;
import it.retelavoro.shared.OrganisationId;
import it.retelavoro.shared.SiteId;
import it.retelavoro.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The CSV and XLSX downloads hold the values of the JSON API, within what the caller may see; the open
 * data counts each province and month exactly and suppresses the small cells.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MonitoringExportTests {

    static final LocalDate FROM = today().minusDays(40);
    static final LocalDate TO = today();

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;

    MonitoringScenario scenario;
    Organisation a;
    Organisation b;
    Map<String, Integer> expectedA;

    @BeforeAll
    void buildTheScenario() throws Exception {
        scenario = new MonitoringScenario(mvc);
        a = scenario.organisation();
        b = scenario.organisation();
        String p1 = scenario.person(a);
        scenario.deliver(a, p1, "A1", TO, 15, "\"outputs\": {\"referral\": \"Accoglienza A2\"}");
        scenario.deliver(a, p1, "A1", FROM, 15, "\"outputs\": {\"referral\": \"Accoglienza A2\"}");
        String p2 = scenario.person(a);
        scenario.pact(a, p2, TO);
        String q = scenario.person(b);
        scenario.deliver(b, q, "A1", TO, 15, "\"outputs\": {\"referral\": \"Accoglienza A2\"}");
        expectedA = new LinkedHashMap<>(scenario.values(ANALYST, period() + "&organisationId=" + a.id()));
        expectedA.replaceAll((code, value) -> "1.1".equals(code) || "2.1".equals(code) || "2.2".equals(code) ? 1 : 0);
        assertThat(scenario.valuesWhenEqual(ANALYST, period() + "&organisationId=" + a.id(), expectedA))
                .containsExactlyEntriesOf(expectedA);
    }

    @Test
    void the_indicator_table_downloads_as_csv_and_xlsx_with_the_values_of_the_json_api() throws Exception {
        String query = period() + "&organisationId=" + a.id();
        Map<String, Integer> json = scenario.values(ANALYST, query);
        assertThat(json).containsExactlyEntriesOf(expectedA);

        List<CSVRecord> csv = csv(download("/api/v1/indicators.csv?" + query, ANALYST, "text/csv"));
        Map<String, Integer> fromCsv = new LinkedHashMap<>();
        csv.forEach(row -> fromCsv.put(row.get(3), Integer.valueOf(row.get(5))));
        assertThat(fromCsv).containsExactlyEntriesOf(json);
        assertThat(csv.get(0).get(0)).isEqualTo(FROM.toString());
        assertThat(csv.get(0).get(2)).startsWith("Agenzia Monitoraggio");

        Map<String, Integer> fromXlsx = new LinkedHashMap<>();
        for (List<Object> row : xlsx(download("/api/v1/indicators.xlsx?" + query, ANALYST,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))) {
            fromXlsx.put((String) row.get(3), ((Double) row.get(5)).intValue());
        }
        assertThat(fromXlsx).containsExactlyEntriesOf(json);
    }

    @Test
    void a_grouped_table_downloads_one_row_per_indicator_and_value_of_the_dimension() throws Exception {
        String query = period() + "&organisationId=" + a.id() + "&groupBy=sex";
        String body = mvc.perform(get("/api/v1/indicators?" + query).with(ANALYST)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        List<String> codes = JsonPath.read(body, "$.groups[*].code");
        List<String> sexes = JsonPath.read(body, "$.groups[*].group.sex");
        List<Integer> values = JsonPath.read(body, "$.groups[*].value");
        List<String> json = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            json.add(codes.get(i) + " " + sexes.get(i) + " " + values.get(i));
        }
        assertThat(json).containsExactly("1.1 F 1", "2.1 F 1", "2.2 F 1");

        List<String> fromCsv = csv(download("/api/v1/indicators.csv?" + query, ANALYST, "text/csv")).stream()
                .map(row -> row.get(3) + " " + row.get(5) + " " + row.get(6)).toList();
        assertThat(fromCsv).containsExactlyElementsOf(json);
        List<String> fromXlsx = xlsx(download("/monitoring/indicators.xlsx?" + query, ANALYST, "application/vnd"))
                .stream().map(row -> row.get(3) + " " + row.get(5) + " " + ((Double) row.get(6)).intValue()).toList();
        assertThat(fromXlsx).containsExactlyElementsOf(json);
    }

    @Test
    void the_monthly_trend_downloads_the_value_of_each_month_of_the_period() throws Exception {
        String org = "&organisationId=" + a.id();
        List<CSVRecord> csv = csv(download("/api/v1/indicators/trend.csv?" + period() + org, ANALYST, "text/csv"));
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = YearMonth.from(FROM); !month.isAfter(YearMonth.from(TO)); month = month.plusMonths(1)) {
            months.add(month);
        }
        assertThat(csv).hasSize(expectedA.size());
        Map<String, Integer> total = new HashMap<>();
        for (int m = 0; m < months.size(); m++) {
            LocalDate start = months.get(m).atDay(1).isBefore(FROM) ? FROM : months.get(m).atDay(1);
            LocalDate end = months.get(m).atEndOfMonth().isAfter(TO) ? TO : months.get(m).atEndOfMonth();
            Map<String, Integer> json = scenario.values(ANALYST, "from=" + start + "&to=" + end + org);
            for (CSVRecord row : csv) {
                assertThat(Integer.valueOf(row.get(2 + m))).as(row.get(0) + " in " + months.get(m))
                        .isEqualTo(json.get(row.get(0)));
                total.merge(row.get(0), Integer.valueOf(row.get(2 + m)), Integer::sum);
            }
        }
        // p1's A1 on the first and the last day of the period, more than a month apart: in two months.
        assertThat(total.get("1.1")).isEqualTo(2);
        assertThat(xlsx(download("/monitoring/trend.xlsx?" + period() + org, ANALYST, "application/vnd")))
                .hasSize(expectedA.size());
    }

    @Test
    void the_records_download_lists_the_records_of_the_drill_down_and_is_audited() throws Exception {
        String query = period() + "&organisationId=" + a.id();
        String body = mvc.perform(get("/api/v1/indicators/1.1/records?" + query).with(ANALYST))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> json = JsonPath.read(body, "$[*].subjectId");
        assertThat(json).hasSize(1);

        List<CSVRecord> csv = csv(download("/api/v1/indicators/1.1/records.csv?" + query, ANALYST, "text/csv"));
        assertThat(csv).extracting(row -> row.get(2)).containsExactlyElementsOf(json);
        assertThat(csv.get(0).get(4)).isEqualTo(FROM + " " + TO);
        assertThat(csv.get(0).get(3)).startsWith("Agenzia Monitoraggio");
        List<List<Object>> rows = xlsx(download("/monitoring/indicators/1.1/records.xlsx?" + query, ANALYST,
                "application/vnd"));
        assertThat(rows).extracting(row -> row.get(2)).containsExactlyElementsOf(json);

        assertThat(jdbc.sql("""
                        select count(*) from audit_event where action = 'MONITORING_RECORDS_EXPORTED'
                        and object_id = '1.1' and username = 'regione' and outcome = 'SUCCESS' and detail like :org""")
                .param("org", "%organisation=" + a.id() + "%").query(Long.class).single()).isEqualTo(2);
        mvc.perform(get("/api/v1/indicators/9.9/records.csv?" + query).with(ANALYST))
                .andExpect(status().isNotFound());
    }

    @Test
    void an_operator_downloads_their_organisation_and_is_refused_another() throws Exception {
        for (String path : List.of("/api/v1/indicators.csv", "/api/v1/indicators.xlsx", "/api/v1/indicators/trend.csv",
                "/api/v1/indicators/1.1/records.csv", "/api/v1/indicators/1.1/records.xlsx",
                "/monitoring/indicators.csv", "/monitoring/indicators/1.1/records.csv")) {
            mvc.perform(get(path + "?" + period() + "&organisationId=" + b.id()).with(a.operator()))
                    .andExpect(status().isForbidden());
        }
        assertThat(jdbc.sql("""
                        select count(*) from audit_event where action = 'MONITORING_EXPORT' and outcome = 'DENIED'
                        and object_id = :org""").param("org", b.id()).query(Long.class).single()).isEqualTo(7);

        Map<String, Integer> own = new LinkedHashMap<>();
        csv(download("/api/v1/indicators.csv?" + period() + "&organisationId=" + a.id(), a.operator(), "text/csv"))
                .forEach(row -> own.put(row.get(3), Integer.valueOf(row.get(5))));
        assertThat(own).containsExactlyEntriesOf(expectedA);
        // Without an organisation, the operator's own: never the region's.
        own.clear();
        csv(download("/api/v1/indicators.csv?" + period(), a.operator(), "text/csv"))
                .forEach(row -> own.put(row.get(3), Integer.valueOf(row.get(5))));
        assertThat(own).containsExactlyEntriesOf(expectedA);
        List<CSVRecord> records = csv(download("/api/v1/indicators/1.1/records.csv?" + period(), b.operator(),
                "text/csv"));
        assertThat(records).hasSize(1);
    }

    @Test
    void the_pages_link_each_number_to_its_records_and_offer_the_downloads() throws Exception {
        String byOrganisation = page("/monitoring?" + period() + "&groupBy=organisation", ANALYST);
        assertThat(byOrganisation).contains("/monitoring/indicators/1.1/records?from=" + FROM + "&amp;to=" + TO
                + "&amp;organisationId=" + a.id());
        assertThat(byOrganisation).contains("/monitoring/indicators.csv?from=" + FROM + "&amp;to=" + TO
                + "&amp;groupBy=organisation");
        LocalDate endOfFirstMonth = YearMonth.from(FROM).atEndOfMonth();
        String trend = page("/monitoring/trend?" + period() + "&organisationId=" + a.id() + "&code=2.2", ANALYST);
        assertThat(trend).contains("/monitoring/indicators/1.1/records?from=" + FROM + "&amp;to=" + endOfFirstMonth
                + "&amp;organisationId=" + a.id());
        assertThat(trend).contains("data-chart=\"line\"", "data-code=\"2.2\"", "/monitoring/trend.xlsx?from=");
        String records = page("/monitoring/indicators/1.1/records?from=" + FROM + "&to=" + endOfFirstMonth
                + "&organisationId=" + a.id(), ANALYST);
        String body = mvc.perform(get("/api/v1/indicators/1.1/records?from=" + FROM + "&to=" + endOfFirstMonth
                + "&organisationId=" + a.id()).with(ANALYST)).andReturn().getResponse().getContentAsString();
        List<String> ids = JsonPath.read(body, "$[*].subjectId");
        assertThat(ids).hasSize(1);
        assertThat(records).contains(ids.get(0), "/monitoring/indicators/1.1/records.csv?from=");

        String operator = page("/monitoring?" + period() + "&organisationId=" + b.id(), a.operator());
        assertThat(operator).doesNotContain("monitoring-organisation").contains("Agenzia Monitoraggio");
        assertThat(operator).doesNotContain(b.id());
    }

    /**
     * Issue 14: the current month of the trend is marked as partial, and the captions and the drill-down write
     * their dates as dd/MM/yyyy on Italian pages (the links and downloads keep ISO dates).
     */
    @Test
    void the_trend_marks_the_current_month_as_partial_and_the_pages_write_dates_as_italians_do() throws Exception {
        String trend = page("/monitoring/trend?" + period() + "&organisationId=" + a.id(), ANALYST);
        String currentMonth = TO.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ITALIAN)
                + " " + TO.getYear();
        assertThat(trend).contains(">" + currentMonth + " (parziale)</th>").contains("data-testid=\"trend-partial-note\"");
        java.time.format.DateTimeFormatter italian = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
        assertThat(trend).contains("dal " + FROM.format(italian) + " al " + TO.format(italian))
                .doesNotContain("dal " + FROM + " al " + TO);

        String query = period() + "&organisationId=" + a.id();
        String records = page("/monitoring/indicators/1.1/records?" + query, ANALYST);
        assertThat(records).contains("dal " + FROM.format(italian) + " al " + TO.format(italian))
                .contains("/monitoring/indicators/1.1/records.csv?from=" + FROM);
        assertThat(page("/monitoring?" + query, ANALYST)).contains("dal " + FROM.format(italian))
                .doesNotContain("dal " + FROM + " al");
    }

    private String page(String path, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(path).with(who)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void a_download_with_a_wrong_period_or_dimension_is_refused() throws Exception {
        mvc.perform(get("/api/v1/indicators.csv?from=" + TO + "&to=" + FROM).with(ANALYST))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/indicators.csv?" + period() + "&groupBy=colour").with(ANALYST))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/indicators/trend.csv?from=2020-01-01&to=2024-01-01").with(ANALYST))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/indicators.csv?" + period())).andExpect(status().isUnauthorized());
    }

    @Test
    void the_open_data_counts_each_province_and_month_exactly_and_suppresses_counts_below_five() throws Exception {
        // Years no other test writes region-wide facts in (the synthetic region test has 2013-2015).
        int year = ThreadLocalRandom.current().nextInt(2001, 2013);
        Organisation org = scenario.organisation();
        String cuneo = JsonPath.read(mvc.perform(post("/api/v1/organisations/" + org.id() + "/sites")
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"name": "Sede Cuneo %s", "address": "Corso Nizza 1", "comune": "D205",
                                 "features": ["COUNTER_WITH_WAITING_AREA", "JOB_OPPORTUNITY_BOARD",
                                   "SELF_CONSULTATION_SPACE", "INDIVIDUAL_INTERVIEW_SPACE", "ISOLATED_WORKSTATION",
                                   "PC_WITH_INTERNET", "GROUP_CLASSROOM", "PHONE_EMAIL_CONTACT",
                                   "DEDICATED_RECEPTION", "UPDATED_WEBSITE", "ONLINE_MATCHING_TOOLS"]}"""
                                .formatted(UUID.randomUUID()))
                        .with(ADMIN)).andExpect(status().is2xxSuccessful()).andReturn().getResponse().getContentAsString(),
                "$.id");
        OrganisationId organisation = new OrganisationId(UUID.fromString(org.id()));
        LocalDate march = LocalDate.of(year, 3, 10);
        // Torino in March: 3 persons at A2, one of them signs the Patto (a fact without a site).
        List<PersonId> torino = persons(3);
        torino.forEach(person -> delivered(person, organisation, org.siteId(), march));
        publish(new PactSigned(torino.get(0), organisation, march));
        // Cuneo in March: 5 persons at A2 (one of them twice), all sign the Patto; one of them in April too.
        List<PersonId> cuneoPersons = persons(5);
        cuneoPersons.forEach(person -> delivered(person, organisation, cuneo, march.plusDays(2)));
        delivered(cuneoPersons.get(0), organisation, cuneo, march.plusDays(10));
        cuneoPersons.forEach(person -> publish(new PactSigned(person, organisation, march.plusDays(2))));
        delivered(cuneoPersons.get(1), organisation, cuneo, march.plusMonths(1));

        Set<String> expected = Set.of("3 TO 2.1 - true", "3 TO 2.2 - true", "3 CN 2.1 5 false", "3 CN 2.2 5 false",
                "4 CN 2.1 - true");
        long deadline = System.nanoTime() + 30_000_000_000L;
        Set<String> cells = openData(year);
        while (!cells.equals(expected) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            cells = openData(year);
        }
        assertThat(cells).containsExactlyInAnyOrderElementsOf(expected);

        String csv = mvc.perform(get("/api/v1/open-data/indicators.csv?year=" + year)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.lines().findFirst()).hasValue("anno,mese,provincia,indicatore,valore,soppresso");
        // The analyst's API agrees on the published cell.
        String body = mvc.perform(get("/api/v1/indicators?from=" + march.withDayOfMonth(1) + "&to="
                        + march.withDayOfMonth(31) + "&organisationId=" + org.id() + "&groupBy=province").with(ANALYST))
                .andReturn().getResponse().getContentAsString();
        List<Integer> cn = JsonPath.read(body, "$.groups[?(@.code == '2.1' && @.group.province == 'CN')].value");
        assertThat(cn).containsExactly(5);

        mvc.perform(get("/api/v1/open-data/indicators.csv")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/open-data/indicators.csv?year=" + (today().getYear() + 1)))
                .andExpect(status().isBadRequest());
    }

    /** The open data of the year as month, province, code, value (- when empty) and the suppression flag. */
    private Set<String> openData(int year) throws Exception {
        String body = mvc.perform(get("/api/v1/open-data/indicators.csv?year=" + year)).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("text/csv")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Set<String> cells = new HashSet<>();
        for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(body))) {
            assertThat(row.get("anno")).isEqualTo(String.valueOf(year));
            cells.add(row.get("mese") + " " + row.get("provincia") + " " + row.get("indicatore") + " "
                    + (row.get("valore").isEmpty() ? "-" : row.get("valore")) + " " + row.get("soppresso"));
        }
        return cells;
    }

    private List<PersonId> persons(int count) {
        List<PersonId> persons = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            persons.add(new PersonId(UUID.randomUUID()));
        }
        return persons;
    }

    private void delivered(PersonId person, OrganisationId organisation, String site, LocalDate date) {
        publish(new PersonServiceDelivered(new DeliveryId(UUID.randomUUID()), person, organisation,
                new SiteId(UUID.fromString(site)), null, ServiceCode.A2, DeliveryMode.INDIVIDUAL, date));
    }

    private void publish(Object event) {
        transactions.executeWithoutResult(status -> events.publishEvent(event));
    }

    private byte[] download(String path, RequestPostProcessor who, String type) throws Exception {
        return mvc.perform(get(path).with(who)).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith(type)))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
    }

    private static List<CSVRecord> csv(byte[] body) throws Exception {
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(body, StandardCharsets.UTF_8))).getRecords();
    }

    /** The rows after the header, each as its cells: strings, numbers (Double) or null. */
    private static List<List<Object>> xlsx(byte[] body) throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                List<Object> cells = new ArrayList<>();
                for (int i = 0; i < row.getLastCellNum(); i++) {
                    var cell = row.getCell(i);
                    cells.add(cell == null ? null : switch (cell.getCellType()) {
                        case NUMERIC -> cell.getNumericCellValue();
                        case STRING -> cell.getStringCellValue();
                        default -> null;
                    });
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    private static String period() {
        return "from=" + FROM + "&to=" + TO;
    }
}
