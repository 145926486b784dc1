package it.retelavoro.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import it.retelavoro.person.FiscalCodes;
import it.retelavoro.shared.VatNumber;
import it.retelavoro.support.Browser;
import it.retelavoro.support.IntegrationTest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The Done-when of the employer pathway in the browser: a company scouted (B.1) and its Patto signed in
 * B.2, a vacancy registered, a person given the Patto (A.2) and the PAI (A.3) on their pathway page, a
 * person without A.3 refused next to the codice fiscale, the ready person referred, interviewed, selected
 * and hired through the referral page, the vacancy filled, and the referral on the person's pathway page.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReferralBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    Clock clock;

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

    record Person(String id, String fiscalCode) {
    }

    private Person registerPerson() throws Exception {
        String fiscalCode = FiscalCodes.random(LocalDate.of(1991, 7, 9), "M", "L219");
        String body = """
                {"fiscalCode": "%s", "firstName": "Paolo", "lastName": "Gallo-%s", "birthDate": "1991-07-09",
                 "sex": "M", "birthPlace": "L219", "citizenship": "IT",
                 "residence": {"address": "Via Nizza 5", "comune": "L219"}}"""
                .formatted(fiscalCode, UUID.randomUUID().toString().substring(0, 6));
        String id = JsonPath.read(mvc.perform(post("/api/v1/persons").contentType(MediaType.APPLICATION_JSON)
                        .content(body).with(httpBasic("cpi.torino", "demo")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        return new Person(id, fiscalCode);
    }

    private static String aVatNumber() {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            digits.append(ThreadLocalRandom.current().nextInt(10));
        }
        return digits.toString() + VatNumber.checkDigit(digits.toString());
    }

    private void select(String css, String value) {
        browser.select(css, value);
    }

    private void setDate(String css, LocalDate date) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]",
                browser.find(css), date.toString());
    }

    private void deliverToPerson(String service, int minutes) {
        select("#delivery-service", service);
        select("#delivery-mode", "INDIVIDUAL");
        browser.type("#delivery-minutes", String.valueOf(minutes));
        browser.type("#delivery-meetings", "1");
    }

    /** The Patto in A.2 and, when asked, the PAI in A.3, through the person's pathway page. */
    private void pathwayThroughThePages(Person person, boolean withPlan) {
        browser.go("/persons/" + person.id() + "/pathway");
        deliverToPerson("A2", 30);
        select("#delivery-pact-outcome", "SIGNED");
        browser.type("#delivery-responsible", "Laura Verdi");
        browser.type("#delivery-frequency", "Ogni 30 giorni");
        browser.click("#register-delivery");
        assertThat(browser.text("[data-testid=pact]")).contains("Sottoscritto");
        if (withPlan) {
            deliverToPerson("A3", 60);
            select("#delivery-plan-outcome", "SIGNED");
            browser.type("#delivery-action-description", "Ricerca attiva nella logistica");
            browser.click("#register-delivery");
            assertThat(browser.text("[data-testid=actions]")).contains("Ricerca attiva nella logistica");
        }
    }

    @Test
    void a_scouted_company_with_a_signed_pact_hires_a_referred_person_and_its_vacancy_is_filled() throws Exception {
        Person notReady = registerPerson();
        Person ready = registerPerson();
        browser.logIn("cpi.torino", "demo");
        pathwayThroughThePages(notReady, false);
        pathwayThroughThePages(ready, true);
        assertThat(browser.text("[data-testid=person-referrals]")).contains("Nessun invio a colloquio");

        // Scouting (B.1) and the company's Patto (B.2), then a vacancy of one position.
        browser.go("/employers");
        browser.click("#new-employer");
        browser.find("#new-employer-form");
        browser.type("#employer-fiscal-code", aVatNumber());
        browser.type("#employer-name", "Logistica " + UUID.randomUUID().toString().substring(0, 6));
        select("#employer-legal-form", "SRL");
        select("#employer-size-class", "SMALL");
        browser.type("#employer-ateco", "62.01.00");
        browser.find("#employer-ateco").sendKeys(Keys.ESCAPE);
        browser.type("#employer-comune", "L219");
        browser.find("#employer-comune").sendKeys(Keys.ESCAPE);
        browser.type("#employer-address", "Via Roma 1");
        browser.click("#register-employer");
        assertThat(browser.text("[role=status]")).contains("Impresa registrata");
        select("#delivery-service", "B1");
        browser.type("#delivery-minutes", "45");
        select("#delivery-place", "AT_COMPANY");
        select("#delivery-interest", "true");
        browser.type("#delivery-needs", "Un magazziniere");
        browser.click("#register-delivery");
        assertThat(browser.text("[role=status]")).contains("Servizio registrato");
        select("#delivery-service", "B2");
        browser.type("#delivery-minutes", "40");
        select("#delivery-pact-outcome", "SIGNED");
        browser.type("#delivery-commitments", "Segnalare le vacancy entro cinque giorni");
        browser.click("label[for=delivery-planned-B4]");
        browser.click("#register-delivery");
        assertThat(browser.text("[data-testid=pact]")).contains("Sottoscritto");
        browser.click("#new-vacancy");
        browser.find("#vacancy-form");
        browser.type("#vacancy-title", "Magazziniere");
        browser.type("#vacancy-occupation", "6.2.1.2.0");
        browser.type("#vacancy-positions", "1");
        browser.type("#vacancy-comune", "L219");
        browser.find("#vacancy-comune").sendKeys(Keys.ESCAPE);
        select("#vacancy-contract-type", "FIXED_TERM");
        browser.click("#register-vacancy");
        assertThat(browser.text("[data-testid=vacancy-state]")).isEqualTo("Aperta");
        String vacancyPath = browser.currentPath();

        // The vacancy page lists its referrals (none yet) and leads to the referral page.
        assertThat(browser.text("[data-testid=vacancy-referrals]")).contains("Nessun invio a colloquio");
        browser.assertAccessible();
        browser.assertNoConsoleErrors();
        browser.click("#manage-referrals");
        browser.find("#refer-form");
        browser.assertAccessible();

        // A person without A.3 is refused next to the codice fiscale; nothing is saved.
        browser.type("#refer-fiscal-code", notReady.fiscalCode());
        browser.click("#refer-submit");
        assertThat(browser.text("#refer-fiscal-code-error")).contains("A.3");
        assertThat(browser.find("#refer-fiscal-code").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.text("main")).contains("Nessun invio a colloquio");
        browser.assertAccessible();

        // The person with the Patto and the A.3 is referred, with the minutes of the back-office A6 the
        // referral registers (issue 13: a referral is the A6 output "Invio a colloqui di lavoro").
        browser.type("#refer-fiscal-code", ready.fiscalCode());
        browser.type("#refer-minutes", "120");
        browser.click("#refer-submit");
        assertThat(browser.text("[role=status]")).contains("Persona inviata a colloquio");
        assertThat(browser.text("[data-testid=referral-0] .referral-status")).isEqualTo("Inviato");
        assertThat(browser.text("[data-testid=referral-0]")).contains(ready.fiscalCode());
        browser.assertAccessible();
        browser.assertNoConsoleErrors();

        // Interview, selection, then a hire without contract start refused next to the field, then the hire.
        select("#o0-status", "INTERVIEWED");
        browser.type("#o0-reason", "Colloquio positivo");
        browser.click("#o0-submit");
        assertThat(browser.text("[data-testid=referral-0] .referral-status")).isEqualTo("Colloquio svolto");
        select("#o0-status", "SELECTED");
        browser.click("#o0-submit");
        assertThat(browser.text("[data-testid=referral-0] .referral-status")).isEqualTo("Selezionato");
        select("#o0-status", "HIRED");
        select("#o0-contract-type", "FIXED_TERM");
        browser.click("#o0-submit");
        assertThat(browser.text("#o0-contract-start-error")).isNotBlank();
        assertThat(browser.find("#o0-contract-start").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.text("[data-testid=referral-0] .referral-status")).isEqualTo("Selezionato");
        browser.assertAccessible();
        select("#o0-status", "HIRED");
        setDate("#o0-contract-start", LocalDate.now(clock).plusDays(10));
        select("#o0-contract-type", "FIXED_TERM");
        browser.click("#o0-submit");
        assertThat(browser.text("[data-testid=referral-0] .referral-status")).isEqualTo("Assunto");
        assertThat(browser.text("[data-testid=referral-0]")).contains("Colloquio positivo");
        assertThat(browser.text("[data-testid=vacancy-state]")).isEqualTo("Coperta");
        assertThat(browser.findAll("#o0-submit")).isEmpty();
        assertThat(browser.findAll("#refer-form")).isEmpty();
        browser.screenshot("vacancy-referrals");
        browser.assertAccessible();
        browser.assertNoConsoleErrors();

        // The vacancy page shows the hire; the person's pathway page lists the referral and the placement.
        browser.go(vacancyPath);
        assertThat(browser.text("[data-testid=vacancy-referrals]")).contains("Assunto");
        assertThat(browser.text("[data-testid=vacancy-state]")).isEqualTo("Coperta");
        browser.assertAccessible();
        browser.go("/persons/" + ready.id() + "/pathway");
        assertThat(browser.text("[data-testid=person-referrals]")).contains("Magazziniere").contains("Assunto");
        browser.screenshot("person-referrals");
        browser.assertAccessible();
        browser.assertNoConsoleErrors();
    }
}
