package it.retelavoro.browser;

import static org.assertj.core.api.Assertions.assertThat;

import it.retelavoro.shared.VatNumber;
import it.retelavoro.support.Browser;
import it.retelavoro.support.IntegrationTest;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.Keys;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmployerBrowserTests {

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

    static String aVatNumber() {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            digits.append(ThreadLocalRandom.current().nextInt(10));
        }
        return digits.toString() + VatNumber.checkDigit(digits.toString());
    }

    void select(String css, String value) {
        browser.select(css, value);
    }

    /** Registers a company through the form and lands on its page. */
    void registerCompany(String name) {
        browser.go("/employers");
        browser.click("#new-employer");
        browser.find("#new-employer-form");
        browser.type("#employer-fiscal-code", aVatNumber());
        browser.type("#employer-name", name);
        select("#employer-legal-form", "SRL");
        select("#employer-size-class", "SMALL");
        browser.type("#employer-ateco", "62.01.00");
        browser.find("#employer-ateco").sendKeys(Keys.ESCAPE);
        browser.type("#employer-comune", "L219");
        browser.find("#employer-comune").sendKeys(Keys.ESCAPE);
        browser.type("#employer-address", "Via Roma 1");
        browser.click("#register-employer");
        assertThat(browser.text("[role=status]")).contains("Impresa registrata");
        assertThat(browser.text("[data-testid=employer-name]")).isEqualTo(name);
    }

    @Test
    void an_operator_registers_a_company_delivers_scouting_and_the_pact_and_registers_a_vacancy() {
        browser.logIn("cpi.torino", "demo");
        browser.go("/employers");
        browser.assertAccessible();
        browser.assertNoConsoleErrors();
        browser.click("#new-employer");
        browser.find("#new-employer-form");
        browser.assertAccessible();

        String name = "Officine " + UUID.randomUUID().toString().substring(0, 6);
        registerCompany(name);
        assertThat(browser.text("[data-testid=employer-record]")).contains("62.01.00").contains("Torino (TO)");
        browser.assertAccessible();
        browser.assertNoConsoleErrors();

        select("#delivery-service", "B1");
        browser.type("#delivery-minutes", "45");
        select("#delivery-place", "AT_COMPANY");
        select("#delivery-interest", "true");
        browser.type("#delivery-needs", "Due saldatori");
        browser.click("#register-delivery");
        assertThat(browser.text("[role=status]")).contains("Servizio registrato");
        assertThat(browser.text("[data-testid=deliveries]")).contains("B.1 Promozione e scouting")
                .contains("Interessata");

        select("#delivery-service", "B2");
        browser.type("#delivery-minutes", "40");
        select("#delivery-pact-outcome", "SIGNED");
        browser.type("#delivery-commitments", "Segnalare le vacancy entro cinque giorni");
        browser.click("label[for=delivery-planned-B4]");
        browser.click("#register-delivery");
        assertThat(browser.text("[role=status]")).contains("Servizio registrato");
        assertThat(browser.text("[data-testid=pact]")).contains("Sottoscritto")
                .contains("Piano d'azione dell'impresa").contains("B.4");
        assertThat(browser.find("#pact-pdf").getAttribute("href")).endsWith("/pact.pdf");
        browser.screenshot("employer-page");
        browser.assertAccessible();
        browser.assertNoConsoleErrors();

        browser.click("#new-vacancy");
        browser.find("#vacancy-form");
        browser.assertAccessible();
        browser.type("#vacancy-title", "Saldatore");
        browser.type("#vacancy-occupation", "6.2.1.2.0");
        browser.type("#vacancy-positions", "2");
        browser.type("#vacancy-comune", "L219");
        browser.find("#vacancy-comune").sendKeys(Keys.ESCAPE);
        select("#vacancy-contract-type", "APPRENTICESHIP");
        select("#vacancy-languages", "en");
        select("#vacancy-language-level-0", "A2");
        browser.click("label[for=vacancy-licence-B]");
        browser.click("#register-vacancy");
        assertThat(browser.text("[role=status]")).contains("Offerta registrata");
        assertThat(browser.text("[data-testid=vacancy-state]")).isEqualTo("Aperta");
        browser.assertAccessible();
        browser.assertNoConsoleErrors();

        select("#state-state", "SUSPENDED");
        browser.type("#state-reason", "Attesa del budget");
        browser.click("#change-state");
        assertThat(browser.text("[data-testid=vacancy-state]")).isEqualTo("Sospesa");
        assertThat(browser.text("[data-testid=vacancy-history]")).contains("Aperta").contains("Sospesa")
                .contains("Attesa del budget");
        browser.screenshot("vacancy-page");
        browser.assertAccessible();
    }

    @Test
    void consulting_for_a_company_without_a_pact_is_refused_next_to_the_service() {
        browser.logIn("cpi.torino", "demo");
        registerCompany("Senza Patto " + UUID.randomUUID().toString().substring(0, 6));
        select("#delivery-service", "B3");
        browser.type("#delivery-minutes", "60");
        browser.click("label[for=delivery-topic-HIRING_INCENTIVES]");
        browser.click("#register-delivery");
        assertThat(browser.text("#delivery-service-error")).contains("B.3").contains("B.2");
        assertThat(browser.find("#delivery-service").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.find("#delivery-service").getAttribute("aria-describedby"))
                .isEqualTo("delivery-service-error");
        assertThat(browser.text("[data-testid=deliveries]")).doesNotContain("B.3 Consulenza");
        browser.screenshot("employer-rule-violation");
        browser.assertAccessible();
        browser.assertNoConsoleErrors();
    }

    @Test
    void the_registration_form_shows_an_invalid_fiscal_code_next_to_its_field() {
        browser.logIn("cpi.torino", "demo");
        browser.go("/employers/new");
        browser.type("#employer-fiscal-code", "01000000017");
        browser.type("#employer-name", "Sbagliata");
        browser.click("#register-employer");
        assertThat(browser.text("#employer-fiscal-code-error")).contains("11 cifre");
        assertThat(browser.find("#employer-fiscal-code").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.text("#employer-ateco-error")).contains("ATECO");
        browser.assertAccessible();
    }
}
