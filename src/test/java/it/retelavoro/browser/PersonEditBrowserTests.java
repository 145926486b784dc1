package it.retelavoro.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import it.retelavoro.person.FiscalCodes;
import it.retelavoro.support.Browser;
import it.retelavoro.support.IntegrationTest;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The page that edits a person's residence, contacts and professional profile. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonEditBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

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

    private String registerPerson() throws Exception {
        String body = """
                {"fiscalCode": "%s", "firstName": "Marta", "lastName": "Conti-%s", "birthDate": "1988-02-10",
                 "sex": "F", "birthPlace": "L219", "citizenship": "IT"}"""
                .formatted(FiscalCodes.random(LocalDate.of(1988, 2, 10), "F", "L219"),
                        UUID.randomUUID().toString().substring(0, 6));
        return JsonPath.read(mvc.perform(post("/api/v1/persons").contentType(MediaType.APPLICATION_JSON)
                        .content(body).with(httpBasic("cpi.torino", "demo")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
    }

    private void choose(String css, String value) {
        browser.select(css, value);
    }

    @Test
    void an_operator_edits_residence_contacts_and_profile_with_errors_next_to_the_rows() throws Exception {
        String person = registerPerson();
        browser.logIn("cpi.torino", "demo");
        browser.go("/persons/" + person);
        browser.click("#edit-person");
        assertThat(browser.currentPath()).isEqualTo("/persons/" + person + "/edit");
        browser.assertAccessible();
        browser.assertNoConsoleErrors();

        browser.type("#p-residence-address", "Via Roma 10");
        browser.type("#p-residence-comune", "L219");
        browser.type("#p-phone", "abc");
        browser.type("#e-employer-1", "Trattoria Da Gino");
        browser.type("#e-occupation-1", "9.9.9.9.9");
        browser.type("#e-from-1", "01012020");
        choose("#l-code-0", "en");
        browser.click("#save-person");
        assertThat(browser.text("#p-phone-error")).isNotBlank();
        assertThat(browser.text("#e-occupation-1-error")).contains("CP2021");
        assertThat(browser.find("#e-occupation-1").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.text("#l-level-0-error")).contains("obbligatorio");
        assertThat(browser.find("#e-employer-1").getAttribute("value")).isEqualTo("Trattoria Da Gino");
        browser.assertAccessible();

        browser.type("#p-phone", "011 1234567");
        browser.type("#e-occupation-1", "5.2.2.1.0");
        choose("#l-level-0", "B2");
        choose("#l-code-1", "it");
        choose("#l-level-1", "MOTHER_TONGUE");
        browser.click("label[for=licence-B]");
        browser.type("#d-occupation-0", "5.2.2.1.0");
        choose("#a-hours", "PART_TIME");
        browser.type("#a-provinces", "TO, cn");
        browser.click("label[for=p-consent]");
        browser.click("#save-person-more");
        assertThat(browser.currentPath()).isEqualTo("/persons/" + person + "/edit");
        assertThat(browser.text("main")).contains("Dati della persona salvati.");
        // The saved experience first, then the empty rows to add more.
        assertThat(browser.find("#e-employer-0").getAttribute("value")).isEqualTo("Trattoria Da Gino");
        assertThat(browser.find("#e-employer-2").getAttribute("value")).isEmpty();

        browser.click("#save-person");
        assertThat(browser.currentPath()).isEqualTo("/persons/" + person);
        assertThat(browser.text("[data-testid=experiences]")).contains("Trattoria Da Gino");
        assertThat(browser.text("[data-testid=languages]")).contains("B2").contains("Madrelingua");
        assertThat(browser.text("main")).contains("Via Roma 10").contains("011 1234567").contains("Tempo parziale")
                .containsPattern("Nelle province: (TO, CN|CN, TO)");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'PERSON_UPDATE' and object_id = :id")
                .param("id", person).query(Long.class).single()).isEqualTo(2);
        browser.assertNoConsoleErrors();
    }

    @Test
    void a_stale_version_is_refused_with_a_message_and_nothing_saved() throws Exception {
        String person = registerPerson();
        mvc.perform(post("/persons/" + person + "/edit").with(httpBasic("cpi.torino", "demo")).with(csrf())
                        .header("Accept-Language", "it").param("version", "99").param("phone", "011 7654321"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("ricarica la pagina")));
        mvc.perform(get("/api/v1/persons/" + person).with(httpBasic("cpi.torino", "demo")))
                .andExpect(jsonPath("$.phone").doesNotExist());
    }
}
