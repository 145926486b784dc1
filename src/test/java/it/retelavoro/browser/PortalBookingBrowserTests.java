package it.retelavoro.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import it.retelavoro.person.FiscalCodes;
import it.retelavoro.support.Browser;
import it.retelavoro.support.IntegrationTest;
import it.retelavoro.support.TestMailServer;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A citizen books an A2 intake on the portal by keyboard and confirms it from the mail (issue 16, point 4); every
 * page accessible.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalBookingBrowserTests {

    private static final Pattern CONFIRM = Pattern.compile("http://\\S+/portal/appointments/confirm\\?token=[A-Za-z0-9_-]+");

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
    void a_citizen_books_an_intake_and_confirms_it_from_the_mail() throws Exception {
        String torino = JsonPath.read(mvc.perform(get("/api/v1/me").with(httpBasic("cpi.torino", "demo")))
                .andReturn().getResponse().getContentAsString(), "$.organisation.id");
        List<String> sites = JsonPath.read(mvc.perform(get("/api/v1/organisations/" + torino + "/sites")
                .with(httpBasic("cpi.torino", "demo"))).andReturn().getResponse().getContentAsString(),
                "$[?(@.name == 'CPI Torino - Sede di via Bologna')].id");
        String email = "cittadina." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";

        browser.go("/");
        browser.press("[data-testid=landing-booking]", Keys.ENTER);
        assertThat(browser.text("h1")).isEqualTo("Prenota un appuntamento");
        browser.select("#booking-site", sites.get(0));
        browser.press("#booking-type-A2", Keys.SPACE);
        browser.press("#booking-show", Keys.ENTER);
        assertThat(browser.text("#free-times")).isEqualTo("Orari liberi");
        browser.assertAccessible();
        browser.press("[data-testid=free-day] a", Keys.ENTER);

        assertThat(browser.text("[data-testid=booking-chosen]")).contains("Accoglienza e colloquio (A2)");
        browser.assertAccessible();
        // a wrong code: said next to its field
        browser.type("#booking-fiscal-code", "NONVALIDO");
        browser.type("#booking-email", email);
        browser.press("#booking-privacy", Keys.SPACE);
        browser.press("#booking-submit", Keys.ENTER);
        assertThat(browser.text("#booking-fiscal-code-error")).contains("Non è un codice fiscale valido");
        browser.assertAccessible();
        browser.type("#booking-fiscal-code", FiscalCodes.random(LocalDate.of(1995, 5, 5), "F", "L219"));
        if (!browser.driver().findElement(By.cssSelector("#booking-privacy")).isSelected()) {
            browser.press("#booking-privacy", Keys.SPACE);
        }
        browser.press("#booking-submit", Keys.ENTER);
        assertThat(browser.text("[data-testid=booking-requested]")).contains("link per confermare");
        browser.assertAccessible();

        List<MimeMessage> received = TestMailServer.awaitReceivedBy(email, 1, Duration.ofSeconds(20));
        assertThat(received).hasSize(1);
        Matcher link = CONFIRM.matcher((String) received.get(0).getContent());
        assertThat(link.find()).isTrue();
        browser.go(link.group().replaceFirst("http://[^/]+", ""));
        assertThat(browser.text("[data-testid=booking-status]")).isEqualTo("Da confermare");
        browser.assertAccessible();
        browser.press("#booking-confirm", Keys.ENTER);
        assertThat(browser.text("[data-testid=booking-done]")).contains("Appuntamento confermato");
        assertThat(browser.text("[data-testid=booking-status]")).isEqualTo("Confermato");
        browser.screenshot("portal-booking-confirmed");
        browser.assertAccessible();
        browser.assertNoConsoleErrors();
    }
}
