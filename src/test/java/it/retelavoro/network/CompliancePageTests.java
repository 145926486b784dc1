package it.retelavoro.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import it.retelavoro.monitoring.MonitoringScenario;
import it.retelavoro.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Issue 14, point 4: the compliance page's wording and its tables reachable by keyboard. */
@IntegrationTest
class CompliancePageTests {

    private static final Pattern SCROLLING = Pattern.compile("<div class=\"table-responsive\"[^>]*>");

    @Autowired
    MockMvc mvc;

    @Test
    void a_single_site_is_counted_in_the_singular() throws Exception {
        String organisation = JsonPath.read(mvc.perform(post("/api/v1/organisations")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name": "Agenzia Una Sede %s", "kind": "ACCREDITED_AGENCY", "fiscalCode": "%s"}"""
                                .formatted(UUID.randomUUID().toString().substring(0, 8),
                                        MonitoringScenario.vatNumber()))
                        .with(httpBasic("admin", "demo"))).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(), "$.id");
        mvc.perform(post("/api/v1/organisations/" + organisation + "/sites").contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"name": "Sede unica", "comune": "L219", "features": []}""")
                .with(httpBasic("admin", "demo"))).andExpect(status().isCreated());

        assertThat(page(organisation)).contains("0 su 1 sede<").doesNotContain("su 1 sedi");
        assertThat(page(organisationId("CPI Torino"))).containsPattern(" su [2-9] sedi<");
    }

    @Test
    void every_scrolling_table_is_a_region_the_keyboard_reaches() throws Exception {
        Matcher wrappers = SCROLLING.matcher(page(organisationId("CPI Torino")));
        int found = 0;
        while (wrappers.find()) {
            found++;
            assertThat(wrappers.group()).contains("tabindex=\"0\"").contains("role=\"region\"")
                    .contains("aria-label=\"");
        }
        assertThat(found).isGreaterThanOrEqualTo(3);
    }

    private String page(String organisationId) throws Exception {
        return mvc.perform(get("/compliance").param("organisationId", organisationId)
                        .with(httpBasic("regione", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private String organisationId(String name) throws Exception {
        String body = mvc.perform(get("/api/v1/organisations").with(httpBasic("admin", "demo")))
                .andReturn().getResponse().getContentAsString();
        List<String> ids = JsonPath.read(body, "$[?(@.name == '" + name + "')].id");
        return ids.get(0);
    }
}
