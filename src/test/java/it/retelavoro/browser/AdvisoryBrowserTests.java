package it.retelavoro.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import it.retelavoro.person.FiscalCodes;
import it.retelavoro.support.Browser;
import it.retelavoro.support.IntegrationTest;
import java.time.LocalDate;
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
 * Issue 13, point 2, walked in the browser: an advisory finding is shown before saving ("Avvisi: registra
 * comunque"), the delivery is saved anyway, and the advisory stays visible on the pathway.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdvisoryBrowserTests {

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

    /** A person in charge of CPI Cuneo in the target "disabili": cpi.cuneo lacks the experience it asks for. */
    private String disabledPersonOfCuneo() throws Exception {
        String body = """
                {"fiscalCode": "%s", "firstName": "Marco", "lastName": "Giraudo-%s", "birthDate": "1988-02-11",
                 "sex": "M", "birthPlace": "D205", "citizenship": "IT",
                 "residence": {"address": "Via Roma 5", "comune": "D205"}}"""
                .formatted(FiscalCodes.random(LocalDate.of(1988, 2, 11), "M", "D205"),
                        UUID.randomUUID().toString().substring(0, 6));
        String person = JsonPath.read(mvc.perform(post("/api/v1/persons").contentType(MediaType.APPLICATION_JSON)
                        .content(body).with(httpBasic("cpi.cuneo", "demo")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        mvc.perform(put("/api/v1/persons/" + person + "/complex-targets").contentType(MediaType.APPLICATION_JSON)
                .content("{\"targets\": [\"DISABLED\"]}").with(httpBasic("cpi.cuneo", "demo")))
                .andExpect(status().isOk());
        return person;
    }

    @Test
    void an_advisory_is_shown_before_saving_the_delivery_is_saved_anyway_and_stays_on_the_pathway() throws Exception {
        String person = disabledPersonOfCuneo();
        browser.logIn("cpi.cuneo", "demo");
        browser.go("/persons/" + person + "/pathway");

        browser.select("#delivery-service", "A2");
        browser.select("#delivery-mode", "INDIVIDUAL");
        browser.type("#delivery-minutes", "30");
        browser.select("#delivery-pact-outcome", "SIGNED");
        browser.type("#delivery-responsible", "Paolo Bruno");
        browser.click("#register-delivery");

        assertThat(browser.text("#delivery-advisories")).contains("Avvisi").contains("disabili");
        assertThat(browser.text("#register-delivery")).isEqualTo("Registra comunque");
        assertThat(browser.text("[data-testid=deliveries]")).doesNotContain("A.2");
        browser.assertAccessible();
        browser.assertNoConsoleErrors();

        browser.click("#register-delivery");
        assertThat(browser.text("main")).contains("Servizio registrato.");
        assertThat(browser.findAll("#delivery-advisories")).isEmpty();
        assertThat(browser.text("[data-testid=delivery-advisories]")).contains("disabili");
        browser.assertAccessible();
    }
}
