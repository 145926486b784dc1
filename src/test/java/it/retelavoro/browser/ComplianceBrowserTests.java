package it.retelavoro.browser;

import static org.assertj.core.api.Assertions.assertThat;

import it.retelavoro.support.Browser;
import it.retelavoro.support.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import java.time.Duration;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComplianceBrowserTests {

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

    private String cell(String site, String service, String mode) {
        return "[data-testid=site-matrix] tr[data-site='" + site + "'] td[data-service=" + service + "] li[data-mode="
                + mode + "]";
    }

    @Test
    void the_analyst_filters_the_compliance_by_cpi_torino_and_reads_the_matrix() {
        browser.logIn("regione", "demo");
        browser.click("a[href='/compliance']");
        assertThat(browser.currentPath()).isEqualTo("/compliance");
        assertThat(browser.findAll("[data-testid=organisation-compliance]")).hasSizeGreaterThanOrEqualTo(3);
        browser.assertAccessible();
        browser.assertNoConsoleErrors();

        // By keyboard: choose in the select, then press Enter on the button.
        new Select(browser.find("#organisation-filter")).selectByVisibleText("CPI Torino");
        browser.find("#compliance-filter-submit").sendKeys(Keys.ENTER);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.urlContains("organisationId="));

        assertThat(browser.findAll("[data-testid=organisation-compliance]")).hasSize(1);
        assertThat(new Select(browser.find("#organisation-filter")).getFirstSelectedOption().getText())
                .isEqualTo("CPI Torino");
        assertThat(browser.text("[data-testid=site-matrix] caption")).contains("CPI Torino");
        WebElement a3AtMoncalieri = browser.find(cell("CPI Torino - Sportello di Moncalieri", "A3", "INDIVIDUAL"));
        assertThat(a3AtMoncalieri.getText()).contains("Individuale: no")
                .contains("Postazione isolata (a tutela della privacy)");
        assertThat(browser.text(cell("CPI Torino - Sede di via Bologna", "A3", "INDIVIDUAL")))
                .contains("Individuale: sì").doesNotContain("Postazione isolata");
        assertThat(browser.text("[data-testid=operators] tr[data-operator='cpi.torino']"))
                .contains("Persone con disabilità: sì").contains("Detenuti ed ex detenuti: no");
        assertThat(browser.text("[data-testid=summary] tr[data-service=A3] td[data-mode=INDIVIDUAL]"))
                .isEqualTo("1 su 2 sedi");
        assertThat(browser.text("[data-testid=summary] tr[data-service=A1] td[data-mode=INDIVIDUAL]"))
                .isEqualTo("2 su 2 sedi");
        browser.screenshot("compliance-cpi-torino");
        browser.assertAccessible();
        browser.assertNoConsoleErrors();
    }

    @Test
    void an_operator_may_not_open_the_compliance_page() {
        browser.logIn("cpi.torino", "demo");
        browser.go("/compliance");
        assertThat(browser.find("h1").getText()).isEqualTo("Accesso non consentito");
        assertThat(browser.findAll("[data-testid=site-matrix]")).isEmpty();
        // Reading the log also empties it, so the next test starts with a clean console.
        assertThat(browser.driver().manage().logs().get(LogType.BROWSER).getAll())
                .anySatisfy(entry -> assertThat(entry.getMessage()).contains("/compliance").contains("403"));
    }
}
