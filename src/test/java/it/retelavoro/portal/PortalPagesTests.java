package it.retelavoro.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.retelavoro.matching.MatchingScenario;
import it.retelavoro.monitoring.MonitoringScenario.Organisation;
import it.retelavoro.person.FiscalCodes;
import it.retelavoro.support.IntegrationTest;
import it.retelavoro.support.PageSession;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Issue 14, part E: the public side's pages. The landing page at {@code /}, the favicon, an application sent as
 * a browser's autofill sends it, and the applicant's check of its status.
 */
@IntegrationTest
class PortalPagesTests {

    @Autowired
    MockMvc mvc;

    Organisation office;
    String title;
    String vacancy;

    @BeforeEach
    void aPublishedVacancy() throws Exception {
        MatchingScenario scenario = new MatchingScenario(mvc);
        office = scenario.organisation();
        title = "Banconista " + UUID.randomUUID().toString().substring(0, 8);
        vacancy = scenario.vacancy(office, scenario.company(office), title, "5.1.2.2.0", "D205", "{}", true, false);
    }

    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    static String anAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    /** The application form of the vacancy's page, sent back at once, as a browser's autofill does. */
    MockHttpServletRequestBuilder autofilled(String fiscalCode, String lastName) throws Exception {
        PageSession session = new PageSession();
        String page = mvc.perform(get("/portal/vacancies/" + vacancy).with(session)).andDo(session.keep())
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Matcher token = Pattern.compile("name=\"formToken\" value=\"([^\"]+)\"").matcher(page);
        assertThat(token.find()).isTrue();
        return post("/portal/vacancies/" + vacancy + "/applications").with(session).with(csrf())
                .with(from(anAddress())).param("formToken", token.group(1)).param("fiscalCode", fiscalCode)
                .param("firstName", "Marta").param("lastName", lastName).param("email", "marta@example.org")
                .param("cvText", "Banconista per tre anni").param("privacyAccepted", "true").param("website", "");
    }

    String applied(String fiscalCode) throws Exception {
        MvcResult sent = mvc.perform(autofilled(fiscalCode, "Candidata"))
                .andExpect(redirectedUrl("/portal/vacancies/" + vacancy + "/received")).andReturn();
        return (String) sent.getFlashMap().get("reference");
    }

    String statusPage(String address, String reference, String fiscalCode) throws Exception {
        return mvc.perform(post("/portal/applications/status").with(csrf()).with(from(address))
                        .param("reference", reference).param("fiscalCode", fiscalCode))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void the_root_without_login_is_the_citizens_landing_page_and_with_login_the_users_home() throws Exception {
        // the landing page takes the place of / (MockMvc records the forward; the browser test follows it)
        mvc.perform(get("/")).andExpect(status().isOk()).andExpect(forwardedUrl("/portal/welcome"));
        String landing = mvc.perform(get("/portal/welcome")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(landing).contains("data-testid=\"landing\"").contains("Servizi per il lavoro in Piemonte")
                .contains("action=\"/portal\"").contains("href=\"/portal/where-to-go\"")
                .contains("href=\"/catalogue\"").contains("href=\"/portal/applications/status\"")
                .contains("href=\"/login\"").doesNotContain("id=\"password\"");

        String home = mvc.perform(get("/").with(httpBasic("cpi.torino", "demo"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(home).doesNotContain("data-testid=\"landing\"").contains("data-testid=\"current-user\"");
        // every other operator page still leads a visitor to the login form
        mvc.perform(get("/persons").header("Accept", "text/html")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void the_favicon_is_served_as_ico_and_svg_from_the_application_itself() throws Exception {
        byte[] ico = mvc.perform(get("/favicon.ico")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        assertThat(ico).startsWith(0, 0, 1, 0);
        mvc.perform(get("/images/favicon.svg")).andExpect(status().isOk());
        String page = mvc.perform(get("/portal")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("rel=\"icon\" href=\"/favicon.ico\"")
                .contains("type=\"image/svg+xml\" href=\"/images/favicon.svg\"");
    }

    @Test
    void a_complete_application_sent_at_once_as_by_autofill_is_received() throws Exception {
        assertThat(applied(FiscalCodes.random(LocalDate.of(1991, 3, 3), "F", "L219"))).startsWith("RL-");
    }

    @Test
    void a_missing_field_says_so_next_to_the_field_not_that_the_form_was_too_fast() throws Exception {
        String refused = mvc.perform(autofilled(FiscalCodes.random(LocalDate.of(1991, 3, 3), "F", "L219"), ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Campo obbligatorio.").doesNotContain("troppo in fretta");
        assertThat(refused.substring(refused.indexOf("name=\"lastName\""))).contains("Campo obbligatorio.");
    }

    @Test
    void an_applicant_reads_the_state_and_the_vacancy_title_with_the_reference_and_codice_fiscale()
            throws Exception {
        String fiscalCode = FiscalCodes.random(LocalDate.of(1990, 7, 7), "F", "L219");
        String reference = applied(fiscalCode);
        String address = anAddress();

        String found = statusPage(address, reference.toLowerCase(), " " + fiscalCode.toLowerCase() + " ");
        assertThat(found).contains("data-testid=\"status\">Ricevuta<").contains(title)
                .doesNotContain(fiscalCode).doesNotContain("Candidata").doesNotContain("marta@example.org")
                .doesNotContain("Banconista per tre anni");

        // the same answer whether the reference, the codice fiscale or neither is known
        String otherCode = FiscalCodes.random(LocalDate.of(1980, 1, 1), "M", "L219");
        for (String notFound : new String[] {statusPage(address, reference, otherCode),
                statusPage(address, "RL-ZZZZZZZZZZ", fiscalCode), statusPage(address, "RL-ZZZZZZZZZZ", otherCode)}) {
            assertThat(notFound).contains("data-testid=\"status-none\"").doesNotContain(title)
                    .doesNotContain("data-testid=\"status\"");
        }
    }

    @Test
    void a_malformed_reference_is_refused_next_to_its_field_and_checks_are_rate_limited() throws Exception {
        String address = anAddress();
        String refused = statusPage(address, "12345", "");
        assertThat(refused).contains("id=\"status-reference-error\"").contains("id=\"status-fiscal-code-error\"")
                .doesNotContain("data-testid=\"status-answer\"");
        for (int i = 1; i < 10; i++) {
            statusPage(address, "RL-ZZZZZZZZZZ", FiscalCodes.random(LocalDate.of(1980, 1, 1), "M", "L219"));
        }
        String limited = mvc.perform(post("/portal/applications/status").with(csrf()).with(from(address))
                        .param("reference", "RL-ZZZZZZZZZZ").param("fiscalCode", "RSSMRA80A01L219X"))
                .andExpect(status().isTooManyRequests()).andReturn().getResponse().getContentAsString();
        assertThat(limited).contains("Troppe verifiche in poco tempo");
        mvc.perform(get("/portal/applications/status")).andExpect(status().isOk());
    }

    @Test
    void registering_an_unknown_applicant_from_the_queue_carries_their_data_into_the_form_not_into_the_address()
            throws Exception {
        String fiscalCode = FiscalCodes.random(LocalDate.of(1993, 4, 4), "F", "L219");
        String reference = applied(fiscalCode);
        String application = com.jayway.jsonpath.JsonPath.<java.util.List<String>>read(mvc.perform(
                get("/api/v1/applications").with(office.operator())).andReturn().getResponse().getContentAsString(),
                "$[?(@.reference == '" + reference + "')].id").get(0);

        // what the redirect carries travels in the page session (in PostgreSQL), as in a browser
        PageSession session = new PageSession();
        mvc.perform(post("/applications/" + application + "/verification").with(office.operator())
                .with(csrf()).with(session)).andDo(session.keep()).andExpect(redirectedUrl("/applications"));
        String queue = mvc.perform(get("/applications").with(office.operator()).with(session))
                .andReturn().getResponse().getContentAsString();
        assertThat(queue).contains("action=\"/applications/" + application + "/registration\"")
                .contains("data-testid=\"register-applicant\"");

        mvc.perform(post("/applications/" + application + "/registration")
                .with(office.operator()).with(csrf()).with(session)).andDo(session.keep())
                .andExpect(redirectedUrl("/persons/new"));
        String form = mvc.perform(get("/persons/new").with(office.operator()).with(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("value=\"" + fiscalCode + "\"").contains("value=\"Marta\"")
                .contains("value=\"Candidata\"").contains("value=\"marta@example.org\"");

        // another organisation cannot read the applicant through it
        Organisation other = new MatchingScenario(mvc).organisation();
        mvc.perform(post("/applications/" + application + "/registration").with(other.operator()).with(csrf()))
                .andExpect(status().isForbidden());
    }
}
