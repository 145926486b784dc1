package it.retelavoro.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import it.retelavoro.person.FiscalCodes;
import it.retelavoro.support.Browser;
import it.retelavoro.support.IntegrationTest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A person's pathway one task at a time (issue 14, point 2): the operator walks to the PAI section from the side
 * navigation, registers an A.3 through the service form that shows only A.3's fields, is refused with the focus on
 * the error summary at the top of the form, corrects and finds the PAI in its section; every page axe-clean.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonSectionsBrowserTests {

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

    private String post(String path, String json) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                        .contentType(MediaType.APPLICATION_JSON).content(json).with(CPI_TORINO))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    }

    /** A person of CPI Torino whose Patto was signed today at via Bologna. */
    private String personWithPact() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Rome"));
        String person = JsonPath.read(post("/api/v1/persons", """
                {"fiscalCode": "%s", "firstName": "Elena", "lastName": "Serra-%s", "birthDate": "1990-06-21",
                 "sex": "F", "birthPlace": "L219", "citizenship": "IT",
                 "residence": {"address": "Via Madama Cristina 3", "comune": "L219"}}"""
                .formatted(FiscalCodes.random(LocalDate.of(1990, 6, 21), "F", "L219"),
                        UUID.randomUUID().toString().substring(0, 6))), "$.id");
        String organisation = JsonPath.read(mvc.perform(get("/api/v1/me").with(CPI_TORINO)).andReturn().getResponse()
                .getContentAsString(), "$.organisation.id");
        List<String> sites = JsonPath.read(mvc.perform(get("/api/v1/organisations/" + organisation + "/sites")
                .with(CPI_TORINO)).andReturn().getResponse().getContentAsString(),
                "$[?(@.name == 'CPI Torino - Sede di via Bologna')].id");
        post("/api/v1/persons/" + person + "/deliveries", """
                {"service": "A2", "mode": "INDIVIDUAL", "date": "%s", "minutes": 30, "siteId": "%s",
                 "outputs": {"pact": {"outcome": "SIGNED", "responsibleOperator": "Laura Verdi"}}}"""
                .formatted(today, sites.get(0)));
        return person;
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) browser.driver();
    }

    private void choose(String css, String value) {
        browser.select(css, value);
    }

    private void assertWholeAndAccessible() {
        browser.assertAccessible();
        browser.assertNoConsoleErrors();
        assertThat(browser.driver().getPageSource()).doesNotContain("??");
    }

    @Test
    void an_operator_registers_an_a3_from_its_own_form_corrects_a_refusal_from_the_summary_and_finds_the_pai()
            throws Exception {
        String person = personWithPact();
        browser.logIn("cpi.torino", "demo");
        browser.go("/persons/" + person + "/pathway/pact");
        assertWholeAndAccessible();

        browser.click("#section-link-plan");
        assertThat(browser.currentPath()).isEqualTo("/persons/" + person + "/pathway/plan");
        assertThat(browser.find("#section-link-plan").getAttribute("aria-current")).isEqualTo("page");
        assertThat(browser.findAll("#delivery-form")).isEmpty();
        assertWholeAndAccessible();

        browser.click("#section-link-deliveries");
        assertThat(browser.findAll("#delivery-plan-outcome")).isEmpty();
        choose("#delivery-service", "A3");
        browser.find("#delivery-plan-outcome");
        assertThat(browser.findAll("#delivery-pact-outcome")).isEmpty();
        assertThat(browser.findAll("#delivery-meeting-list")).isEmpty();
        assertThat(browser.findAll("#delivery-interview")).isEmpty();
        assertThat(new Select(browser.find("#delivery-mode")).getOptions()).extracting(option -> option.getAttribute("value"))
                .containsExactly("INDIVIDUAL");
        assertWholeAndAccessible();

        // 30 minutes: A.3 asks at least 60 in presence
        browser.type("#delivery-minutes", "30");
        choose("#delivery-plan-outcome", "SIGNED");
        browser.type("#delivery-action-description", "Bilancio di competenze");
        browser.click("#register-delivery");
        browser.find("#delivery-violations");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(driver -> "delivery-violations".equals(
                js().executeScript("return document.activeElement && document.activeElement.id;")));
        Number top = (Number) js().executeScript(
                "return document.getElementById('delivery-violations').getBoundingClientRect().top;");
        Number height = (Number) js().executeScript("return window.innerHeight;");
        assertThat(top.doubleValue()).isBetween(0.0, height.doubleValue());
        assertThat(browser.find("#delivery-violations a[href='#delivery-minutes']").getText()).contains("60");
        assertThat(browser.find("#section-link-deliveries").getAttribute("aria-current")).isEqualTo("page");
        assertWholeAndAccessible();

        browser.click("#delivery-violations a[href='#delivery-minutes']");
        assertThat(js().executeScript("return document.activeElement.id;")).isEqualTo("delivery-minutes");
        browser.type("#delivery-minutes", "60");
        browser.click("#register-delivery");
        assertThat(browser.currentPath()).isEqualTo("/persons/" + person + "/pathway/deliveries");

        browser.click("#section-link-plan");
        assertThat(browser.text("[data-testid=plan]")).contains("Sottoscritto");
        assertThat(browser.text("[data-testid=actions]")).contains("Bilancio di competenze");
        assertWholeAndAccessible();
    }
}
