package it.retelavoro.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import it.retelavoro.person.FiscalCodes;
import it.retelavoro.support.AgendaDays;
import it.retelavoro.support.Browser;
import it.retelavoro.support.IntegrationTest;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Issue 16's walk in the browser, by keyboard: the CPI's operator sees the DID to convene on the worklist, convokes
 * the person, opens the letter; the person does not come and the operator records the absence without a reason; the
 * CPI confirms the first measure of condizionalità, whose communication to INPS is ready. Every page accessible.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConvocationBrowserTests {

    private static final RequestPostProcessor CPI_TORINO = httpBasic("cpi.torino", "demo");
    private static final RequestPostProcessor FLOWS = httpBasic("flussi.nazionali", "demo");
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

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

    private String send(MockHttpServletRequestBuilder request, String json, RequestPostProcessor who)
            throws Exception {
        if (json != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        var response = mvc.perform(request.with(who)).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isLessThan(300);
        return response.getContentAsString();
    }


    @Test
    void the_worklist_convokes_the_letter_opens_the_absence_is_recorded_and_the_cpi_confirms_the_first_measure()
            throws Exception {
        // a NASpI recipient's DID made on the national portal, long enough ago to head the CPI's worklist
        String surname = "Convocata" + UUID.randomUUID().toString().substring(0, 6);
        String code = FiscalCodes.random(LocalDate.of(1988, 9, 14), "F", "L219");
        String sent = send(post("/api/v1/did/national"), """
                [{"fiscalCode": "%s", "firstName": "Marta", "lastName": "%s", "birthDate": "1988-09-14",
                  "sex": "F", "birthPlace": "L219", "domicile": {"comune": "L219", "address": "Via Roma 3"},
                  "declaredOn": "%s", "channel": "NASPI_APPLICATION", "nationalId": "DID-%s"}]"""
                .formatted(code, surname, LocalDate.now(ROME).minusYears(3), UUID.randomUUID()), FLOWS);
        String person = JsonPath.read(sent, "$.results[0].personId");
        String torino = JsonPath.read(send(get("/api/v1/me"), null, CPI_TORINO), "$.organisation.id");
        List<String> sites = JsonPath.read(send(get("/api/v1/organisations/" + torino + "/sites"), null, CPI_TORINO),
                "$[?(@.name == 'CPI Torino - Sede di via Bologna')].id");
        String site = sites.get(0);
        LocalDate monday = AgendaDays.farAhead(DayOfWeek.MONDAY);

        browser.logIn("cpi.torino", "demo");
        browser.go("/desk/did-convocations");
        assertThat(browser.text("main")).contains(surname, "Non ancora convocata");
        browser.assertAccessible();
        browser.press("#convene-" + person, Keys.SPACE);
        assertThat(browser.driver().findElement(By.cssSelector("#convene-" + person)).isSelected()).isTrue();
        browser.press("#convene-chosen", Keys.ENTER);

        // the batch page: the benefit suggested by the NASpI application, the site, the day, by letter
        assertThat(browser.text("[data-testid=batch-persons]")).contains(surname);
        assertThat(browser.driver().findElement(By.cssSelector("#benefit-" + person)).isSelected()).isTrue();
        browser.assertAccessible();
        browser.select("#batch-site", site);
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]",
                browser.find("#batch-from"), monday.toString());
        browser.select("#batch-channel", "LETTER");
        browser.press("#batch-submit", Keys.ENTER);
        assertThat(browser.text("main")).contains("Persone convocate", surname, "Lettera");
        browser.assertAccessible();

        // the letter opens: a PDF
        String letter = browser.find("[data-testid=batch-convoked] a[href$='letter.pdf']").getAttribute("href");
        Object type = ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done(r.headers.get('content-type') + ' '
                    + b.byteLength))).catch(e => done('error ' + e));""", letter);
        assertThat((String) type).startsWith("application/pdf ");
        assertThat(Long.parseLong(((String) type).split(" ")[1])).isGreaterThan(1000);

        // the day passes: the appointment, moved to yesterday morning by hand as time would
        String listed = send(get("/api/v1/appointments").param("personId", person).param("from", monday.toString())
                .param("to", monday.plusDays(40).toString()), null, CPI_TORINO);
        String appointment = JsonPath.read(listed, "$[0].id");
        LocalDateTime yesterday = LocalDateTime.of(LocalDate.now(ROME).minusDays(1), LocalTime.of(9, 0));
        jdbc.sql("update agenda_appointment set starts_at = :start, ends_at = :end where id = :id")
                .param("start", Timestamp.from(yesterday.atZone(ROME).toInstant()))
                .param("end", Timestamp.from(yesterday.plusMinutes(30).atZone(ROME).toInstant()))
                .param("id", UUID.fromString(appointment)).update();

        browser.go("/agenda/appointments/" + appointment);
        String rid = person.substring(0, 8);
        browser.select("#attendance-outcome-" + rid, "ABSENT_UNJUSTIFIED");
        browser.press("#attendance-submit-" + rid, Keys.ENTER);
        assertThat(browser.text("main")).contains("la misura di condizionalità è proposta");
        assertThat(browser.text("[data-testid=attendance-outcome]")).isEqualTo("Assente senza giustificato motivo");
        browser.assertAccessible();

        // the CPI confirms the first measure from its list
        browser.go("/conditionality");
        assertThat(browser.text("[data-testid=proposed-measures]")).contains(surname,
                "Decurtazione di un quarto di una mensilità");
        browser.assertAccessible();
        String measure = JsonPath.read(send(get("/api/v1/persons/" + person + "/conditionality"), null, CPI_TORINO),
                "$[0].id");
        browser.press("#confirm-" + measure, Keys.ENTER);
        assertThat(browser.text("main")).contains("Misura confermata");
        browser.go("/persons/" + person + "/pathway/conditionality");
        assertThat(browser.text("[data-testid=measure-status]")).startsWith("Confermata");
        assertThat(browser.find("[data-testid=inps-pdf]").getAttribute("href")).endsWith("/inps.pdf");
        browser.screenshot("conditionality-confirmed");
        browser.assertAccessible();
        browser.assertNoConsoleErrors();
    }
}
