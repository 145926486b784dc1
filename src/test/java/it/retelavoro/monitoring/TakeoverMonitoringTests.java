package it.retelavoro.monitoring;

import static it.retelavoro.monitoring.MonitoringScenario.ANALYST;
import static it.retelavoro.monitoring.MonitoringScenario.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.retelavoro.support.IntegrationTest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A taking over on the person's choice (issue 13, point 5) as monitoring sees it: the person moves to the chosen
 * organisation, and what each organisation delivered stays counted for it.
 */
@IntegrationTest
class TakeoverMonitoringTests {

    static final String A1 = "\"outputs\": {\"referral\": \"Accoglienza A2\"}";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void each_organisation_keeps_what_it_delivered_and_the_person_moves_to_the_chosen_one() throws Exception {
        MonitoringScenario scenario = new MonitoringScenario(mvc);
        MonitoringScenario.Organisation before = scenario.organisation();
        MonitoringScenario.Organisation chosen = scenario.organisation();
        String person = scenario.person(before);
        scenario.deliver(before, person, "A1", today().minusDays(1), 15, A1);
        mvc.perform(post("/api/v1/persons/" + person + "/takeover").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"choiceDate\": \"" + today() + "\", \"documentReference\": \"Scelta 1\"}")
                        .with(chosen.operator()))
                .andExpect(status().isOk());
        scenario.deliver(chosen, person, "A1", today(), 15, A1);

        String period = "from=" + today().minusDays(1) + "&to=" + today();
        for (MonitoringScenario.Organisation organisation : new MonitoringScenario.Organisation[] {before, chosen}) {
            Map<String, Integer> expected = new LinkedHashMap<>(scenario.values(ANALYST, period + "&organisationId="
                    + organisation.id()));
            expected.replaceAll((code, value) -> "1.1".equals(code) ? 1 : 0);
            assertThat(scenario.valuesWhenEqual(ANALYST, period + "&organisationId=" + organisation.id(), expected))
                    .containsExactlyEntriesOf(expected);
        }
        long deadline = System.nanoTime() + 30_000_000_000L;
        String now = null;
        while (!chosen.id().equals(now) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            now = jdbc.sql("select organisation_id::text from monitoring_person where person_id = :id")
                    .param("id", UUID.fromString(person)).query(String.class).optional().orElse(null);
        }
        assertThat(now).isEqualTo(chosen.id());
    }
}
