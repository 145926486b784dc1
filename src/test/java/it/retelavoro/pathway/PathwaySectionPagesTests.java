package it.retelavoro.pathway;

import static it.retelavoro.pathway.PathwayApi.CPI_TORINO;
import static it.retelavoro.pathway.PathwayApi.PACT_SIGNED;
import static it.retelavoro.pathway.PathwayApi.VIA_BOLOGNA;
import static it.retelavoro.pathway.PathwayApi.delivery;
import static it.retelavoro.pathway.PathwayApi.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.retelavoro.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The pathway of a person one task at a time: each section at its own address with the side navigation, a form
 * posted from a section coming back to it, and the registration of a service asking only what its scheda calls for.
 */
@IntegrationTest
class PathwaySectionPagesTests {

    @Autowired
    MockMvc mvc;

    PathwayApi api;
    String bologna;

    @BeforeEach
    void setUp() throws Exception {
        api = new PathwayApi(mvc);
        bologna = api.site(CPI_TORINO, VIA_BOLOGNA);
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(CPI_TORINO)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    @Test
    void each_section_has_its_own_address_shows_only_its_task_and_is_marked_in_the_side_navigation()
            throws Exception {
        String person = api.withSignedPlan(bologna, false);

        String plan = page("/persons/" + person + "/pathway/plan");

        assertThat(plan).contains("data-testid=\"pathway-sections\"").contains("id=\"action-form\"")
                .doesNotContain("id=\"delivery-form\"").doesNotContain("id=\"did-form\"")
                .doesNotContain("data-testid=\"timeline\"");
        assertThat(plan).containsPattern("id=\"section-link-plan\"[^>]*aria-current=\"page\"");
        assertThat(plan).containsPattern("<input type=\"hidden\" name=\"returnTo\" value=\"plan\"");
        String whole = page("/persons/" + person + "/pathway");
        assertThat(whole).contains("id=\"action-form\"").contains("id=\"delivery-form\"")
                .contains("data-testid=\"timeline\"").doesNotContain("name=\"returnTo\"");
        mvc.perform(get("/persons/" + person + "/pathway/nowhere").with(CPI_TORINO))
                .andExpect(status().isNotFound());
        // the Anagrafica keeps the same navigation, itself marked
        String identity = page("/persons/" + person);
        assertThat(identity).contains("data-testid=\"pathway-sections\"")
                .containsPattern("id=\"section-link-person\"[^>]*aria-current=\"page\"")
                .contains("id=\"section-link-timeline\"");
        assertThat(whole).containsPattern("id=\"section-link-all\"[^>]*aria-current=\"page\"");
    }

    @Test
    void a_form_posted_from_a_section_comes_back_to_it_and_from_the_whole_pathway_to_its_anchor() throws Exception {
        String person = api.withSignedPlan(bologna, false);

        mvc.perform(post("/persons/" + person + "/pathway/actions").with(CPI_TORINO).with(csrf())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("returnTo", "plan")
                        .param("service", "A5").param("description", "Laboratorio di ricerca attiva"))
                .andExpect(redirectedUrl("/persons/" + person + "/pathway/plan"));
        mvc.perform(post("/persons/" + person + "/pathway/actions").with(CPI_TORINO).with(csrf())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("service", "A5").param("description", "Secondo laboratorio"))
                .andExpect(redirectedUrl("/persons/" + person + "/pathway#plan"));
    }

    @Test
    void a_refusal_from_a_section_shows_that_section_with_the_error_summary_at_the_top_of_its_form()
            throws Exception {
        String person = api.person(CPI_TORINO);

        String html = mvc.perform(post("/persons/" + person + "/pathway/deliveries").with(CPI_TORINO).with(csrf())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("returnTo", "deliveries")
                        .param("service", "A4").param("mode", "INDIVIDUAL").param("date", today().toString())
                        .param("minutes", "120").param("meetings", "2").param("siteId", bologna))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).containsPattern("id=\"delivery-violations\"[^>]*tabindex=\"-1\"[^>]*data-error-summary");
        assertThat(html.indexOf("id=\"delivery-violations\"")).isLessThan(html.indexOf("id=\"delivery-form\""));
        assertThat(html).containsPattern("id=\"section-link-deliveries\"[^>]*aria-current=\"page\"")
                .doesNotContain("id=\"did-form\"").contains("/js/error-summary.js");
        assertThat(html).containsPattern("class=\"field-error\" id=\"delivery-service-error\"[^>]*data-summary-title=");
    }

    @Test
    void the_form_of_a3_brings_the_plan_fields_and_nothing_of_the_other_services() throws Exception {
        String person = api.withSignedPact(bologna);

        String parts = mvc.perform(get("/persons/" + person + "/pathway/deliveries/form").with(CPI_TORINO)
                        .header("HX-Request", "true").param("service", "A3").param("mode", "GROUP")
                        .param("date", today().toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(parts).contains("id=\"delivery-plan-outcome\"").contains("id=\"delivery-action-description\"")
                .doesNotContain("id=\"delivery-pact-outcome\"").doesNotContain("id=\"delivery-meeting-list\"")
                .doesNotContain("id=\"delivery-group-reason\"").doesNotContain("id=\"delivery-interview\"")
                .doesNotContain("id=\"delivery-referral\"");
        // A.3 is individual only: the mode select sent out of band offers that alone, chosen
        assertThat(parts).containsPattern("id=\"delivery-mode-wrapper\"[^>]*hx-swap-oob=\"true\"")
                .containsPattern("<option value=\"INDIVIDUAL\"\\s+selected=\"selected\"")
                .doesNotContain("<option value=\"GROUP\"");
    }

    @Test
    void the_form_of_a4_brings_its_meetings_and_the_specific_need_and_a6_its_outputs() throws Exception {
        String person = api.withSignedPlan(bologna, true);

        String a4 = mvc.perform(get("/persons/" + person + "/pathway/deliveries/form").with(CPI_TORINO)
                        .header("HX-Request", "true").param("service", "A4"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String a6 = mvc.perform(get("/persons/" + person + "/pathway/deliveries/form").with(CPI_TORINO)
                        .header("HX-Request", "true").param("service", "A6"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(a4).contains("id=\"delivery-meeting-list\"").contains("data-testid=\"delivery-specific-need-recorded\"")
                .contains("Chiarire l&#39;obiettivo professionale").contains("id=\"delivery-action-id\"")
                .doesNotContain("id=\"delivery-plan-outcome\"").doesNotContain("id=\"delivery-interview\"");
        assertThat(a6).contains("id=\"delivery-interview\"").contains("id=\"delivery-placement\"")
                .doesNotContain("data-testid=\"delivery-specific-need-recorded\"")
                .doesNotContain("id=\"delivery-pact-outcome\"");
    }

    @Test
    void without_javascript_continue_shows_the_form_of_the_chosen_service_and_none_before_a_choice()
            throws Exception {
        String person = api.withSignedPact(bologna);

        String before = page("/persons/" + person + "/pathway/deliveries");
        String chosen = mvc.perform(post("/persons/" + person + "/pathway/deliveries/form").with(CPI_TORINO)
                        .with(csrf()).contentType(MediaType.APPLICATION_FORM_URLENCODED).param("returnTo", "deliveries")
                        .param("service", "A3").param("date", today().toString()).param("notes", "Primo colloquio"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(before).contains("id=\"delivery-parts-hint\"").doesNotContain("id=\"delivery-pact-outcome\"")
                .doesNotContain("id=\"delivery-plan-outcome\"").contains("id=\"delivery-choose-service\"");
        assertThat(chosen).containsPattern("<option value=\"A3\"\\s+selected=\"selected\"")
                .contains("id=\"delivery-plan-outcome\"").doesNotContain("id=\"delivery-pact-outcome\"")
                .containsPattern("<textarea[^>]*id=\"delivery-notes\"[^>]*>Primo colloquio</textarea>")
                .doesNotContain("id=\"delivery-violations\"");
    }

    @Test
    void the_pact_section_shows_every_term_the_printed_pact_carries() throws Exception {
        String person = api.withSignedPact(bologna);

        String pact = page("/persons/" + person + "/pathway/pact");

        assertThat(pact).contains("Laura Verdi").contains("Ogni 30 giorni").contains("Tre candidature al mese")
                .contains("Entro 60 giorni")
                .containsPattern("data-testid=\"pact-training-availability\"\\s*>Sì<");
    }

    @Test
    void the_did_says_its_state_once_and_the_day_it_was_made() throws Exception {
        String person = api.person(CPI_TORINO);
        mvc.perform(post("/persons/" + person + "/pathway/did").with(CPI_TORINO).with(csrf())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("returnTo", "did")
                        .param("declaredOn", today().toString()).param("channel", "CPI_COUNTER"))
                .andExpect(redirectedUrl("/persons/" + person + "/pathway/did"));

        String did = page("/persons/" + person + "/pathway/did");

        assertThat(did).doesNotContainIgnoringCase("dichiarata dichiarata").contains("DID resa il");
    }

    @Test
    void the_timeline_names_each_service_by_its_code_and_name() throws Exception {
        String person = api.person(CPI_TORINO);
        api.deliver(CPI_TORINO, person, delivery("A2", "INDIVIDUAL", today(), 30, bologna, PACT_SIGNED))
                .andExpect(status().isCreated());

        String timeline = page("/persons/" + person + "/pathway/timeline");

        assertThat(timeline).containsPattern("data-testid=\"timeline-service\"\\s*>A\\.2 ")
                .doesNotContain("??");
    }
}
