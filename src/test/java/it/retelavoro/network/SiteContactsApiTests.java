package it.retelavoro.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import it.retelavoro.monitoring.MonitoringScenario;
import it.retelavoro.support.IntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Issue 14, part E: a site's opening hours, phone and e-mail, written by an administrator through the API and
 * the site form, validated, and shown to the public on "Dove andare".
 */
@IntegrationTest
class SiteContactsApiTests {

    @Autowired
    MockMvc mvc;

    String organisationId;
    String siteName;

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body).with(httpBasic("admin", "demo"));
    }

    @BeforeEach
    void anAgency() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        organisationId = JsonPath.read(mvc.perform(json(post("/api/v1/organisations"), """
                {"name": "Agenzia Sportello %s", "kind": "ACCREDITED_AGENCY", "fiscalCode": "%s"}"""
                .formatted(suffix, MonitoringScenario.vatNumber()))).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(), "$.id");
        siteName = "Sportello " + suffix;
    }

    private String openSite(String contacts) throws Exception {
        return mvc.perform(json(post("/api/v1/organisations/" + organisationId + "/sites"), """
                {"name": "%s", "address": "Via Po 3", "comune": "L219", "features": ["PC_WITH_INTERNET"]%s}"""
                .formatted(siteName, contacts))).andReturn().getResponse().getContentAsString();
    }

    @Test
    void an_administrator_gives_a_site_its_opening_hours_phone_and_email_which_a_change_keeps_unless_sent()
            throws Exception {
        String site = openSite("""
                , "openingHours": "lun-ven 9-12\\nmar e gio 14-16", "phone": "+39 011 123 4567",
                  "email": "sportello@example.org\"""");
        String siteId = JsonPath.read(site, "$.id");
        assertThat(JsonPath.<String>read(site, "$.openingHours")).isEqualTo("lun-ven 9-12\nmar e gio 14-16");
        assertThat(JsonPath.<String>read(site, "$.phone")).isEqualTo("+39 011 123 4567");
        assertThat(JsonPath.<String>read(site, "$.email")).isEqualTo("sportello@example.org");

        // a client written before the contacts existed does not wipe them out
        mvc.perform(json(put("/api/v1/sites/" + siteId), """
                {"name": "%s", "comune": "L219", "features": []}""".formatted(siteName)).header("If-Match", "0"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.phone").value("+39 011 123 4567"))
                .andExpect(jsonPath("$.email").value("sportello@example.org"));
        // one who sends them sets all three: an empty one is cleared
        mvc.perform(json(put("/api/v1/sites/" + siteId), """
                {"name": "%s", "comune": "L219", "features": [], "openingHours": "lun 9-13", "phone": "",
                 "email": "sede@example.org"}""".formatted(siteName)).header("If-Match", "1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.openingHours").value("lun 9-13"))
                .andExpect(jsonPath("$.phone").doesNotExist())
                .andExpect(jsonPath("$.email").value("sede@example.org"));
        mvc.perform(get("/api/v1/sites/" + siteId).with(httpBasic("regione", "demo")))
                .andExpect(jsonPath("$.openingHours").value("lun 9-13"));
    }

    @Test
    void refuses_a_phone_or_an_email_that_is_not_one_and_opening_hours_too_long() throws Exception {
        String refused = openSite("""
                , "openingHours": "%s", "phone": "chiamare il centralino", "email": "sportello.example.org\""""
                .formatted("x".repeat(Site.OPENING_HOURS_MAX + 1)));
        assertThat(JsonPath.<java.util.List<String>>read(refused, "$.errors[*].field"))
                .containsExactlyInAnyOrder("openingHours", "phone", "email");
    }

    @Test
    void the_site_form_edits_the_contacts_and_where_to_go_shows_them_to_the_public() throws Exception {
        String siteId = JsonPath.read(openSite(""), "$.id");
        String form = mvc.perform(get("/admin/sites/" + siteId).with(httpBasic("admin", "demo")))
                .andReturn().getResponse().getContentAsString();
        assertThat(form).contains("name=\"openingHours\"").contains("name=\"phone\"").contains("name=\"email\"");

        String refused = mvc.perform(post("/admin/sites/" + siteId).with(httpBasic("admin", "demo")).with(csrf())
                        .param("name", siteName).param("comune", "L219").param("version", "0")
                        .param("openingHours", "").param("phone", "011-abc").param("email", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("id=\"site-phone-error\"").contains("Il numero di telefono non è valido");

        mvc.perform(post("/admin/sites/" + siteId).with(httpBasic("admin", "demo")).with(csrf())
                        .param("name", siteName).param("comune", "L219").param("version", "0")
                        .param("features", "PC_WITH_INTERNET")
                        .param("openingHours", "martedì 9-12").param("phone", "011 555 1234")
                        .param("email", "sportello@example.org"))
                .andExpect(status().is3xxRedirection());

        String page = mvc.perform(get("/portal/where-to-go")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        String row = page.substring(page.indexOf(siteName));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row).contains("martedì 9-12").contains("href=\"tel:0115551234\"")
                .contains("href=\"mailto:sportello@example.org\"");
    }
}
