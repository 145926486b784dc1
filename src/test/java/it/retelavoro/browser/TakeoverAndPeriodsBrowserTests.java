package it.retelavoro.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import it.retelavoro.catalogue.RegistrationPeriods;
import it.retelavoro.person.FiscalCodes;
import it.retelavoro.support.Browser;
import it.retelavoro.support.IntegrationTest;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
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

/**
 * Issue 13, part E, walked in the browser: a taking over on the person's choice, and a closed month refusing a
 * back-dated registration with a visible error, until an administrator reopens it.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TakeoverAndPeriodsBrowserTests {

    static final LocalDate BIRTH = LocalDate.of(1991, 7, 8);

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    RegistrationPeriods periods;

    Browser browser;

    private final YearMonth lastMonth = YearMonth.now(ZoneId.of("Europe/Rome")).minusMonths(1);

    @BeforeAll
    void openBrowser() {
        browser = Browser.open(port);
    }

    @AfterAll
    void closeBrowserAndReopen() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (periods.isClosed(lastMonth)) {
            mvc.perform(post("/api/v1/monitoring/periods/" + lastMonth + "/reopening")
                    .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"fine del test\"}")
                    .with(httpBasic("admin", "demo")));
        }
    }

    private String registerAtTorino(String fiscalCode, String lastName) throws Exception {
        String body = """
                {"fiscalCode": "%s", "firstName": "Giulia", "lastName": "%s", "birthDate": "%s",
                 "sex": "F", "birthPlace": "L219", "citizenship": "IT"}""".formatted(fiscalCode, lastName, BIRTH);
        return JsonPath.read(mvc.perform(post("/api/v1/persons").contentType(MediaType.APPLICATION_JSON)
                        .content(body).with(httpBasic("cpi.torino", "demo")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
    }

    private void setDate(String css, LocalDate date) {
        // a date input's typing order depends on the browser's locale: set the ISO value
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]",
                browser.find(css), date.toString());
    }

    @Test
    void an_agency_takes_over_a_person_on_their_choice_and_the_cpi_is_told_and_keeps_reading() throws Exception {
        String fiscalCode = FiscalCodes.random(BIRTH, "F", "L219");
        String lastName = "Scelta" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9]", "y");
        String person = registerAtTorino(fiscalCode, lastName);

        browser.logIn("agenzia.alfa", "demo");
        browser.go("/persons/new");
        browser.type("#p-fiscal-code", fiscalCode);
        browser.type("#p-first-name", "Giulia");
        browser.type("#p-last-name", lastName);
        setDate("#p-birth-date", BIRTH);
        browser.select("#p-sex", "F");
        browser.type("#p-birth-place", "L219");
        browser.click("#register-person");
        // refused as in charge elsewhere, with the taking over offered
        assertThat(browser.text("[data-testid=takeover]")).contains("Presa in carico su scelta della persona");
        browser.assertAccessible();
        browser.type("#takeover-document", "Modulo di scelta 2026/15");
        browser.click("#takeover-submit");
        // the date is required: the error next to its field
        assertThat(browser.text("#takeover-choice-date-error")).isNotBlank();
        assertThat(browser.find("#takeover-choice-date").getAttribute("aria-invalid")).isEqualTo("true");
        browser.assertAccessible();
        setDate("#takeover-choice-date", LocalDate.now(ZoneId.of("Europe/Rome")));
        browser.type("#takeover-document", "Modulo di scelta 2026/15");
        browser.click("#takeover-submit");
        // the person's page, once it has replaced the form (text waits for it)
        assertThat(browser.text("[data-testid=taken-over]")).contains("Alfa Lavoro");
        assertThat(browser.currentPath()).isEqualTo("/persons/" + person);
        assertThat(browser.text("[data-testid=in-charge]")).contains("Alfa Lavoro");
        assertThat(browser.text("[data-testid=transfers]")).contains("Modulo di scelta 2026/15");
        browser.assertAccessible();

        browser.logIn("cpi.torino", "demo");
        browser.go("/");
        assertThat(browser.text("[data-testid=notices]")).contains(lastName).contains("Alfa Lavoro");
        browser.assertAccessible();
        browser.go("/persons/" + person + "/registered");
        assertThat(browser.text("[data-testid=person-name]")).contains(lastName);
        browser.assertAccessible();
        browser.assertNoConsoleErrors();
    }

    @Test
    void a_closed_month_refuses_a_back_dated_delivery_with_a_visible_error_until_it_is_reopened() throws Exception {
        String person = registerAtTorino(FiscalCodes.random(BIRTH, "F", "L219"), "Chiusura");
        String month = lastMonth.toString();

        browser.logIn("regione", "demo");
        browser.go("/monitoring/periods");
        browser.assertAccessible();
        browser.click("#close-" + month);
        assertThat(browser.text("[data-month='" + month + "']")).contains("Chiuso");
        browser.assertAccessible();

        browser.logIn("cpi.torino", "demo");
        browser.go("/persons/" + person + "/pathway");
        browser.select("#delivery-service", "A1");
        browser.select("#delivery-mode", "INDIVIDUAL");
        setDate("#delivery-date", lastMonth.atEndOfMonth());
        browser.type("#delivery-minutes", "15");
        browser.type("#delivery-referral", "Accoglienza A2");
        browser.click("#register-delivery");
        assertThat(browser.text("#delivery-violations")).contains("chiuso dalla Regione");
        browser.assertAccessible();

        browser.logIn("admin", "demo");
        browser.go("/monitoring/periods");
        browser.type("#reason-" + month, "Rettifica di una registrazione mancante");
        browser.click("#reopen-" + month);
        assertThat(browser.text("[data-month='" + month + "']")).contains("Aperto")
                .contains("Rettifica di una registrazione mancante");
        browser.assertAccessible();
        assertThat(periods.isClosed(lastMonth)).isFalse();
    }
}
