package it.retelavoro.browser;

import static org.assertj.core.api.Assertions.assertThat;

import it.retelavoro.shared.VatNumber;
import it.retelavoro.support.Browser;
import it.retelavoro.support.IntegrationTest;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Codes chosen by name (issue 14, point 3): a vacancy created by typing the occupation's and the comune's
 * names and choosing among the suggestions with the keyboard alone, the codes stored, every page axe-clean.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VocabularyComboboxBrowserTests {

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

    /** Types words in a combobox and chooses the first suggestion with Down and Enter, which must be the one expected. */
    private void chooseByName(String css, String words, String expectedLabel) {
        assertThat(browser.chooseFirstSuggestion(css, words)).isEqualTo(expectedLabel);
    }

    @Test
    void an_operator_creates_a_vacancy_choosing_the_occupation_and_the_comune_by_name_with_the_keyboard() {
        browser.logIn("cpi.torino", "demo");
        String company = "Trattoria " + UUID.randomUUID().toString().substring(0, 6);
        browser.go("/employers");
        browser.click("#new-employer");
        browser.find("#new-employer-form");
        browser.type("#employer-fiscal-code", aVatNumber());
        browser.type("#employer-name", company);
        browser.select("#employer-size-class", "SMALL");
        // a division is refused next to the field, saying why
        browser.type("#employer-ateco", "56");
        browser.find("#employer-ateco").sendKeys(Keys.ESCAPE);
        chooseByName("#employer-comune", "torino", "Torino (TO)");
        browser.click("#register-employer");
        assertThat(browser.text("#employer-ateco-error")).contains("divisione").contains("56.10.11");
        browser.assertAccessible();
        // the comune chosen is kept, shown by its name
        assertThat(browser.find("#employer-comune").getAttribute("value")).isEqualTo("Torino (TO)");
        chooseByName("#employer-ateco", "ristorazione con somministrazione", "56.10.11 Ristorazione con somministrazione");
        browser.click("#register-employer");
        assertThat(browser.text("[data-testid=employer-name]")).isEqualTo(company);
        assertThat(browser.driver().getPageSource()).contains("56.10.11 Ristorazione con somministrazione");

        browser.click("#new-vacancy");
        browser.find("#vacancy-form");
        browser.assertAccessible();
        browser.type("#vacancy-title", "Cuoco di linea");
        chooseByName("#vacancy-occupation", "cuochi alberghi", "5.2.2.1.0 Cuochi in alberghi e ristoranti");
        // the suggestions are announced and accessible while open
        WebElement comune = browser.find("#vacancy-comune");
        comune.sendKeys("aglie");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> "true".equals(comune.getAttribute("aria-expanded")));
        browser.assertAccessible();
        comune.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        assertThat(comune.getAttribute("value")).isEqualTo("Agliè (TO)");
        chooseByName("#vacancy-education", "maturita", "Diploma di maturità / diploma di istruzione secondaria di II grado"
                + " di 4-5 anni (che permette l’iscrizione all’università)");
        browser.select("#vacancy-contract-type", "PERMANENT");
        browser.select("#vacancy-languages", "en");
        browser.select("#vacancy-language-level-0", "B1");
        browser.click("#register-vacancy");

        assertThat(browser.currentPath()).startsWith("/vacancies/");
        String page = browser.driver().getPageSource();
        assertThat(page).contains("5.2.2.1.0 Cuochi in alberghi e ristoranti").contains("Agliè (TO)").doesNotContain("??");
        browser.assertAccessible();
        browser.assertNoConsoleErrors();
    }
}
