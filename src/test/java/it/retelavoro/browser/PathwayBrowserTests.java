package it.retelavoro.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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

@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PathwayBrowserTests {

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

    private String registerPerson() throws Exception {
        String body = """
                {"fiscalCode": "%s", "firstName": "Giulia", "lastName": "Ferrero-%s", "birthDate": "1990-05-04",
                 "sex": "F", "birthPlace": "L219", "citizenship": "IT",
                 "residence": {"address": "Via Garibaldi 3", "comune": "L219"}}"""
                .formatted(FiscalCodes.random(LocalDate.of(1990, 5, 4), "F", "L219"),
                        UUID.randomUUID().toString().substring(0, 6));
        return JsonPath.read(mvc.perform(post("/api/v1/persons").contentType(MediaType.APPLICATION_JSON)
                        .content(body).with(httpBasic("cpi.torino", "demo")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
    }

    private void choose(String css, String value) {
        browser.select(css, value);
    }

    private void deliver(String service, int minutes, int meetings) {
        choose("#delivery-service", service);
        choose("#delivery-mode", "INDIVIDUAL");
        browser.type("#delivery-minutes", String.valueOf(minutes));
        browser.type("#delivery-meetings", String.valueOf(meetings));
    }

    @Test
    void an_operator_signs_the_pact_and_the_plan_and_sees_a4_refused_next_to_the_service() throws Exception {
        String person = registerPerson();
        browser.logIn("cpi.torino", "demo");
        browser.go("/persons/" + person);
        browser.click("[data-testid=pathway-link] a");
        assertThat(browser.currentPath()).isEqualTo("/persons/" + person + "/pathway");
        browser.assertAccessible();
        browser.assertNoConsoleErrors();

        deliver("A2", 30, 1);
        choose("#delivery-pact-outcome", "SIGNED");
        browser.type("#delivery-responsible", "Laura Verdi");
        browser.type("#delivery-frequency", "Ogni 30 giorni");
        browser.click("#register-delivery");
        assertThat(browser.text("main")).contains("Servizio registrato.");
        assertThat(browser.text("[data-testid=pact]")).contains("Sottoscritto").contains("Laura Verdi");

        deliver("A3", 60, 1);
        choose("#delivery-plan-outcome", "SIGNED");
        browser.type("#delivery-action-description", "Bilancio di competenze");
        browser.click("#register-delivery");
        assertThat(browser.text("[data-testid=actions]")).contains("Bilancio di competenze").contains("Pianificata");
        assertThat(browser.text("[data-testid=specific-need]")).contains("Non rilevato");

        deliver("A4", 120, 2);
        browser.click("#register-delivery");
        assertThat(browser.text("#delivery-service-error")).contains("A.4");
        assertThat(browser.find("#delivery-service").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.find("#delivery-service").getAttribute("aria-describedby"))
                .isEqualTo("delivery-service-error");
        assertThat(browser.text("#delivery-violations")).contains("modalità di accesso")
                .doesNotContain("modalitaAccesso").contains("piemonte-2012");
        assertThat(browser.text("[data-testid=deliveries]")).contains("A.2").contains("A.3").doesNotContain("A.4");
        assertThat(browser.text("[data-testid=timeline]")).contains("Patto di Servizio sottoscritto")
                .contains("PAI sottoscritto");
        browser.screenshot("pathway-a4-refused");
        browser.assertAccessible();
        browser.assertNoConsoleErrors();
    }

    @Test
    void a_cpi_operator_certifies_a_did_sent_by_an_agency_from_the_queue() throws Exception {
        String body = """
                {"fiscalCode": "%s", "firstName": "Paolo", "lastName": "Gallo-%s", "birthDate": "1990-05-04",
                 "sex": "M", "birthPlace": "L219", "citizenship": "IT",
                 "residence": {"address": "Via Garibaldi 3", "comune": "L219"}}"""
                .formatted(FiscalCodes.random(LocalDate.of(1990, 5, 4), "M", "L219"),
                        UUID.randomUUID().toString().substring(0, 6));
        String person = JsonPath.read(mvc.perform(post("/api/v1/persons").contentType(MediaType.APPLICATION_JSON)
                        .content(body).with(httpBasic("agenzia.alfa", "demo")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        String fiscalCode = JsonPath.read(body, "$.fiscalCode");
        browser.logIn("agenzia.alfa", "demo");
        browser.go("/persons/" + person + "/pathway");
        choose("#did-channel", "AGENCY");
        browser.click("#declare-did");
        assertThat(browser.text("[data-testid=did-state]")).contains("Certificazione richiesta");
        assertThat(browser.findAll("#certify-did")).isEmpty();
        browser.assertAccessible();

        browser.logIn("cpi.torino", "demo");
        browser.go("/did-requests");
        assertThat(browser.text("[data-testid=did-requests]")).contains(fiscalCode);
        browser.assertAccessible();
        browser.assertNoConsoleErrors();
        browser.click("[aria-label='Certifica la DID di " + fiscalCode + "']");
        assertThat(browser.text("main")).contains("DID certificata.").doesNotContain(fiscalCode);
    }
}
