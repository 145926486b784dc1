package it.retelavoro.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.retelavoro.support.Browser;
import it.retelavoro.support.IntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

/** The monitoring dashboard in a real browser: charts drawn, their tables, the drill-down, the downloads. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MonitoringBrowserTests {

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

    @Test
    void the_analyst_sees_the_region_with_charts_and_their_tables_and_drills_down_from_a_number() throws Exception {
        browser.logIn("regione", "demo");
        browser.go("/monitoring");
        assertThat(browser.findAll("#monitoring-organisation")).hasSize(1);
        // ECharts drew the funnel into its container, which screen readers skip for the table below.
        browser.find("[data-testid=funnel-chart] canvas");
        assertThat(browser.find("[data-testid=funnel-chart]").getAttribute("aria-hidden")).isEqualTo("true");
        assertThat(browser.findAll("[data-testid=funnel-table] caption")).hasSize(1);
        assertThat(browser.findAll("[data-testid=funnel-table] tbody tr")).hasSize(5);
        assertThat(browser.findAll("[data-testid=indicators] tbody tr")).hasSize(26);
        browser.screenshot("monitoring-regione");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "document.querySelector('[data-testid=funnel-chart]').scrollIntoView({block: 'start', behavior: 'instant'})");
        browser.screenshot("monitoring-funnel");
        browser.assertAccessible();
        browser.assertNoConsoleErrors();

        String csv = browser.find("[data-testid=export-csv]").getAttribute("href");
        String xlsx = browser.find("[data-testid=export-xlsx]").getAttribute("href");
        String openData = browser.find("[data-testid=open-data-link]").getAttribute("href");
        fetch(csv, "text/csv");
        fetch(xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        mvc.perform(get(path(openData))).andExpect(status().isOk());

        browser.click("[data-testid=indicators] tr[data-code='2.1'] a");
        browser.find("[data-testid=back]");
        assertThat(browser.currentPath()).startsWith("/monitoring/indicators/2.1/records?");
        assertThat(browser.findAll("[data-testid=records], [data-testid=no-records]")).hasSize(1);
        browser.assertAccessible();
        browser.assertNoConsoleErrors();

        browser.go("/monitoring?groupBy=province");
        browser.find("[data-testid=groups], [data-testid=indicators]");
        browser.assertAccessible();

        int year = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Rome")).getYear();
        assertThat(browser.find("[data-testid=quick-year]").getAttribute("href"))
                .endsWith("/monitoring?from=" + year + "-01-01&to=" + year + "-12-31");
        browser.go("/monitoring/trend?from=" + year + "-01-01&to=" + year + "-12-31");
        browser.find("[data-testid=trend-chart] canvas");
        assertThat(browser.findAll("[data-testid=trend-table] thead th[data-month]")).hasSize(12);
        assertThat(browser.findAll("[data-testid=trend-table] tbody tr")).hasSize(26);
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "document.querySelector('[data-testid=trend-chart]').scrollIntoView({block: 'start', behavior: 'instant'})");
        browser.screenshot("monitoring-trend");
        browser.assertAccessible();
        browser.assertNoConsoleErrors();
        fetch(browser.find("[data-testid=export-csv]").getAttribute("href"), "text/csv");
    }

    @Test
    void the_analyst_follows_the_link_to_the_outcomes_and_sees_each_cohort_as_a_chart_and_its_table() throws Exception {
        browser.logIn("regione", "demo");
        int year = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Rome")).getYear() - 1;
        browser.go("/monitoring?from=" + year + "-01-01&to=" + year + "-12-31");
        browser.click("[data-testid=outcomes-link]");
        assertThat(browser.currentPath()).startsWith("/monitoring/outcomes?");
        for (String cohort : java.util.List.of("pact", "referral", "internship")) {
            browser.find("[data-testid=outcomes-cohort-" + cohort + "]");
            assertThat(browser.findAll("#outcomes-" + cohort + " caption")).hasSize(1);
            assertThat(browser.findAll("#outcomes-" + cohort + " tbody tr")).isNotEmpty();
        }
        // the demo's generated history and its COs give last year's Patto cohort employed persons: a chart drawn
        browser.find("[data-testid=outcomes-cohort-pact] .monitoring-chart canvas");
        assertThat(browser.find("[data-testid=outcomes-cohort-pact] .monitoring-chart").getAttribute("aria-hidden"))
                .isEqualTo("true");
        browser.screenshot("monitoring-outcomes");
        browser.assertAccessible();
        browser.assertNoConsoleErrors();
        fetch(browser.find("[data-testid=export-csv]").getAttribute("href"), "text/csv");

        browser.go("/monitoring/outcomes?from=" + year + "-01-01&to=" + year + "-12-31&groupBy=sex");
        assertThat(browser.findAll("#outcomes-pact tbody tr").size()).isGreaterThan(3);
        browser.assertAccessible();
        browser.assertNoConsoleErrors();
    }

    @Test
    void the_analyst_reads_convocations_attendance_and_the_days_from_the_did_and_their_records() throws Exception {
        browser.logIn("regione", "demo");
        browser.go("/monitoring");
        browser.click("[data-testid=agenda-indicators-link]");
        assertThat(browser.currentPath()).startsWith("/monitoring/agenda?");
        assertThat(browser.findAll("[data-testid=agenda-attendance] caption")).hasSize(1);
        assertThat(browser.findAll("[data-testid=agenda-did] caption")).hasSize(1);
        assertThat(browser.text("[data-testid=agenda-did-total]")).startsWith("Totale");
        browser.assertAccessible();
        browser.assertNoConsoleErrors();
        fetch(browser.find("[data-testid=export-csv]").getAttribute("href"), "text/csv");
        browser.click("[data-testid=agenda-did-total] a");
        assertThat(browser.currentPath()).startsWith("/monitoring/agenda/dids/records?");
        browser.find("[data-testid=back]");
        browser.assertAccessible();
        browser.assertNoConsoleErrors();
    }

    @Test
    void an_operator_sees_their_organisation_without_the_organisation_filter() {
        browser.logIn("cpi.torino", "demo");
        browser.go("/monitoring");
        browser.find("[data-testid=funnel-chart] canvas");
        assertThat(browser.findAll("#monitoring-organisation")).isEmpty();
        assertThat(browser.text("[data-testid=scope]")).contains("CPI Torino");
        browser.assertAccessible();
        browser.assertNoConsoleErrors();
    }

    private void fetch(String href, String type) throws Exception {
        mvc.perform(get(path(href)).with(httpBasic("regione", "demo")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", Matchers.startsWith(type)));
    }

    /** The path and query of a link's absolute address, for MockMvc. */
    private String path(String href) {
        return href.substring(("http://localhost:" + port).length());
    }
}
