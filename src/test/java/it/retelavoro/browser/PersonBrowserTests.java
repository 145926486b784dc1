package it.retelavoro.browser;

import static org.assertj.core.api.Assertions.assertThat;

import it.retelavoro.person.FiscalCodes;
import it.retelavoro.support.Browser;
import it.retelavoro.support.IntegrationTest;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonBrowserTests {

    @LocalServerPort
    int port;

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

    private void fillIdentity(String fiscalCode, String lastName, String birthDate) {
        browser.type("#p-fiscal-code", fiscalCode);
        browser.type("#p-first-name", "Aïcha");
        browser.type("#p-last-name", lastName);
        // a date input's typing order depends on the browser's locale: set the ISO value
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]",
                browser.find("#p-birth-date"), birthDate);
        browser.select("#p-sex", "F");
        // the place of birth is chosen by name (issue 14): a foreign state, whose cadastral code is posted
        assertThat(browser.chooseFirstSuggestion("#p-birth-place", "marocco")).containsIgnoringCase("marocco");
        // the citizenship is chosen by name; its code typed by heart is posted as it is
        browser.type("#p-citizenship", "MA");
    }

    /**
     * The random codice fiscale does not carry the letters of the names: the operator confirms the document, and
     * the person's page opens (waited for: the form's own page has the same path until it is replaced).
     */
    private void confirmNames() {
        assertThat(browser.text("#name-mismatch")).contains("non corrispondono");
        browser.click("label[for=p-confirm-names]");
        browser.click("#register-person");
        browser.find("[data-testid=person-name]");
    }

    @Test
    void an_operator_searches_registers_a_person_and_sees_their_page() {
        browser.logIn("cpi.torino", "demo");
        browser.go("/persons");
        browser.assertAccessible();
        String lastName = "Benali" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9]", "x");
        browser.type("#person-q", lastName);
        browser.click("#person-search");
        assertThat(browser.text("[data-testid=person-results] caption")).endsWith(": 0");
        browser.assertAccessible();

        browser.click("#person-new");
        browser.assertAccessible();
        LocalDate birth = LocalDate.of(1994, 2, 17);
        String code = FiscalCodes.random(birth, "F", "Z330");
        // a wrong check character is shown next to the field
        char wrong = code.charAt(15) == 'A' ? 'B' : 'A';
        fillIdentity(code.substring(0, 15) + wrong, lastName, birth.toString());
        browser.click("#register-person");
        assertThat(browser.text("#p-fiscal-code-error")).contains("controllo");
        assertThat(browser.find("#p-fiscal-code").getAttribute("aria-invalid")).isEqualTo("true");
        browser.assertAccessible();

        fillIdentity(code, lastName, birth.toString());
        browser.type("#p-residence-comune", "L219");
        browser.type("#p-phone", "011 555 1234");
        browser.click("#register-person");
        confirmNames();
        assertThat(browser.currentPath()).startsWith("/persons/");
        assertThat(browser.text("[data-testid=person-name]")).isEqualTo("Aïcha " + lastName);
        assertThat(browser.text("[data-testid=in-charge]")).contains("CPI Torino");
        assertThat(browser.text("[data-testid=identity]")).contains(code).contains("Marocco");
        assertThat(browser.findAll("[data-testid=special-categories]")).hasSize(1);
        assertThat(browser.findAll("#pathway")).hasSize(1);
        browser.screenshot("person-page");
        browser.assertAccessible();
        browser.assertNoConsoleErrors();

        // the person is found by name, accents and case ignored
        browser.go("/persons");
        browser.type("#person-q", "aicha " + lastName.toLowerCase());
        browser.click("#person-search");
        assertThat(browser.text("[data-testid=person-results]")).contains(lastName);
    }

    @Test
    void another_organisation_does_not_open_the_person_page() {
        browser.logIn("cpi.torino", "demo");
        browser.go("/persons/new");
        LocalDate birth = LocalDate.of(1980, 6, 1);
        String code = FiscalCodes.random(birth, "F", "Z330");
        fillIdentity(code, "Altra" + UUID.randomUUID().toString().substring(0, 4).replaceAll("[0-9]", "y"),
                birth.toString());
        browser.click("#register-person");
        confirmNames();
        String path = browser.currentPath();
        assertThat(path).as("registered: %s", browser.text("main")).startsWith("/persons/");
        browser.logIn("agenzia.alfa", "demo");
        browser.go(path);
        assertThat(browser.findAll("[data-testid=person-name]")).isEmpty();
        assertThat(browser.driver().getPageSource()).doesNotContain(code);
    }
}
