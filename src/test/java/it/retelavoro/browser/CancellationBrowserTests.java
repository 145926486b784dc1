package it.retelavoro.browser;

import static it.retelavoro.monitoring.MonitoringScenario.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import it.retelavoro.monitoring.MonitoringScenario;
import it.retelavoro.monitoring.MonitoringScenario.Organisation;
import it.retelavoro.support.Browser;
import it.retelavoro.support.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A delivery registered by mistake cancelled on the pathway page (issue 13): the operator gives the reason,
 * the delivery stays marked cancelled, and the indicator page's figure of its period goes down.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CancellationBrowserTests {

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
    void an_operator_cancels_a_delivery_with_its_reason_and_the_indicator_of_its_day_goes_down() throws Exception {
        MonitoringScenario scenario = new MonitoringScenario(mvc);
        Organisation organisation = scenario.organisation();
        String username = "annulla." + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/api/v1/users").contentType(MediaType.APPLICATION_JSON).content("""
                {"username": "%s", "password": "una-password-lunga", "role": "OPERATOR", "organisationId": "%s",
                 "siteIds": ["%s"]}""".formatted(username, organisation.id(), organisation.siteId()))
                .with(httpBasic("admin", "demo"))).andExpect(status().isCreated());
        String person = scenario.person(organisation);
        scenario.deliver(organisation, person, "A1", today(), 10, "\"outputs\": {\"referral\": \"Accoglienza A2\"}");
        List<String> ids = JsonPath.read(mvc.perform(get("/api/v1/persons/" + person + "/deliveries")
                .with(organisation.operator())).andReturn().getResponse().getContentAsString(), "$[*].id");
        String delivery = ids.get(0);
        String monitoring = "/monitoring?from=" + today() + "&to=" + today();

        browser.logIn(username, "una-password-lunga");
        assertThat(indicatorOnceIt("1.1", "1", monitoring)).isEqualTo("1");

        browser.go("/persons/" + person + "/pathway");
        browser.click("[data-delivery='" + delivery + "'] summary");
        browser.type("#cancel-reason-" + delivery, "Registrata sulla persona sbagliata");
        browser.screenshot("cancellation-form");
        browser.click("#cancel-" + delivery);
        browser.find("[data-delivery='" + delivery + "'] [data-testid=cancelled]");
        assertThat(browser.find("[data-delivery='" + delivery + "']").getAttribute("class")).contains("cancelled-act");
        assertThat(browser.text("[data-delivery='" + delivery + "'] .cancellation-cell"))
                .contains("Registrata sulla persona sbagliata");
        browser.screenshot("cancellation-marked");
        browser.assertAccessible();
        browser.assertNoConsoleErrors();

        assertThat(indicatorOnceIt("1.1", "0", monitoring)).isEqualTo("0");
        browser.assertAccessible();
    }

    /** The figure of the indicator on the page, read again until it shows the expected one or 30 s pass. */
    private String indicatorOnceIt(String code, String expected, String page) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        String value;
        do {
            browser.go(page);
            value = browser.text("[data-testid=indicators] tr[data-code='" + code + "'] td a");
            if (value.equals(expected)) {
                return value;
            }
            Thread.sleep(200);
        } while (Instant.now().isBefore(deadline));
        return value;
    }
}
