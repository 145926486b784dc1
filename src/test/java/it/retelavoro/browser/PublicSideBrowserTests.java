package it.retelavoro.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.retelavoro.matching.MatchingScenario;
import it.retelavoro.monitoring.MonitoringScenario.Organisation;
import it.retelavoro.person.FiscalCodes;
import it.retelavoro.support.Browser;
import it.retelavoro.support.IntegrationTest;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 14, part E: a citizen's visit, without login, from the landing page at {@code /} to the job board, an
 * application filled at once (as a browser's autofill does) and the check of its status; "Dove andare" with a
 * site's opening hours and contacts. Every page axe-clean, with no message key left on it.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicSideBrowserTests {

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

    private void assertClean() {
        browser.assertAccessible();
        browser.assertNoConsoleErrors();
        assertThat(browser.driver().getPageSource()).doesNotContain("??");
    }

    @Test
    void a_citizen_finds_an_offer_from_the_landing_page_applies_and_checks_the_state_of_the_application()
            throws Exception {
        MatchingScenario scenario = new MatchingScenario(mvc);
        Organisation office = scenario.organisation();
        String word = "cuoco" + UUID.randomUUID().toString().substring(0, 6);
        String vacancy = scenario.vacancy(office, scenario.company(office), "Aiuto " + word, "5.2.2.1.0", "L219", "{}",
                true, false);
        mvc.perform(put("/api/v1/sites/" + office.siteId()).contentType(MediaType.APPLICATION_JSON)
                        .header("If-Match", "0").with(httpBasic("admin", "demo")).content("""
                        {"name": "Sede %s", "address": "Via Roma 1", "comune": "L219",
                         "features": ["COUNTER_WITH_WAITING_AREA", "JOB_OPPORTUNITY_BOARD", "SELF_CONSULTATION_SPACE",
                              "INDIVIDUAL_INTERVIEW_SPACE", "ISOLATED_WORKSTATION", "PC_WITH_INTERNET",
                              "GROUP_CLASSROOM", "PHONE_EMAIL_CONTACT", "DEDICATED_RECEPTION", "UPDATED_WEBSITE",
                              "ONLINE_MATCHING_TOOLS"],
                         "openingHours": "lunedì-venerdì 9-12", "phone": "011 555 0101", "email": "%s@example.org"}"""
                        .formatted(word, word)))
                .andExpect(status().isOk());
        String fiscalCode = FiscalCodes.random(LocalDate.of(1994, 9, 9), "M", "L219");

        // Without login, / is the landing page, not the login form.
        browser.driver().manage().deleteAllCookies();
        browser.go("/");
        assertThat(browser.currentPath()).isEqualTo("/");
        assertThat(browser.findAll("[data-testid=landing]")).hasSize(1);
        assertThat(browser.findAll("#password")).isEmpty();
        assertThat(browser.find("[data-testid=landing-login]").getDomAttribute("href")).isEqualTo("/login");
        assertClean();

        // Its search leads to the board, the board to the offer.
        browser.type("#landing-q", word);
        browser.click("[data-testid=landing-search]");
        assertThat(browser.currentPath()).startsWith("/portal?q=" + word);
        assertClean();
        browser.click("[data-vacancy='" + vacancy + "'] a");
        assertThat(browser.text("h1")).contains(word);
        assertClean();

        // The form filled at once, as a browser's autofill fills it, is received.
        browser.type("#application-fiscal-code", fiscalCode);
        browser.type("#application-first-name", "Luca");
        browser.type("#application-last-name", "Prova");
        browser.type("#application-email", "luca@example.org");
        browser.type("#application-cv", "Due anni in cucina");
        browser.find("#application-cv").sendKeys(Keys.TAB);
        browser.driver().switchTo().activeElement().sendKeys(Keys.SPACE);
        browser.find("#application-email").sendKeys(Keys.ENTER);
        String reference = browser.text("[data-testid=reference]");
        assertThat(reference).matches("RL-[A-Z0-9]{10}");
        assertClean();

        // The applicant checks its state with the reference number and the codice fiscale.
        browser.click("[data-testid=status-link]");
        assertThat(browser.currentPath()).isEqualTo("/portal/applications/status");
        assertClean();
        browser.type("#status-reference", reference);
        browser.type("#status-fiscal-code", fiscalCode);
        browser.click("[data-testid=status-submit]");
        assertThat(browser.text("[data-testid=status]")).isEqualTo("Ricevuta");
        assertThat(browser.text("[data-testid=status-answer]")).contains("Aiuto " + word).doesNotContain(fiscalCode);
        assertClean();
        browser.type("#status-reference", reference);
        browser.type("#status-fiscal-code", FiscalCodes.random(LocalDate.of(1980, 1, 1), "F", "L219"));
        browser.click("[data-testid=status-submit]");
        // the answer, once the page has come back (find waits for it)
        assertThat(browser.find("[data-testid=status-none]").isDisplayed()).isTrue();
        assertClean();

        // "Dove andare" says when the site is open and how to reach it.
        browser.go("/");
        browser.click("[data-testid=landing-where]");
        assertThat(browser.find("[data-testid=sites]").getText()).contains("lunedì-venerdì 9-12", "011 555 0101",
                word + "@example.org");
        assertClean();
    }
}
