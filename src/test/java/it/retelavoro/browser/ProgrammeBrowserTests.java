package it.retelavoro.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import it.retelavoro.person.FiscalCodes;
import it.retelavoro.support.Browser;
import it.retelavoro.support.IntegrationTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** A delivery registered under a regional programme on the pathway page, then the programme's report. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProgrammeBrowserTests {

    private static final RequestPostProcessor ALFA = httpBasic("agenzia.alfa", "demo");

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    Browser browser;

    @BeforeAll
    void openBrowser() {
        browser = Browser.open(port);
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private String post(String path, String json) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                        .contentType(MediaType.APPLICATION_JSON).content(json).with(ALFA))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    }

    /** A person of Alfa Lavoro with a DID declared today, the Patto and the PAI signed: A.5 is open to them. */
    private String personReadyForA5(String site, LocalDate today) throws Exception {
        String person = JsonPath.read(post("/api/v1/persons", """
                {"fiscalCode": "%s", "firstName": "Marta", "lastName": "Gol-%s", "birthDate": "1980-02-10",
                 "sex": "F", "birthPlace": "L219", "citizenship": "IT",
                 "residence": {"address": "Via Nizza 5", "comune": "L219"}}"""
                .formatted(FiscalCodes.random(LocalDate.of(1980, 2, 10), "F", "L219"),
                        UUID.randomUUID().toString().substring(0, 6))), "$.id");
        post("/api/v1/persons/" + person + "/did", "{\"declaredOn\": \"%s\", \"channel\": \"AGENCY\"}".formatted(today));
        post("/api/v1/persons/" + person + "/deliveries", """
                {"service": "A2", "mode": "INDIVIDUAL", "date": "%s", "minutes": 30, "siteId": "%s",
                 "outputs": {"pact": {"outcome": "SIGNED", "responsibleOperator": "Laura Verdi"}}}"""
                .formatted(today, site));
        post("/api/v1/persons/" + person + "/deliveries", """
                {"service": "A3", "mode": "INDIVIDUAL", "date": "%s", "minutes": 60, "siteId": "%s",
                 "outputs": {"actionPlan": {"outcome": "SIGNED", "specificNeed": false, "actions": []}}}"""
                .formatted(today, site));
        return person;
    }

    private void choose(String css, String value) {
        browser.select(css, value);
    }

    @Test
    void an_operator_registers_a5_under_gol_and_finds_its_hours_in_the_programme_report() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Rome"));
        String organisation = JsonPath.read(mvc.perform(get("/api/v1/me").with(ALFA)).andReturn().getResponse()
                .getContentAsString(), "$.organisation.id");
        String site = JsonPath.<java.util.List<String>>read(mvc.perform(get("/api/v1/organisations/" + organisation
                + "/sites").with(ALFA)).andReturn().getResponse().getContentAsString(),
                "$[?(@.name == 'Alfa Lavoro - Filiale di Torino')].id").get(0);
        String person = personReadyForA5(site, today);
        browser.logIn("agenzia.alfa", "demo");
        browser.go("/persons/" + person + "/pathway");

        choose("#delivery-service", "A5");
        choose("#delivery-mode", "INDIVIDUAL");
        choose("#delivery-site", site);
        browser.type("#delivery-minutes", "120");
        choose("#delivery-programme", "BSL-DISOCCUPATI");
        browser.click("#register-delivery");
        // The Buono servizi lavoro asks for six months of unemployment: the DID is of today.
        assertThat(browser.text("#delivery-programme-error")).contains("6 mesi");
        assertThat(browser.find("#delivery-programme").getAttribute("aria-invalid")).isEqualTo("true");
        // the rule's source by name (issue 14): the programme's rules, which one
        assertThat(browser.text("#delivery-violations")).contains("regole del programma BSL-DISOCCUPATI");
        browser.assertAccessible();

        choose("#delivery-programme", "GOL-P1");
        // The page shown again after the refusal may still be scrolling to its problems: submit the form itself.
        browser.find("#register-delivery").submit();
        assertThat(browser.text("main")).contains("Servizio registrato.");
        assertThat(browser.text("[data-testid=deliveries]")).contains("GOL-P1");

        String report = "/monitoring/programmes?programme=GOL-P1&from=" + today + "&to=" + today;
        browser.go(report);
        for (int i = 0; i < 50 && browser.findAll("[data-testid=programme-report]").isEmpty(); i++) {
            Thread.sleep(200); // the monitoring listener records the delivery after the commit
            browser.go(report);
        }
        assertThat(browser.text("[data-testid=programme-report]")).contains("A5").contains("Alfa Lavoro");
        assertThat(browser.text("[data-testid=programme-rate]")).contains("35,50");
        assertThat(browser.findAll("[data-testid=export-xlsx]")).hasSize(1);
        browser.screenshot("programme-report");
        browser.assertAccessible();
        browser.assertNoConsoleErrors();
    }
}
