package it.retelavoro.pathway;

import static it.retelavoro.pathway.PathwayApi.CPI_TORINO;
import static it.retelavoro.pathway.PathwayApi.VIA_BOLOGNA;
import static it.retelavoro.pathway.PathwayApi.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.retelavoro.support.IntegrationTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A refused form of the pathway's pages comes back with each problem next to its field, tied to it for screen
 * readers (aria-invalid, aria-describedby naming the problem's element), and with what was typed.
 */
@IntegrationTest
class PathwayFormPagesTests {

    @Autowired
    MockMvc mvc;

    PathwayApi api;
    String person;
    String bologna;

    @BeforeEach
    void setUp() throws Exception {
        api = new PathwayApi(mvc);
        person = api.person(CPI_TORINO);
        bologna = api.site(CPI_TORINO, VIA_BOLOGNA);
    }

    /** The opening tag of the element with this id. */
    private static String tag(String html, String id) {
        Matcher tag = Pattern.compile("<[a-z]+[^>]*\\sid=\"" + Pattern.quote(id) + "\"[^>]*>").matcher(html);
        assertThat(tag.find()).as("an element with id %s", id).isTrue();
        return tag.group();
    }

    /** The text of the element with this id, up to its first closing tag of a block. */
    private static String problems(String html, String id) {
        Matcher block = Pattern.compile("\\sid=\"" + Pattern.quote(id) + "\"[^>]*>(.*?)</div>", Pattern.DOTALL)
                .matcher(html);
        assertThat(block.find()).as("an element with id %s", id).isTrue();
        return block.group(1);
    }

    private static void assertTiedToItsProblems(String html, String id) {
        assertThat(tag(html, id)).contains("aria-invalid=\"true\"")
                .contains("aria-describedby=\"" + id + "-error\"");
        assertThat(tag(html, id + "-error")).contains("class=\"field-error\"");
    }

    @Test
    void a_did_declared_in_the_future_is_refused_next_to_its_date_with_the_date_typed() throws Exception {
        String tomorrow = today().plusDays(1).toString();
        String html = mvc.perform(post("/persons/" + person + "/pathway/did").with(CPI_TORINO).with(csrf())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("declaredOn", tomorrow).param("channel", "CPI_COUNTER"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertTiedToItsProblems(html, "did-declared-on");
        assertThat(problems(html, "did-declared-on-error")).isNotBlank();
        assertThat(tag(html, "did-declared-on")).contains("value=\"" + tomorrow + "\"");
        assertThat(html).containsPattern("<option value=\"CPI_COUNTER\"\\s+selected=\"selected\"");
        assertThat(tag(html, "did-channel")).doesNotContain("aria-invalid");
    }

    @Test
    void a_delivery_the_repertorio_refuses_lists_the_violation_above_the_form_and_beside_the_service()
            throws Exception {
        String html = mvc.perform(post("/persons/" + person + "/pathway/deliveries").with(CPI_TORINO).with(csrf())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("service", "A4").param("mode", "INDIVIDUAL").param("date", today().toString())
                        .param("minutes", "120").param("meetings", "2").param("siteId", bologna)
                        .param("notes", "Colloquio"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertTiedToItsProblems(html, "delivery-service");
        assertThat(problems(html, "delivery-service-error")).contains("A.4");
        assertThat(html).contains("id=\"delivery-violations\"").contains("piemonte-2012")
                .contains("modalità di accesso").doesNotContain("modalitaAccesso");
        assertThat(html).containsPattern("<option value=\"A4\"\\s+selected=\"selected\"");
        assertThat(html).containsPattern("<textarea[^>]*id=\"delivery-notes\"[^>]*>Colloquio</textarea>");
    }

    @Test
    void a_delivery_with_a_date_to_come_is_refused_next_to_its_date() throws Exception {
        String html = mvc.perform(post("/persons/" + person + "/pathway/deliveries").with(CPI_TORINO).with(csrf())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("service", "A1").param("mode", "INDIVIDUAL")
                        .param("date", today().plusDays(3).toString()).param("minutes", "30")
                        .param("meetings", "1").param("siteId", bologna).param("referral", "Accoglienza"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertTiedToItsProblems(html, "delivery-date");
        assertThat(problems(html, "delivery-date-error")).isNotBlank();
        assertThat(tag(html, "delivery-referral")).contains("value=\"Accoglienza\"");
        assertThat(html).doesNotContain("id=\"delivery-violations\"");
    }

    @Test
    void a_did_suspension_without_a_reason_is_refused_next_to_the_reason() throws Exception {
        mvc.perform(post("/persons/" + person + "/pathway/did").with(CPI_TORINO).with(csrf())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("declaredOn", today().toString()).param("channel", "CPI_COUNTER"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/persons/" + person + "/pathway/did/certification").with(CPI_TORINO).with(csrf()))
                .andExpect(status().is3xxRedirection());

        String html = mvc.perform(post("/persons/" + person + "/pathway/did/suspension").with(CPI_TORINO)
                        .with(csrf()).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("date", today().toString()).param("reason", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertTiedToItsProblems(html, "did-status-reason");
        assertThat(tag(html, "did-status-date")).doesNotContain("aria-invalid");
    }

    @Test
    void a_visit_without_sex_and_age_band_is_refused_next_to_both_with_the_site_chosen() throws Exception {
        String html = mvc.perform(post("/information-visits").with(CPI_TORINO).with(csrf())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("date", today().toString()).param("siteId", bologna).param("minutes", "10"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertTiedToItsProblems(html, "visit-sex");
        assertTiedToItsProblems(html, "visit-age-band");
        assertThat(html).containsPattern("<option value=\"" + bologna + "\"\\s+selected=\"selected\"");
    }

    @Test
    void a_group_session_naming_an_unknown_participant_is_refused_next_to_the_list_after_its_hint()
            throws Exception {
        String html = mvc.perform(post("/group-sessions").with(CPI_TORINO).with(csrf())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("service", "A2").param("mode", "GROUP").param("date", today().toString())
                        .param("minutes", "60").param("siteId", bologna).param("pactOutcome", "SIGNED")
                        .param("participants", "RSSMRA80A01L219X"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(tag(html, "group-participants")).contains("aria-invalid=\"true\"")
                .contains("aria-describedby=\"group-participants-hint group-participants-error\"");
        assertThat(problems(html, "group-participants-error")).contains("RSSMRA80A01L219X");
        assertThat(html).containsPattern("<option value=\"SIGNED\"\\s+selected=\"selected\"");
    }
}
