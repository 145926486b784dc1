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
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The pages of the counter: DID status and PAI actions on the pathway page, anonymous A.1, group sessions. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PathwayCounterBrowserTests {

    static final String VIA_BOLOGNA = "CPI Torino - Sede di via Bologna";

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

    /** A person in charge of CPI Torino: id and codice fiscale. */
    private String[] registerPerson() throws Exception {
        String fiscalCode = FiscalCodes.random(LocalDate.of(1990, 5, 4), "F", "L219");
        String body = """
                {"fiscalCode": "%s", "firstName": "Carla", "lastName": "Rosso-%s", "birthDate": "1990-05-04",
                 "sex": "F", "birthPlace": "L219", "citizenship": "IT",
                 "residence": {"address": "Via Garibaldi 3", "comune": "L219"}}"""
                .formatted(fiscalCode, UUID.randomUUID().toString().substring(0, 6));
        String id = JsonPath.read(mvc.perform(post("/api/v1/persons").contentType(MediaType.APPLICATION_JSON)
                        .content(body).with(httpBasic("cpi.torino", "demo")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        return new String[] {id, fiscalCode};
    }

    private void choose(String css, String value) {
        browser.select(css, value);
    }

    private void chooseText(String css, String text) {
        new Select(browser.find(css)).selectByVisibleText(text);
    }

    @Test
    void an_operator_suspends_reinstates_and_revokes_the_did_and_adds_an_action_to_the_pai() throws Exception {
        String person = registerPerson()[0];
        browser.logIn("cpi.torino", "demo");
        browser.go("/persons/" + person + "/pathway");
        choose("#did-channel", "CPI_COUNTER");
        browser.click("#declare-did");
        browser.click("#certify-did");
        assertThat(browser.text("[data-testid=did-state]")).contains("Certificata");

        browser.click("#suspend-did");
        assertThat(browser.text("#did-status-reason-error")).contains("obbligatorio");
        assertThat(browser.find("#did-status-reason").getAttribute("aria-invalid")).isEqualTo("true");
        browser.assertAccessible();
        browser.type("#did-status-reason", "Contratto di due mesi");
        browser.click("#suspend-did");
        assertThat(browser.text("main")).contains("DID sospesa.").contains("Contratto di due mesi");
        assertThat(browser.text("[data-testid=did-state]")).contains("Sospesa");
        browser.type("#did-status-reason", "Fine del contratto");
        browser.click("#reinstate-did");
        assertThat(browser.text("[data-testid=did-state]")).contains("Certificata");
        browser.type("#did-status-reason", "Assunzione a tempo indeterminato");
        browser.click("#revoke-did");
        assertThat(browser.text("[data-testid=did-state]")).contains("Revocata");
        assertThat(browser.findAll("#did-status-form")).isEmpty();
        assertThat(browser.findAll("#did-form")).hasSize(1);

        choose("#delivery-service", "A2");
        choose("#delivery-mode", "INDIVIDUAL");
        browser.type("#delivery-minutes", "30");
        choose("#delivery-pact-outcome", "SIGNED");
        browser.click("#register-delivery");
        choose("#delivery-service", "A3");
        choose("#delivery-mode", "INDIVIDUAL");
        browser.type("#delivery-minutes", "60");
        choose("#delivery-plan-outcome", "SIGNED");
        browser.click("#register-delivery");
        assertThat(browser.text("[data-testid=plan]")).contains("Sottoscritto");

        browser.click("#add-action");
        assertThat(browser.text("#action-description-error")).contains("obbligatorio");
        browser.type("#action-description", "Corso di contabilità");
        choose("#action-service", "A5");
        browser.click("#add-action");
        assertThat(browser.text("main")).contains("Azione aggiunta al PAI.");
        assertThat(browser.text("[data-testid=actions]")).contains("Corso di contabilità").contains("A.5");
        browser.assertAccessible();
        browser.assertNoConsoleErrors();
    }

    @Test
    void an_operator_registers_an_a1_to_an_anonymous_visitor_from_the_search_page() {
        browser.logIn("cpi.torino", "demo");
        browser.go("/persons");
        browser.click("#information-visit-new");
        assertThat(browser.currentPath()).isEqualTo("/information-visits/new");
        browser.assertAccessible();
        browser.assertNoConsoleErrors();

        chooseText("#visit-site", VIA_BOLOGNA);
        browser.click("#register-visit");
        assertThat(browser.text("#visit-sex-error")).contains("obbligatorio");
        assertThat(browser.text("#visit-age-band-error")).contains("obbligatorio");
        assertThat(browser.find("#visit-sex").getAttribute("aria-describedby")).isEqualTo("visit-sex-error");
        browser.assertAccessible();

        choose("#visit-sex", "F");
        choose("#visit-age-band", "FROM_25_TO_34");
        browser.click("#register-visit");
        assertThat(browser.text("#visit-violations")).contains("piemonte-2012");
        browser.assertAccessible();

        browser.type("#visit-referral", "Accoglienza A.2 al CPI");
        browser.click("#register-visit");
        assertThat(browser.text("main")).contains("Informazione al visitatore anonimo registrata.");
        browser.assertNoConsoleErrors();
    }

    @Test
    void a_group_session_names_the_refused_participant_next_to_the_field_and_then_registers_all() throws Exception {
        String[] first = registerPerson();
        String[] second = registerPerson();
        browser.logIn("cpi.torino", "demo");
        browser.go("/persons");
        browser.click("#group-session-new");
        assertThat(browser.currentPath()).isEqualTo("/group-sessions/new");
        browser.assertAccessible();
        browser.assertNoConsoleErrors();

        choose("#group-service", "A2");
        choose("#group-mode", "GROUP");
        browser.type("#group-minutes", "60");
        chooseText("#group-site", VIA_BOLOGNA);
        choose("#group-pact-outcome", "SIGNED");
        browser.type("#group-participants", first[1] + "\nRSSMRA80A01L219X");
        browser.click("#register-group");
        assertThat(browser.text("#group-participants-error")).contains("RSSMRA80A01L219X");

        choose("#group-service", "A5");
        browser.type("#group-participants", first[1] + "\n" + second[1]);
        browser.click("#register-group");
        assertThat(browser.text("#group-violations")).contains(first[1]).contains(second[1]);
        assertThat(browser.text("#group-service-error")).contains(first[1]);
        assertThat(browser.find("#group-service").getAttribute("aria-invalid")).isEqualTo("true");
        browser.assertAccessible();

        choose("#group-service", "A2");
        // "in caso di prese in carico collettive da aziende o convocazioni relative a progetti" (issue 13)
        choose("#group-reason", "PROJECT_CALL");
        browser.type("#group-reason-name", "Garanzia Giovani Torino");
        browser.click("#register-group");
        assertThat(browser.text("main")).contains("Sessione di gruppo registrata.");
        assertThat(browser.text("[data-testid=registered-count]")).contains("2");
        browser.go("/persons/" + second[0] + "/pathway");
        assertThat(browser.text("[data-testid=deliveries]")).contains("A.2");
        browser.assertNoConsoleErrors();
    }
}
