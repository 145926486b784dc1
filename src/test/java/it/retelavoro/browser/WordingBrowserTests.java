package it.retelavoro.browser;

import static org.assertj.core.api.Assertions.assertThat;

import it.retelavoro.support.Browser;
import it.retelavoro.support.IntegrationTest;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 14, point 4, in a real browser: the compliance page's scrolling tables reached by keyboard (axe
 * scrollable-region-focusable), the trend's current month marked as partial with Italian dates, the audit log
 * naming its operations, the vocabularies named; every page axe-clean and without a message key.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WordingBrowserTests {

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

    @Test
    void an_analyst_and_an_administrator_read_pages_in_words_and_reach_every_table_by_keyboard() {
        browser.logIn("regione", "demo");
        browser.go("/compliance");
        List<Map<String, Object>> violations = browser.accessibilityViolations();
        assertThat(violations).extracting(violation -> violation.get("id")).doesNotContain("scrollable-region-focusable");
        assertThat(browser.findAll("div.table-responsive[tabindex='0'][role=region]")).hasSizeGreaterThanOrEqualTo(3);
        assertClean();

        LocalDate today = LocalDate.now();
        LocalDate from = today.minusMonths(2).withDayOfMonth(1);
        browser.go("/monitoring/trend?from=" + from + "&to=" + today);
        assertThat(browser.findAll("#trend-table th[data-partial=true]")).isNotEmpty();
        assertThat(browser.text("#trend-table thead")).contains("(parziale)");
        assertThat(browser.text("[data-testid=trend-partial-note]")).contains("parziale");
        assertThat(browser.text("#trend-table caption")).contains(from.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")))
                .doesNotContain(from.toString());
        assertClean();

        browser.driver().manage().deleteAllCookies();
        browser.logIn("admin", "demo");
        browser.go("/admin/audit");
        assertThat(browser.text("[data-testid=audit]")).contains("Accesso al sistema").doesNotContain("LOGIN");
        assertClean();
        browser.go("/admin/vocabularies");
        assertThat(browser.text("#import-file")).contains("Professioni (ISTAT CP2021)").doesNotContain(".csv");
        assertClean();
    }

    private void assertClean() {
        assertThat(browser.driver().getPageSource()).as("a message key on " + browser.currentPath())
                .doesNotContain("??");
        browser.assertAccessible();
        browser.assertNoConsoleErrors();
    }
}
