package it.retelavoro.browser;

import static org.assertj.core.api.Assertions.assertThat;

import it.retelavoro.support.Browser;
import it.retelavoro.support.IntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShellBrowserTests {

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

    @ParameterizedTest
    @CsvSource({"admin, La rete dei servizi per il lavoro", "regione, La rete dei servizi per il lavoro",
        "cpi.torino, CPI Torino", "cpi.cuneo, CPI Cuneo", "agenzia.alfa, Alfa Lavoro"})
    void each_demo_user_logs_in_and_reaches_their_home_page(String username, String expected) {
        browser.logIn(username, "demo");
        assertThat(browser.text("[data-testid=current-user]")).contains(username);
        assertThat(browser.text("main")).contains(expected);
        browser.screenshot("home-" + username);
        assertThat(browser.currentPath()).isEqualTo("/");
        browser.assertAccessible();
        browser.assertNoConsoleErrors();
    }

    @Test
    void the_login_page_is_accessible_and_says_when_the_password_is_wrong() {
        browser.driver().manage().deleteAllCookies();
        browser.go("/login");
        browser.assertAccessible();
        browser.assertNoConsoleErrors();
        browser.logIn("cpi.torino", "sbagliata");
        assertThat(browser.text("#login-error")).contains("non corretti");
        browser.assertAccessible();
    }

    @Test
    void an_operator_sees_their_sites_and_colleagues() {
        browser.logIn("cpi.torino", "demo");
        assertThat(browser.text("main")).contains("CPI Torino - Sede di via Bologna")
                .contains("CPI Torino - Sportello di Moncalieri")
                .contains("Postazione isolata (a tutela della privacy)");
        assertThat(browser.text("[data-testid=colleagues]")).contains("cpi.torino")
                .doesNotContain("cpi.cuneo");
    }

    @Test
    void an_administrator_opens_a_site_in_the_admin_area() {
        browser.logIn("admin", "demo");
        browser.go("/admin/network");
        browser.assertAccessible();
        browser.assertNoConsoleErrors();
        // Scrolled to the middle first: with the organisations other tests add, the link may sit at the
        // bottom edge of the window, where a click lands on whatever overlaps it.
        var cuneo = browser.driver().findElement(org.openqa.selenium.By.linkText("CPI Cuneo"));
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", cuneo);
        cuneo.click();
        browser.find("#new-site-form");
        browser.assertAccessible();
        String name = "Sportello di Alba " + UUID.randomUUID().toString().substring(0, 4);
        browser.type("#site-name", name);
        browser.type("#site-comune", "A124");
        browser.find("#site-comune").sendKeys(org.openqa.selenium.Keys.ESCAPE);
        browser.type("#site-address", "Piazza Risorgimento 1");
        browser.click("label[for=feature-ISOLATED_WORKSTATION]");
        browser.click("#create-site");
        assertThat(browser.text("[role=status]")).contains("Sede aperta");
        browser.screenshot("admin-organisation");
        assertThat(browser.text("[data-testid=sites]")).contains(name).contains("Alba (CN)");
        browser.assertNoConsoleErrors();
    }

    @Test
    void the_admin_form_shows_a_problem_next_to_its_field() {
        browser.logIn("admin", "demo");
        browser.go("/admin/network");
        browser.type("#org-name", "Agenzia senza codice");
        browser.type("#org-fiscal-code", "123");
        browser.click("#create-organisation");
        assertThat(browser.text("#org-fiscal-code-error")).contains("11 cifre");
        assertThat(browser.find("#org-fiscal-code").getAttribute("aria-invalid")).isEqualTo("true");
        browser.assertAccessible();
    }

    @Test
    void the_audit_and_accessibility_pages_are_accessible() {
        browser.logIn("admin", "demo");
        browser.go("/admin/audit");
        // the operations by name (issue 14), the code kept in data-action
        assertThat(browser.text("[data-testid=audit]")).contains("Accesso al sistema");
        browser.assertAccessible();
        browser.assertNoConsoleErrors();
        browser.go("/accessibility");
        browser.assertAccessible();
    }
}
