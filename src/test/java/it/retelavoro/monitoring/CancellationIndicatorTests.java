package it.retelavoro.monitoring;

import static it.retelavoro.monitoring.MonitoringScenario.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import it.retelavoro.monitoring.MonitoringScenario.Organisation;
import it.retelavoro.support.IntegrationTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A cancellation changes the indicators of its period, through the indicator API: the facts of the cancelled
 * act are reversed (issue 13), for the person's side and the company's side alike.
 */
@IntegrationTest
class CancellationIndicatorTests {

    static final String REASON = "{\"reason\": \"Registrata per errore\"}";

    @Autowired
    MockMvc mvc;

    MonitoringScenario scenario;
    Organisation organisation;
    String period;

    @BeforeEach
    void anOrganisationOfItsOwn() throws Exception {
        scenario = new MonitoringScenario(mvc);
        organisation = scenario.organisation();
        period = "from=" + today() + "&to=" + today() + "&organisationId=" + organisation.id();
    }

    ResultActions cancel(String path) throws Exception {
        return mvc.perform(post("/api/v1/" + path + "/cancellation").contentType(MediaType.APPLICATION_JSON)
                .content(REASON).with(organisation.operator()));
    }

    Map<String, Integer> expecting(Map<String, Integer> before, Map<String, Integer> changes) {
        Map<String, Integer> expected = new HashMap<>(before);
        expected.putAll(changes);
        return expected;
    }

    @Test
    void cancelling_an_a2_with_its_pact_takes_the_person_out_of_2_1_and_2_2() throws Exception {
        String person = scenario.person(organisation);
        Map<String, Integer> none = scenario.values(organisation.operator(), period);
        scenario.pact(organisation, person, today());
        Map<String, Integer> counted = scenario.valuesWhenEqual(organisation.operator(), period,
                expecting(none, Map.of("2.1", 1, "2.2", 1)));
        assertThat(counted).containsEntry("2.1", 1).containsEntry("2.2", 1);
        List<String> a2 = JsonPath.read(mvc.perform(get("/api/v1/persons/" + person + "/deliveries")
                .with(organisation.operator())).andReturn().getResponse().getContentAsString(), "$[*].id");

        cancel("deliveries/" + a2.get(0)).andExpect(status().isOk());

        Map<String, Integer> after = scenario.valuesWhenEqual(organisation.operator(), period,
                expecting(counted, Map.of("2.1", 0, "2.2", 0)));
        assertThat(after).containsEntry("2.1", 0).containsEntry("2.2", 0);
    }

    @Test
    void a_b2_a_b3_depends_on_is_refused_then_cancelling_both_takes_the_company_out_of_8_1_8_2_and_9_1()
            throws Exception {
        String company = scenario.company(organisation);
        Map<String, Integer> none = scenario.values(organisation.operator(), period);
        scenario.b2(organisation, company, today());
        scenario.b3(organisation, company, today());
        Map<String, Integer> counted = scenario.valuesWhenEqual(organisation.operator(), period,
                expecting(none, Map.of("8.1", 1, "8.2", 1, "9.1", 1)));
        assertThat(counted).containsEntry("8.1", 1).containsEntry("8.2", 1).containsEntry("9.1", 1);
        String deliveries = mvc.perform(get("/api/v1/employers/" + company + "/deliveries")
                .with(organisation.operator())).andReturn().getResponse().getContentAsString();
        String b2 = JsonPath.<List<String>>read(deliveries, "$[?(@.service == 'B2')].id").get(0);
        String b3 = JsonPath.<List<String>>read(deliveries, "$[?(@.service == 'B3')].id").get(0);

        cancel("employer-deliveries/" + b2).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.violations[0].code").value("CANCELLATION_DEPENDENT_ACT"))
                .andExpect(jsonPath("$.violations[0].message").value(containsString(b3)));
        cancel("employer-deliveries/" + b3).andExpect(status().isOk())
                .andExpect(jsonPath("$.cancelled").value(true));
        cancel("employer-deliveries/" + b2).andExpect(status().isOk())
                .andExpect(jsonPath("$.cancellation.reason").value("Registrata per errore"));

        Map<String, Integer> after = scenario.valuesWhenEqual(organisation.operator(), period,
                expecting(counted, Map.of("8.1", 0, "8.2", 0, "9.1", 0)));
        assertThat(after).containsEntry("8.1", 0).containsEntry("8.2", 0).containsEntry("9.1", 0);
        // the company may sign a Patto again: the cancelled one is no longer signed
        scenario.b2(organisation, company, today());
    }
}
