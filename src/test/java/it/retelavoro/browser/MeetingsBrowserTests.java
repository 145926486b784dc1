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
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A.4 registered meeting by meeting on the pathway page (issue 13, point 1): the first meeting opens the delivery,
 * shown as "1 incontro su 2", and the second of an hour, registered under it, completes it.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MeetingsBrowserTests {

    private static final RequestPostProcessor CPI_TORINO = httpBasic("cpi.torino", "demo");

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

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Rome"));
    }

    private String post(String path, String json) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                        .contentType(MediaType.APPLICATION_JSON).content(json).with(CPI_TORINO))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    }

    /** A person of CPI Torino with the Patto and a PAI recording a specific need, so that A.4 is open to them. */
    private String personReadyForCounselling() throws Exception {
        String person = JsonPath.read(post("/api/v1/persons", """
                {"fiscalCode": "%s", "firstName": "Marta", "lastName": "Gallo-%s", "birthDate": "1988-02-14",
                 "sex": "F", "birthPlace": "L219", "citizenship": "IT",
                 "residence": {"address": "Via Nizza 8", "comune": "L219"}}"""
                .formatted(FiscalCodes.random(LocalDate.of(1988, 2, 14), "F", "L219"),
                        UUID.randomUUID().toString().substring(0, 6))), "$.id");
        String organisation = JsonPath.read(mvc.perform(get("/api/v1/me").with(CPI_TORINO)).andReturn().getResponse()
                .getContentAsString(), "$.organisation.id");
        List<String> sites = JsonPath.read(mvc.perform(get("/api/v1/organisations/" + organisation + "/sites")
                .with(CPI_TORINO)).andReturn().getResponse().getContentAsString(),
                "$[?(@.name == 'CPI Torino - Sede di via Bologna')].id");
        post("/api/v1/persons/" + person + "/deliveries", """
                {"service": "A2", "mode": "INDIVIDUAL", "date": "%s", "minutes": 30, "siteId": "%s",
                 "outputs": {"pact": {"outcome": "SIGNED", "responsibleOperator": "Laura Verdi"}}}"""
                .formatted(today(), sites.get(0)));
        post("/api/v1/persons/" + person + "/deliveries", """
                {"service": "A3", "mode": "INDIVIDUAL", "date": "%s", "minutes": 60, "siteId": "%s",
                 "outputs": {"actionPlan": {"outcome": "SIGNED", "specificNeed": true,
                   "specificNeedText": "Chiarire l'obiettivo professionale"}}}""".formatted(today(), sites.get(0)));
        return person;
    }

    private void choose(String css, String value) {
        browser.select(css, value);
    }

    private void setDate(String css, LocalDate date) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]",
                browser.find(css), date.toString());
    }

    @Test
    void an_operator_opens_a_counselling_with_its_first_meeting_and_completes_it_with_the_second() throws Exception {
        String person = personReadyForCounselling();
        browser.logIn("cpi.torino", "demo");
        browser.go("/persons/" + person + "/pathway");

        choose("#delivery-service", "A4");
        choose("#delivery-mode", "INDIVIDUAL");
        setDate("#delivery-meeting-date-0", today());
        browser.type("#delivery-meeting-minutes-0", "60");
        browser.click("label[for=delivery-in-progress]");
        browser.click("#register-delivery");
        assertThat(browser.text("main")).contains("Servizio registrato.");
        assertThat(browser.text("[data-testid=delivery-in-progress]")).isEqualTo("1 incontro su 2");
        browser.assertAccessible();
        browser.assertNoConsoleErrors();

        // The second meeting, too short: refused above its form, the delivery still open.
        browser.type("[id^=meeting-minutes-]", "45");
        browser.click("[id^=meeting-submit-]");
        assertThat(browser.text("[id^=meeting-violations-]")).contains("60 minuti per ogni incontro");
        assertThat(browser.find("[id^=meeting-minutes-]").getAttribute("aria-invalid")).isEqualTo("true");
        browser.assertAccessible();

        browser.type("[id^=meeting-minutes-]", "60");
        browser.click("[id^=meeting-submit-]");
        assertThat(browser.text("main")).contains("Incontro registrato.");
        assertThat(browser.findAll("[data-testid=delivery-in-progress]")).isEmpty();
        assertThat(browser.findAll("[id^=meeting-form-]")).isEmpty();
        assertThat(browser.text("[data-testid=deliveries]")).contains("A.4").contains("120");
        browser.screenshot("pathway-a4-meeting-by-meeting");
        browser.assertAccessible();
        browser.assertNoConsoleErrors();
    }
}
