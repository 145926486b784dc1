package it.retelavoro.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import it.retelavoro.matching.MatchingScenario;
import it.retelavoro.matching.MatchingScenario.Protected;
import it.retelavoro.monitoring.MonitoringScenario.Organisation;
import it.retelavoro.support.Browser;
import it.retelavoro.support.IntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MatchingPortalBrowserTests {

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
    void a_job_seeker_applies_from_the_board_and_the_operator_verifies_and_refers_them() throws Exception {
        MatchingScenario scenario = new MatchingScenario(mvc);
        Organisation office = scenario.organisation();
        String operator = scenario.lastUsername();
        String company = scenario.company(office);
        String word = "banco" + UUID.randomUUID().toString().substring(0, 6);
        String vacancy = scenario.vacancy(office, company, "Addetto al banco " + word, "5.1.2.2.0", "L219",
                "{\"drivingLicences\": [\"B\"]}", true, false);
        String profile = MatchingScenario.profile("5.1.2.2.0", LocalDate.of(2020, 1, 1), LocalDate.of(2024, 1, 1),
                "vendita al banco", "\"B\"", "", "FULL_TIME");
        String applicant = scenario.proposable(office, Protected.plain(), "L219", null, profile);
        String other = scenario.proposable(office, Protected.plain(), "D205", null, MatchingScenario.profile(
                "8.1.4.3.0", LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 1), "pulizie", "", "", "PART_TIME"));
        String fiscalCode = JsonPath.read(mvc.perform(get("/api/v1/persons/" + applicant).with(office.operator()))
                .andReturn().getResponse().getContentAsString(), "$.fiscalCode");

        // The job seeker, without login, finds the vacancy on the board and applies.
        browser.driver().manage().deleteAllCookies();
        browser.go("/portal?q=" + word);
        browser.assertAccessible();
        browser.assertNoConsoleErrors();
        browser.click("[data-vacancy='" + vacancy + "'] a");
        assertThat(browser.text("h1")).contains(word);
        browser.assertAccessible();
        long shown = System.nanoTime();
        browser.type("#application-fiscal-code", fiscalCode);
        browser.type("#application-first-name", "Candida");
        browser.type("#application-last-name", "Prova");
        browser.type("#application-phone", "333 1234567");
        browser.type("#application-cv", "Quattro anni di vendita al banco");
        // The privacy checkbox by keyboard: Tab from the CV (the honeypot is out of the tab order), Space.
        browser.find("#application-cv").sendKeys(Keys.TAB);
        assertThat(browser.driver().switchTo().activeElement().getDomAttribute("id")).isEqualTo("application-privacy");
        browser.driver().switchTo().activeElement().sendKeys(Keys.SPACE);
        long waited = (System.nanoTime() - shown) / 1_000_000;
        if (waited < 3500) {
            // A person takes longer than the minimum fill time; the test waits for it.
            Thread.sleep(3500 - waited);
        }
        // Submitted by keyboard: Enter in a field of the form.
        browser.find("#application-phone").sendKeys(Keys.ENTER);
        String reference = browser.text("[data-testid=reference]");
        assertThat(reference).matches("RL-[A-Z0-9]{10}");
        browser.assertAccessible();
        browser.assertNoConsoleErrors();
        browser.go("/portal/where-to-go");
        browser.assertAccessible();

        // The operator ranks the candidates of the vacancy: the same occupation and place first, both explained.
        browser.logIn(operator, "una-password-lunga");
        browser.go("/vacancies/" + vacancy);
        assertThat(browser.find("#vacancy-candidates").getDomAttribute("href"))
                .isEqualTo("/vacancies/" + vacancy + "/candidates");
        // The shared test database holds many proposable persons: the list is narrowed to the organisation's own.
        browser.go("/vacancies/" + vacancy + "/candidates?limit=200&own=true");
        browser.assertAccessible();
        browser.assertNoConsoleErrors();
        List<String> order = browser.findAll("[data-testid=candidates] tbody tr").stream()
                .map(row -> row.getDomAttribute("data-person")).filter(List.of(applicant, other)::contains).toList();
        assertThat(order).containsExactly(applicant, other);
        WebElement first = browser.find("tr[data-person='" + applicant + "']");
        assertThat(first.getText()).contains("stessa professione nelle esperienze di lavoro", "ha la patente B");
        assertThat(browser.find("tr[data-person='" + other + "']").getText()).contains("manca la patente B");

        browser.go("/persons/" + applicant + "/matching-vacancies?limit=200");
        browser.assertAccessible();
        assertThat(browser.find("tr[data-vacancy='" + vacancy + "']").getText()).contains("stessa professione");

        // The operator verifies the application and refers the person, reaching the queue from the menu.
        browser.go("/");
        browser.click("nav a[href='/applications']");
        browser.assertAccessible();
        browser.assertNoConsoleErrors();
        browser.click("tr[data-reference='" + reference + "'] [data-testid=verify]");
        assertThat(browser.text("[role=status]")).contains("Candidatura verificata");
        // The referral registers the person's A6 of the day in back office, with its minutes (issue 13).
        browser.type("tr[data-reference='" + reference + "'] input[name=minutes]", "120");
        browser.click("tr[data-reference='" + reference + "'] [data-testid=refer]");
        assertThat(browser.text("[role=status]")).contains("invio a colloquio");
        assertThat(browser.findAll("tr[data-reference='" + reference + "']")).isEmpty();
        String referrals = mvc.perform(get("/api/v1/vacancies/" + vacancy + "/referrals").with(office.operator()))
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(referrals, "$[*].personId")).contains(applicant);
    }

    @Test
    void the_operator_pre_selects_from_the_candidate_list_and_records_the_availability() throws Exception {
        MatchingScenario scenario = new MatchingScenario(mvc);
        Organisation office = scenario.organisation();
        String operator = scenario.lastUsername();
        String company = scenario.company(office);
        String vacancy = scenario.vacancy(office, company, "Cassiere", "5.1.2.4.0", "L219", "{}", true, false);
        String person = scenario.proposable(office, Protected.plain(), "L219", null, MatchingScenario.profile(
                "5.1.2.4.0", LocalDate.of(2022, 1, 1), LocalDate.of(2024, 1, 1), "cassa", "", "", "ANY"));

        browser.logIn(operator, "una-password-lunga");
        browser.go("/vacancies/" + vacancy + "/candidates?limit=20&own=true");
        browser.click("tr[data-person='" + person + "'] [data-testid=preselect]");
        assertThat(browser.text("[role=status]")).contains("Preselezione registrata");
        browser.click("tr[data-person='" + person + "'] [data-testid=available]");
        assertThat(browser.text("[role=status]")).contains("disponibilità");
        assertThat(browser.text("tr[data-person='" + person + "'] [data-testid=availability]"))
                .contains("Disponibilità confermata");
        browser.assertAccessible();
        browser.assertNoConsoleErrors();
    }
}
