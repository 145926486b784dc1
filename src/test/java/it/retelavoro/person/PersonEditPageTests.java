package it.retelavoro.person;

import static it.retelavoro.support.RefusedField.assertAccepted;
import static it.retelavoro.support.RefusedField.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import it.retelavoro.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The person edit form bound as Spring binds nested lists ({@code experiences[1].occupation}): a refused row
 * comes back with each problem next to its field, the rows as they were typed.
 */
@IntegrationTest
class PersonEditPageTests {

    @Autowired
    MockMvc mvc;

    private String aPerson() throws Exception {
        String body = """
                {"fiscalCode": "%s", "firstName": "Marta", "lastName": "Rossi-%s", "birthDate": "1988-02-10",
                 "sex": "F", "birthPlace": "L219", "citizenship": "IT"}"""
                .formatted(FiscalCodes.random(LocalDate.of(1988, 2, 10), "F", "L219"),
                        UUID.randomUUID().toString().substring(0, 6));
        return JsonPath.read(mvc.perform(post("/api/v1/persons").contentType(MediaType.APPLICATION_JSON)
                        .content(body).with(httpBasic("cpi.torino", "demo")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
    }

    private MockHttpServletRequestBuilder edit(String person, String... parameters) throws Exception {
        String etag = mvc.perform(get("/api/v1/persons/" + person).with(httpBasic("cpi.torino", "demo")))
                .andReturn().getResponse().getHeader("ETag");
        MockHttpServletRequestBuilder request = post("/persons/" + person + "/edit")
                .with(httpBasic("cpi.torino", "demo")).with(csrf()).header("Accept-Language", "it")
                .param("version", etag.replaceAll("[^0-9]", ""));
        for (int i = 0; i < parameters.length; i += 2) {
            request.param(parameters[i], parameters[i + 1]);
        }
        return request;
    }

    @Test
    void a_refused_row_shows_each_problem_next_to_its_field_and_keeps_the_rows() throws Exception {
        String person = aPerson();
        String html = mvc.perform(edit(person, "phone", "abc",
                        "experiences[0].employer", "", "experiences[0].occupation", "",
                        "experiences[1].employer", "Trattoria Da Gino", "experiences[1].occupation", "9.9.9.9.9",
                        "experiences[1].from", "2020-01-01",
                        "languages[0].language", "en", "languages[0].level", "",
                        "languages[1].language", "", "languages[1].level", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertRefused(html, "p-phone");
        assertThat(assertRefused(html, "e-occupation-1")).contains("CP2021");
        assertThat(assertRefused(html, "l-level-0")).contains("obbligatorio");
        assertAccepted(html, "e-employer-1");
        assertAccepted(html, "e-occupation-0");
        assertThat(html).contains("name=\"experiences[1].employer\" value=\"Trattoria Da Gino\"");
    }

    @Test
    void a_date_typed_wrong_is_refused_next_to_it_and_nothing_is_sent() throws Exception {
        String person = aPerson();
        String html = mvc.perform(edit(person, "experiences[0].employer", "Officina", "experiences[0].from", "2020-13-01",
                        "maxKm", "dieci"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertRefused(html, "e-from-0");
        assertRefused(html, "a-max-km");
        assertThat(html).contains("value=\"2020-13-01\"");
    }

    @Test
    void rows_bound_from_their_indexes_are_saved_in_order_and_empty_ones_ignored() throws Exception {
        String person = aPerson();
        mvc.perform(edit(person, "experiences[0].employer", "", "experiences[1].employer", "Trattoria Da Gino",
                        "experiences[1].occupation", "5.2.2.1.0", "languages[0].language", "it",
                        "languages[0].level", "MOTHER_TONGUE", "licences", "B", "desiredOccupations", "",
                        "desiredOccupations", "5.2.2.1.0", "hours", "PART_TIME"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/persons/" + person));

        mvc.perform(get("/api/v1/persons/" + person).with(httpBasic("cpi.torino", "demo")))
                .andExpect(jsonPath("$.profile.experiences.length()").value(1))
                .andExpect(jsonPath("$.profile.experiences[0].employer").value("Trattoria Da Gino"))
                .andExpect(jsonPath("$.profile.languages[0].motherTongue").value(true))
                .andExpect(jsonPath("$.profile.drivingLicences[0]").value("B"))
                .andExpect(jsonPath("$.profile.desiredOccupations[0]").value("5.2.2.1.0"))
                .andExpect(jsonPath("$.profile.availability.hours").value("PART_TIME"));
    }

    @Test
    void a_refused_registration_comes_back_with_its_problems_and_every_choice_of_the_form() throws Exception {
        String html = mvc.perform(post("/persons").with(httpBasic("cpi.torino", "demo")).with(csrf())
                        .header("Accept-Language", "it").param("fiscalCode", "NONVALIDO").param("firstName", "Marta")
                        .param("lastName", "").param("citizenship", "IT"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertRefused(html, "p-fiscal-code");
        assertRefused(html, "p-last-name");
        assertAccepted(html, "p-first-name");
        assertThat(html).contains("value=\"Marta\"");
        // the reference data of the page, from the controller's @ModelAttribute methods, also on a refusal
        assertThat(html).contains("<option value=\"F\"");
        // the citizenship, chosen by name (issue 14), comes back with its code and the country's name
        assertThat(html).containsPattern("id=\"p-citizenship\" name=\"citizenship\" value=\"IT\"")
                .contains("data-label=\"Italia\"");
        assertThat(html).containsPattern("id=\"p-education[^\"]*\"");
    }

    @Test
    void the_registration_form_offers_no_taking_over_before_a_person_of_another_organisation_is_found()
            throws Exception {
        String page = mvc.perform(get("/persons/new").with(httpBasic("agenzia.alfa", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"p-fiscal-code\"").doesNotContain("/takeover").doesNotContain("takeover-submit");
    }
}
