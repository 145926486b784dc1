package it.retelavoro.monitoring;

import static it.retelavoro.monitoring.MonitoringScenario.ANALYST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import it.retelavoro.monitoring.MonitoringScenario.Organisation;
import it.retelavoro.support.IntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The breakdown by complex target (special-category data): counted per target from what the person module
 * reports, a person with two targets under both, offered only to the roles that see the whole region.
 */
@IntegrationTest
class ComplexTargetBreakdownTests {

    static final RequestPostProcessor TORINO = httpBasic("cpi.torino", "demo");

    @Autowired
    MockMvc mvc;

    @Test
    void analysts_see_the_indicators_by_complex_target_and_operators_are_refused() throws Exception {
        MonitoringScenario scenario = new MonitoringScenario(mvc);
        String organisation = JsonPath.read(mvc.perform(get("/api/v1/me").with(TORINO))
                .andReturn().getResponse().getContentAsString(), "$.organisation.id");
        List<String> sites = JsonPath.read(mvc.perform(get("/api/v1/organisations/" + organisation + "/sites")
                .with(TORINO)).andReturn().getResponse().getContentAsString(),
                "$[?(@.name == 'CPI Torino - Sede di via Bologna')].id");
        Organisation torino = new Organisation(organisation, sites.get(0), TORINO);
        // A day of its own in the past, within the 60 days a delivery may be back-dated (backdatedRegistrationDays,
        // issue 13), on which CPI Torino has no A.1 yet: the demo history seeded for the demo network has A.1 on
        // some days (to anonymous visitors too, counted without a target), which days depends on today's date.
        LocalDate day = null;
        int first = ThreadLocalRandom.current().nextInt(9);
        for (int i = 0; i < 9 && day == null; i++) {
            LocalDate candidate = MonitoringScenario.today().minusDays(51 + (first + i) % 9);
            if (a11ByTarget("/api/v1/indicators?from=" + candidate + "&to=" + candidate + "&organisationId="
                    + organisation + "&groupBy=complexTarget").isEmpty()) {
                day = candidate;
            }
        }
        assertThat(day).as("a day 51 to 59 days ago without A.1 at CPI Torino").isNotNull();

        // Five persons with a disability, one of them also an immigrant, and one with no complex target.
        List<String> disabled = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            disabled.add(scenario.person(torino));
        }
        String none = scenario.person(torino);
        for (int i = 0; i < 4; i++) {
            targets(disabled.get(i), "[\"DISABLED\"]");
        }
        targets(disabled.get(4), "[\"DISABLED\", \"IMMIGRANT\"]");
        for (String person : java.util.stream.Stream.concat(disabled.stream(), java.util.stream.Stream.of(none))
                .toList()) {
            scenario.deliver(torino, person, "A1", day, 15, "\"outputs\": {\"referral\": \"Accoglienza A2\"}");
        }

        String query = "/api/v1/indicators?from=" + day + "&to=" + day + "&organisationId=" + organisation
                + "&groupBy=complexTarget";
        // A person counts under each target; counts from 1 to 4 are suppressed, so nobody can be singled out.
        Map<String, String> expected = Map.of("DISABLED", "5", "IMMIGRANT", "suppressed", "NONE", "suppressed");
        Map<String, String> byTarget = Map.of();
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!byTarget.equals(expected) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            byTarget = a11ByTarget(query);
        }
        assertThat(byTarget).isEqualTo(expected);

        // Operators may see single persons' targets only with the competence: no aggregate breakdown at all.
        mvc.perform(get(query).with(TORINO)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/indicators.csv?from=" + day + "&to=" + day + "&groupBy=complexTarget").with(TORINO))
                .andExpect(status().isForbidden());
        String page = mvc.perform(get("/monitoring?from=" + day + "&to=" + day + "&groupBy=complexTarget")
                .with(TORINO)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("value=\"complexTarget\"").doesNotContain("Persone con disabilità");
        String analystPage = mvc.perform(get("/monitoring?from=" + day + "&to=" + day + "&organisationId="
                + organisation + "&groupBy=complexTarget").with(ANALYST))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(analystPage).contains("value=\"complexTarget\"").contains("Persone con disabilità")
                .contains("meno di 5");

        // The records behind a special-category breakdown are never listed, whoever asks, and say why.
        String records = "/api/v1/indicators/1.1/records?from=" + day + "&to=" + day + "&organisationId="
                + organisation;
        for (String breakdown : List.of("&groupBy=complexTarget", "&complexTarget=DISABLED",
                "&groupBy=sex,complexTarget")) {
            mvc.perform(get(records + breakdown).with(ANALYST)).andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.type").value("https://retelavoro.it/problems/special-category-records"))
                    .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("categorie particolari")));
            mvc.perform(get(records.replace("/records?", "/records.csv?")
                    + breakdown).with(ANALYST)).andExpect(status().isForbidden());
        }
        mvc.perform(get("/monitoring/indicators/1.1/records?from=" + day + "&to=" + day + "&organisationId="
                + organisation + "&groupBy=complexTarget").with(ANALYST)).andExpect(status().isForbidden());
        mvc.perform(get(records).with(ANALYST)).andExpect(status().isOk());
    }

    @Test
    void an_operator_asking_for_another_organisations_indicators_is_refused() throws Exception {
        String own = JsonPath.read(mvc.perform(get("/api/v1/me").with(TORINO))
                .andReturn().getResponse().getContentAsString(), "$.organisation.id");
        String other = JsonPath.read(mvc.perform(get("/api/v1/me").with(httpBasic("cpi.cuneo", "demo")))
                .andReturn().getResponse().getContentAsString(), "$.organisation.id");
        String period = "from=2025-01-01&to=2025-12-31";
        mvc.perform(get("/api/v1/indicators?" + period + "&organisationId=" + other).with(TORINO))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/indicators?" + period + "&organisationId=" + other + "&groupBy=sex").with(TORINO))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/indicators/2.2/records?" + period + "&organisationId=" + other).with(TORINO))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/indicators?" + period + "&organisationId=" + own).with(TORINO))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/indicators?" + period + "&organisationId=" + other).with(ANALYST))
                .andExpect(status().isOk());
    }

    private void targets(String person, String targets) throws Exception {
        mvc.perform(put("/api/v1/persons/" + person + "/complex-targets").contentType(MediaType.APPLICATION_JSON)
                .content("{\"targets\": " + targets + "}").with(TORINO)).andExpect(status().isOk());
    }

    private Map<String, String> a11ByTarget(String query) throws Exception {
        String json = mvc.perform(get(query).with(ANALYST)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        List<Map<String, Object>> groups = JsonPath.read(json, "$.groups[?(@.code == '1.1')]");
        Map<String, String> values = new java.util.HashMap<>();
        groups.forEach(group -> values.put(String.valueOf(((Map<?, ?>) group.get("group")).get("complexTarget")),
                Boolean.TRUE.equals(group.get("suppressed")) && group.get("value") == null ? "suppressed"
                        : String.valueOf(group.get("value"))));
        return values;
    }
}
