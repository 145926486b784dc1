package it.retelavoro.browser;

import static org.assertj.core.api.Assertions.assertThat;

import it.retelavoro.support.Browser;
import it.retelavoro.support.IntegrationTest;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 13, point 6: from the indicator table to the records of 3.2, whose dates are headed by the dimension
 * the repertorio names for it ("Data di apertura del PAI"), while 3.2 stays the number of PAIs opened.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndicatorDatesBrowserTests {

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
    void the_records_of_3_2_are_dated_under_data_di_apertura_del_pai_and_those_of_6_4_under_data_avvio_contratto() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Rome"));
        browser.logIn("regione", "demo");
        browser.go("/monitoring?from=" + today.minusYears(1) + "&to=" + today);
        String pais = browser.find("[data-testid=indicators] tr[data-code='3.2'] td.text-end a").getText();
        assertThat(Integer.parseInt(pais.strip())).isPositive();

        browser.click("[data-testid=indicators] tr[data-code='3.2'] td.text-end a");
        browser.find("[data-testid=back]");
        assertThat(browser.currentPath()).startsWith("/monitoring/indicators/3.2/records?");
        assertThat(browser.find("[data-testid=records-date-heading]").getText()).isEqualTo("Data di apertura del PAI");
        assertThat(browser.findAll("[data-testid=records] tbody tr")).isNotEmpty();
        browser.screenshot("records-3-2-data-di-apertura-del-pai");
        browser.assertAccessible();
        browser.assertNoConsoleErrors();

        browser.go("/monitoring/indicators/6.4/records?from=" + today.minusYears(1) + "&to=" + today);
        assertThat(browser.find("[data-testid=records-date-heading]").getText()).isEqualTo("Data avvio contratto");
        browser.assertAccessible();
    }
}
