package it.retelavoro.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import it.retelavoro.matching.MatchingScenario;
import it.retelavoro.matching.MatchingScenario.Protected;
import it.retelavoro.monitoring.MonitoringScenario.Organisation;
import it.retelavoro.support.Browser;
import it.retelavoro.support.IntegrationTest;
import it.retelavoro.support.TestIdentityProvider;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 17's walk in Chromium: a citizen logs in through the provider with SPID, opens their Patto as PDF, withdraws
 * the consent to matching (and is no longer among a vacancy's candidates), downloads their data and sees the access
 * log; every page accessible, the consent changed by keyboard.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CitizenAreaBrowserTests {

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

    @Test
    void aCitizenLogsInWithSpidAndExercisesTheirRights() throws Exception {
        MatchingScenario scenario = new MatchingScenario(mvc);
        Organisation agency = scenario.organisation();
        String person = scenario.proposable(agency, Protected.plain(), "L219", null, MatchingScenario.profile(
                "5.1.2.2.0", LocalDate.of(2019, 1, 1), LocalDate.of(2023, 1, 1), "vendita", "", "", "FULL_TIME"));
        String vacancy = scenario.vacancy(agency, scenario.company(agency), "Commesso", "5.1.2.2.0", "L219", "{}",
                true, false);
        String fiscalCode = JsonPath.read(mvc.perform(get("/api/v1/persons/" + person).with(agency.operator()))
                .andReturn().getResponse().getContentAsString(), "$.fiscalCode");
        assertThat(candidates(agency, vacancy)).contains(person);

        // the login page offers SPID and CIE; the provider vouches for the citizen and sends them back
        browser.go("/login");
        browser.assertAccessible();
        TestIdentityProvider.nextCitizen(fiscalCode, "Candida", "Prova", "1985-03-12", 2);
        browser.click("#login-spid");
        browser.find("[data-testid=citizen-area]");
        assertThat(browser.currentPath()).isEqualTo("/me");
        assertThat(browser.text("main")).contains("La mia area", fiscalCode, "Candida Prova", "Servizi Incrocio",
                "Patto di servizio del");
        assertThat(browser.text("[data-testid=current-citizen]")).isEqualTo("Candida Prova");
        browser.assertAccessible();
        browser.assertNoConsoleErrors();

        // the Patto opens: a PDF
        String pact = browser.find("#citizen-pact-pdf").getAttribute("href");
        assertThat(fetch(pact)).startsWith("application/pdf ");

        // the consent to matching, withdrawn by keyboard: out of the vacancy's candidates at once
        browser.press("#consent-toggle-MATCHING", Keys.ENTER);
        browser.find("[data-testid=consent-MATCHING]");
        assertThat(browser.text("main")).contains("Consenso revocato: ha effetto da subito.");
        assertThat(browser.text("[data-testid=consent-MATCHING]")).contains("Consenso revocato");
        assertThat(candidates(agency, vacancy)).doesNotContain(person);
        browser.assertAccessible();

        // the data, downloaded as JSON and as PDF
        assertThat(fetch(browser.find("#citizen-export-json").getAttribute("href"))).startsWith("application/json");
        assertThat(fetch(browser.find("#citizen-export-pdf").getAttribute("href"))).startsWith("application/pdf ");

        // who accessed the record: the agency, as an operator, never by name
        browser.click("#citizen-access-log");
        browser.find("[data-testid=citizen-access-log]");
        assertThat(browser.text("#citizen-access-log-table")).contains("Servizi Incrocio", "Operatore")
                .doesNotContain(scenario.lastUsername());
        browser.assertAccessible();

        // the logout ends the session here and at the provider
        browser.click("#citizen-logout");
        browser.find("#login-spid");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/login?logout");
        browser.go("/me");
        assertThat(browser.currentPath()).isEqualTo("/login");
    }

    private String fetch(String url) {
        return (String) ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done(r.headers.get('content-type') + ' '
                    + b.byteLength))).catch(e => done('error ' + e));""", url);
    }

    private List<String> candidates(Organisation agency, String vacancy) throws Exception {
        String body = mvc.perform(get("/api/v1/vacancies/" + vacancy + "/candidates").param("limit", "200")
                        .param("own", "true").with(agency.operator()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$[*].personId");
    }
}
