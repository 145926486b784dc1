package it.retelavoro.referral;

import static it.retelavoro.monitoring.MonitoringScenario.today;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import it.retelavoro.monitoring.MonitoringScenario;
import it.retelavoro.monitoring.MonitoringScenario.Organisation;
import it.retelavoro.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Cancelling a referral's step registered by mistake: the last standing only, by who recorded it. */
@IntegrationTest
class ReferralCancellationApiTests {

    static final String REASON = "{\"reason\": \"Esito registrato sull'invio sbagliato\"}";

    @Autowired
    MockMvc mvc;

    Organisation personSide;
    Organisation vacancySide;
    String referral;

    @BeforeEach
    void aReferralInterviewed() throws Exception {
        MonitoringScenario scenario = new MonitoringScenario(mvc);
        personSide = scenario.organisation();
        vacancySide = scenario.organisation();
        String person = scenario.person(personSide);
        scenario.pact(personSide, person, today());
        scenario.plan(personSide, person, today(), true);
        String company = scenario.company(vacancySide);
        scenario.b2(vacancySide, company, today());
        String vacancy = scenario.vacancy(vacancySide, company);
        referral = JsonPath.read(mvc.perform(post("/api/v1/vacancies/" + vacancy + "/referrals")
                .contentType(MediaType.APPLICATION_JSON)
                // the referral registers the person's A6 of the day (issue 13), two hours of back office
                .content("{\"personId\": \"%s\", \"date\": \"%s\", \"minutes\": 120}".formatted(person, today()))
                .with(personSide.operator())).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString(), "$.id");
        mvc.perform(post("/api/v1/referrals/" + referral + "/outcome").contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\": \"INTERVIEWED\", \"date\": \"%s\"}".formatted(today()))
                .with(vacancySide.operator())).andExpect(status().isOk());
    }

    ResultActions cancel(int position, RequestPostProcessor who) throws Exception {
        return mvc.perform(post("/api/v1/referrals/" + referral + "/steps/" + position + "/cancellation")
                .contentType(MediaType.APPLICATION_JSON).content(REASON).with(who));
    }

    @Test
    void the_sending_is_refused_while_a_later_step_stands_then_each_is_cancelled_in_turn() throws Exception {
        cancel(0, personSide.operator()).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.violations[0].code").value("CANCELLATION_DEPENDENT_ACT"))
                .andExpect(jsonPath("$.violations[0].message").value(containsString(referral + "/steps/1")));
        cancel(1, personSide.operator()).andExpect(status().isForbidden());

        cancel(1, vacancySide.operator()).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SENT"))
                .andExpect(jsonPath("$.history[1].cancelled").value(true))
                .andExpect(jsonPath("$.history[1].cancellation.reason").value("Esito registrato sull'invio sbagliato"))
                .andExpect(jsonPath("$.cancelled").value(false));
        cancel(1, vacancySide.operator()).andExpect(status().isConflict());

        cancel(0, personSide.operator()).andExpect(status().isOk())
                .andExpect(jsonPath("$.cancelled").value(true))
                .andExpect(jsonPath("$.history[*].cancelled", contains(true, true)));
    }
}
