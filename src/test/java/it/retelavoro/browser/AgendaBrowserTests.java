package it.retelavoro.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import it.retelavoro.person.FiscalCodes;
import it.retelavoro.support.AgendaDays;
import it.retelavoro.support.Browser;
import it.retelavoro.support.IntegrationTest;
import java.time.DayOfWeek;
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
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The agenda in the browser (issue 16, point 1), by keyboard: the operator opens the week, goes to a free slot's
 * "Prenota", books it for a person by codice fiscale, and moves it; each page accessible.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AgendaBrowserTests {

    private static final RequestPostProcessor CPI_TORINO = httpBasic("cpi.torino", "demo");
    private static final RequestPostProcessor ADMIN = httpBasic("admin", "demo");

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

    private String send(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
            String json, RequestPostProcessor who) throws Exception {
        if (json != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        var response = mvc.perform(request.with(who)).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isLessThan(300);
        return response.getContentAsString();
    }

    @Test
    void an_operator_books_a_free_slot_of_the_week_by_keyboard_and_moves_it() throws Exception {
        String torino = JsonPath.read(send(get("/api/v1/me"), null, CPI_TORINO), "$.organisation.id");
        List<String> sites = JsonPath.read(send(get("/api/v1/organisations/" + torino + "/sites"), null, CPI_TORINO),
                "$[?(@.name == 'CPI Torino - Sede di via Bologna')].id");
        String site = sites.get(0);
        String username = "agenda.browser." + UUID.randomUUID().toString().substring(0, 6);
        String operator = JsonPath.read(send(MockMvcRequestBuilders.post("/api/v1/users"), """
                {"username": "%s", "password": "una-password-lunga", "fullName": "Giulia Agenda",
                 "role": "OPERATOR", "organisationId": "%s", "siteIds": ["%s"], "competences": []}"""
                .formatted(username, torino, site), ADMIN), "$.id");
        send(MockMvcRequestBuilders.post("/api/v1/sites/" + site + "/availability"), """
                {"operatorId": "%s", "weekday": "THURSDAY", "starts": "10:00", "ends": "11:00"}"""
                .formatted(operator), ADMIN);
        String code = FiscalCodes.random(LocalDate.of(1979, 6, 2), "F", "L219");
        send(MockMvcRequestBuilders.post("/api/v1/persons"), """
                {"fiscalCode": "%s", "firstName": "Elena", "lastName": "Calendario", "birthDate": "1979-06-02",
                 "sex": "F", "birthPlace": "L219", "citizenship": "IT",
                 "residence": {"address": "Via Po 1", "comune": "L219"}}""".formatted(code), CPI_TORINO);
        LocalDate thursday = AgendaDays.farAhead(DayOfWeek.THURSDAY);

        browser.logIn("cpi.torino", "demo");
        browser.go("/agenda/sites/" + site + "?day=" + thursday + "&operator=" + operator);
        assertThat(browser.text("main")).contains("Agenda di CPI Torino - Sede di via Bologna");
        browser.assertAccessible();
        browser.assertNoConsoleErrors();

        // by keyboard: tab from the table's start to the first "Prenota", then Enter
        String slot = "a[aria-label='Prenota alle 10:00 con Giulia Agenda']";
        WebElement first = browser.find("[data-testid='agenda-day-" + thursday + "'] th");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "arguments[0].setAttribute('tabindex', '-1'); arguments[0].focus()", first);
        for (int i = 0; i < 5 && !browser.find(slot).equals(browser.driver().switchTo().activeElement()); i++) {
            browser.driver().switchTo().activeElement().sendKeys(Keys.TAB);
        }
        assertThat(browser.driver().switchTo().activeElement()).isEqualTo(browser.find(slot));
        browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
        assertThat(browser.text("[data-testid=booking-when]")).contains("10:00");
        browser.assertAccessible();

        // a wrong code first: the error is next to the field
        browser.type("#booking-fiscal-code", "RSSMRA80A01L219X");
        browser.find("#booking-fiscal-code").sendKeys(Keys.ENTER);
        assertThat(browser.text("#booking-fiscal-code-error")).contains("Nessuna persona in carico");
        assertThat(browser.find("#booking-fiscal-code").getAttribute("aria-invalid")).isEqualTo("true");
        browser.assertAccessible();
        browser.type("#booking-fiscal-code", code);
        browser.find("#booking-fiscal-code").sendKeys(Keys.ENTER);
        assertThat(browser.text("main")).contains("Appuntamento prenotato.", "Elena Calendario", "Prenotato");
        browser.assertAccessible();

        // moved half an hour later, with the reason
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "arguments[0].value = '10:30'", browser.find("#reschedule-time"));
        browser.type("#reschedule-reason", "Richiesta della persona");
        browser.find("#reschedule-submit").sendKeys(Keys.ENTER);
        assertThat(browser.text("main")).contains("Appuntamento spostato.", "10:30–11:00", "Richiesta della persona");
        browser.screenshot("agenda-appointment-moved");
        browser.assertAccessible();
        browser.assertNoConsoleErrors();
    }
}
