package it.retelavoro.employer;

import static it.retelavoro.support.RefusedField.assertAccepted;
import static it.retelavoro.support.RefusedField.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import it.retelavoro.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The company forms sent back with each problem next to its field, tied to it for screen readers. */
@IntegrationTest
class EmployerFormPagesTests {

    @Autowired
    MockMvc mvc;

    private String refused(String path, String... parameters) throws Exception {
        var request = post(path).with(httpBasic("cpi.torino", "demo")).with(csrf()).header("Accept-Language", "it");
        for (int i = 0; i < parameters.length; i += 2) {
            request.param(parameters[i], parameters[i + 1]);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private String aCompany() throws Exception {
        String body = """
                {"fiscalCode": "%s", "name": "Officine Form", "legalForm": "SRL", "ateco": "62.01.00",
                 "sizeClass": "SMALL", "comune": "L219"}""".formatted(EmployerFixtures.aVatNumber());
        return JsonPath.read(mvc.perform(post("/api/v1/employers").contentType(MediaType.APPLICATION_JSON)
                        .content(body).with(httpBasic("cpi.torino", "demo")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
    }

    @Test
    void a_refused_company_registration_shows_each_problem_next_to_its_field_and_keeps_what_was_typed()
            throws Exception {
        String html = refused("/employers", "fiscalCode", "01000000017", "name", "Sbagliata", "sizeClass", "SMALL",
                "contactEmail", "non-una-email", "contactName", "Anna");

        assertThat(assertRefused(html, "employer-fiscal-code")).contains("11 cifre");
        assertThat(assertRefused(html, "employer-ateco")).contains("ATECO");
        assertRefused(html, "employer-contact-email");
        assertAccepted(html, "employer-name");
        // The hint stays tied to the field along with the problem.
        assertThat(html).contains("aria-describedby=\"employer-fiscal-code-hint employer-fiscal-code-error\"");
        assertThat(html).contains("value=\"Sbagliata\"").contains("value=\"non-una-email\"");
    }

    @Test
    void a_vacancy_with_a_date_typed_wrong_is_refused_next_to_the_date() throws Exception {
        String employer = aCompany();
        String html = refused("/employers/" + employer + "/vacancies", "title", "Saldatore", "expiresOn", "31/02",
                "languages", "inglese");

        assertRefused(html, "vacancy-expires");
        assertAccepted(html, "vacancy-title");
        assertThat(html).contains("value=\"Saldatore\"");
    }

    @Test
    void a_vacancy_with_languages_written_wrong_is_refused_next_to_the_languages() throws Exception {
        String employer = aCompany();
        String html = refused("/employers/" + employer + "/vacancies", "title", "Saldatore", "languages", "inglese");

        assertRefused(html, "vacancy-languages");
    }

    @Test
    void a_division_as_the_company_activity_is_refused_next_to_the_ateco_field_saying_it_is_a_division()
            throws Exception {
        String html = refused("/employers", "fiscalCode", EmployerFixtures.aVatNumber(), "name", "Trattoria Divisione",
                "sizeClass", "SMALL", "ateco", "56", "comune", "L219");

        assertThat(assertRefused(html, "employer-ateco")).contains("56").contains("divisione").contains("56.10.11");
    }

    @Test
    void languages_chosen_from_the_two_lists_are_stored_with_their_levels() throws Exception {
        String employer = aCompany();
        String location = mvc.perform(post("/employers/" + employer + "/vacancies").with(httpBasic("cpi.torino", "demo"))
                        .with(csrf()).param("title", "Cuoco").param("occupation", "5.2.2.1.0").param("positions", "1")
                        .param("comune", "L219").param("contractType", "PERMANENT")
                        .param("languageCodes", "en", "", "fr").param("languageLevels", "B2", "", "A2"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String vacancy = location.substring(location.lastIndexOf('/') + 1);

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/vacancies/" + vacancy)
                        .with(httpBasic("cpi.torino", "demo")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
                        .jsonPath("$.requirements.languages[*].language").value(
                                org.hamcrest.Matchers.contains("en", "fr")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
                        .jsonPath("$.requirements.languages[*].level").value(
                                org.hamcrest.Matchers.contains("B2", "A2")));
    }

    @Test
    void a_language_without_its_level_is_refused_next_to_the_languages() throws Exception {
        String employer = aCompany();
        String html = refused("/employers/" + employer + "/vacancies", "title", "Cuoco", "languageCodes", "en",
                "languageLevels", "");

        assertThat(assertRefused(html, "vacancy-languages")).contains("livello");
        assertThat(html).contains("<option value=\"en\" selected=\"selected\">");
    }
}
