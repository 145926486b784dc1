package it.retelavoro.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import it.retelavoro.network.NetworkManagement;
import it.retelavoro.person.FiscalCodes;
import it.retelavoro.support.Browser;
import it.retelavoro.support.IntegrationTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * An operator's morning (issue 14, point 1): the home page with the deadlines, then the caseload filtered to the
 * overdue PAI actions, each page axe-clean and without a message key.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeskBrowserTests {

    static final RequestPostProcessor CPI_TORINO = httpBasic("cpi.torino", "demo");
    static final String VIA_BOLOGNA = "CPI Torino - Sede di via Bologna";

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    NetworkManagement network;

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

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Rome"));
    }

    /** A person of CPI Torino with a PAI whose action fell due three days ago, assigned to cpi.torino. */
    private String personWithOverdueAction(String surname) throws Exception {
        String body = """
                {"fiscalCode": "%s", "firstName": "Olga", "lastName": "%s", "birthDate": "1984-02-10", "sex": "F",
                 "birthPlace": "L219", "citizenship": "IT", "residence": {"address": "Via Po 1", "comune": "L219"}}"""
                .formatted(FiscalCodes.random(LocalDate.of(1984, 2, 10), "F", "L219"), surname);
        String person = JsonPath.read(mvc.perform(post("/api/v1/persons").contentType(MediaType.APPLICATION_JSON)
                .content(body).with(CPI_TORINO)).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString(), "$.id");
        String organisation = JsonPath.read(mvc.perform(get("/api/v1/me").with(CPI_TORINO)).andReturn()
                .getResponse().getContentAsString(), "$.organisation.id");
        List<String> sites = JsonPath.read(mvc.perform(get("/api/v1/organisations/" + organisation + "/sites")
                .with(CPI_TORINO)).andReturn().getResponse().getContentAsString(),
                "$[?(@.name == '" + VIA_BOLOGNA + "')].id");
        deliver(person, """
                {"service": "A2", "mode": "INDIVIDUAL", "date": "%s", "minutes": 30, "siteId": "%s",
                 "outputs": {"pact": {"outcome": "SIGNED", "responsibleOperator": "Laura Verdi"}}}"""
                .formatted(today(), sites.get(0)));
        deliver(person, """
                {"service": "A3", "mode": "INDIVIDUAL", "date": "%s", "minutes": 60, "siteId": "%s",
                 "outputs": {"actionPlan": {"outcome": "SIGNED", "specificNeed": false,
                   "actions": [{"service": "A4", "description": "Bilancio di competenze", "dueOn": "%s"}]}}}"""
                .formatted(today(), sites.get(0), today().minusDays(3)));
        mvc.perform(put("/api/v1/persons/" + person + "/assigned-operator").contentType(MediaType.APPLICATION_JSON)
                .content("{\"operatorId\": \"" + network.findUserByUsername("cpi.torino").orElseThrow().id() + "\"}")
                .with(CPI_TORINO)).andExpect(status().isOk());
        return person;
    }

    private void deliver(String person, String json) throws Exception {
        mvc.perform(post("/api/v1/persons/" + person + "/deliveries").contentType(MediaType.APPLICATION_JSON)
                .content(json).with(CPI_TORINO)).andExpect(status().isCreated());
    }

    private void assertCleanPage() {
        browser.assertAccessible();
        browser.assertNoConsoleErrors();
        assertThat(browser.driver().getPageSource()).doesNotContain("??");
    }

    @Test
    void the_operator_sees_the_deadlines_at_home_then_the_caseload_filtered_to_overdue_pai_actions() throws Exception {
        String surname = "Mattino" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String person = personWithOverdueAction(surname);
        String due = today().minusDays(3).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));

        browser.logIn("cpi.torino", "demo");
        browser.go("/");
        // the work panel arrives by htmx; "solo le mie persone" keeps the persons assigned to the operator
        browser.click("#work-mine");
        assertThat(browser.text("[data-testid=deadlines]")).contains(surname + " Olga").contains(due)
                .contains("Bilancio di competenze").contains("Scaduta");
        assertThat(browser.text("[data-testid=work-overdue]")).isNotEqualTo("0");
        assertCleanPage();

        browser.click("#work-overdue-link");
        assertThat(browser.currentPath()).startsWith("/desk/persons?actions=OVERDUE");
        assertThat(new Select(browser.find("#caseload-actions")).getFirstSelectedOption().getText())
                .isEqualTo("Scadute");
        browser.type("#caseload-q", surname);
        browser.click("#caseload-apply");
        assertThat(browser.text("[data-testid=caseload-total]")).isEqualTo("1 persona trovata");
        assertThat(browser.text("[data-testid=caseload-persons]")).contains(surname + " Olga").contains(due)
                .contains("Scaduta").contains("PAI aperto");
        assertCleanPage();

        browser.click("[data-testid=caseload-person] a");
        assertThat(browser.currentPath()).isEqualTo("/persons/" + person + "/pathway");
        assertThat(new Select(browser.find("#assigned-operator")).getFirstSelectedOption().getText())
                .isNotBlank().isNotEqualTo("Nessun operatore assegnato");

        browser.click("a.nav-link[href='/desk/persons']");
        assertThat(browser.text("h1")).isEqualTo("Persone in carico");
        assertCleanPage();
    }
}
