package it.retelavoro.monitoring;

import static it.retelavoro.monitoring.MonitoringScenario.ANALYST;
import static it.retelavoro.monitoring.MonitoringScenario.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import it.retelavoro.monitoring.MonitoringScenario.Organisation;
import it.retelavoro.support.IntegrationTest;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Indicator 4.1 (persons who received A.4) counts an A.4 registered meeting by meeting only once complete: the
 * first meeting opens it, the second of at least an hour completes it ("Incontri individuali (almeno 2): durata
 * minima 1 ora"), and it is counted on the day of that meeting (issue 13, point 1).
 */
@IntegrationTest
class MeetingByMeetingIndicatorTests {

    @Autowired
    MockMvc mvc;

    @Test
    void an_open_counselling_is_not_in_4_1_and_counts_once_its_second_meeting_completes_it() throws Exception {
        MonitoringScenario scenario = new MonitoringScenario(mvc);
        Organisation agency = scenario.organisation();
        String person = scenario.person(agency);
        LocalDate first = today().minusDays(3);
        scenario.pact(agency, person, first.minusDays(2));
        scenario.plan(agency, person, first.minusDays(1), true);
        String opened = mvc.perform(post("/api/v1/persons/" + person + "/deliveries")
                        .contentType(MediaType.APPLICATION_JSON).with(agency.operator()).content("""
                                {"service": "A4", "mode": "INDIVIDUAL", "siteId": "%s", "inProgress": true,
                                 "meetings": [{"date": "%s", "minutes": 60}]}""".formatted(agency.siteId(), first)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.inProgress").value(true))
                .andReturn().getResponse().getContentAsString();
        String query = "from=" + first.minusDays(5) + "&to=" + today() + "&organisationId=" + agency.id();

        // 3.2 (the PAI, registered before the open A.4) shows the listeners have caught up with what came before.
        assertThat(valueWhenEqual(scenario, query, "3.2", 1)).isEqualTo(1);
        assertThat(scenario.values(ANALYST, query)).containsEntry("4.1", 0);

        mvc.perform(post("/api/v1/deliveries/" + JsonPath.read(opened, "$.id") + "/meetings")
                        .contentType(MediaType.APPLICATION_JSON).with(agency.operator())
                        .content("{\"date\": \"%s\", \"minutes\": 60}".formatted(today())))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.inProgress").value(false));

        assertThat(valueWhenEqual(scenario, query, "4.1", 1)).isEqualTo(1);
        assertThat(valueWhenEqual(scenario, "from=" + first.minusDays(5) + "&to=" + today().minusDays(1)
                + "&organisationId=" + agency.id(), "4.1", 0))
                .as("counted on the day of the completing meeting, not of the first").isZero();
    }

    private static int valueWhenEqual(MonitoringScenario scenario, String query, String code, int expected)
            throws Exception {
        long deadline = System.nanoTime() + 30_000_000_000L;
        int value = scenario.values(ANALYST, query).get(code);
        while (value != expected && System.nanoTime() < deadline) {
            Thread.sleep(100);
            value = scenario.values(ANALYST, query).get(code);
        }
        return value;
    }
}
