package it.retelavoro.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static it.retelavoro.monitoring.MonitoringScenario.today;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import it.retelavoro.monitoring.MonitoringScenario;
import it.retelavoro.monitoring.MonitoringScenario.Organisation;
import it.retelavoro.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
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

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

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
        // the day of the last step standing, kept on the referral for the desk, is the sending's again
        assertThat(jdbc.sql("select last_step_on = referred_on from referral where id = :id")
                .param("id", java.util.UUID.fromString(referral)).query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("""
                select count(*) from referral r where r.last_step_on is distinct from
                  (select max(s.occurred_on) from referral_step s where s.referral_id = r.id and s.cancellation_at is null)""")
                .query(Long.class).single()).isZero();

        cancel(0, personSide.operator()).andExpect(status().isOk())
                .andExpect(jsonPath("$.cancelled").value(true))
                .andExpect(jsonPath("$.history[*].cancelled", contains(true, true)));
    }

    @Test
    @DisplayName("A hire cancelled as registered by mistake opens again the vacancy it filled and the PAI's placement action")
    void a_cancelled_hire_opens_the_vacancy_and_the_placement_action_again() throws Exception {
        MonitoringScenario scenario = new MonitoringScenario(mvc);
        String person = scenario.person(personSide);
        scenario.pact(personSide, person, today());
        scenario.deliver(personSide, person, "A3", today(), 60, """
                "outputs": {"actionPlan": {"outcome": "SIGNED", "specificNeed": false,
                   "actions": [{"service": "A6", "description": "Incontro con le aziende", "dueOn": "%s"}]}}"""
                .formatted(today().plusMonths(2)));
        String company = scenario.company(vacancySide);
        scenario.b2(vacancySide, company, today());
        String vacancy = JsonPath.read(mvc.perform(post("/api/v1/employers/" + company + "/vacancies")
                .contentType(MediaType.APPLICATION_JSON).content("""
                {"title": "Magazziniere", "description": "Gestione del magazzino", "occupation": "2.1.1.4.1",
                 "positions": 1, "comune": "L219", "contractType": "PERMANENT", "hoursPerWeek": 40,
                 "published": true, "anonymous": false, "expiresOn": "%s"}""".formatted(today().plusMonths(2)))
                .with(vacancySide.operator())).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString(), "$.id");
        String hired = JsonPath.read(mvc.perform(post("/api/v1/vacancies/" + vacancy + "/referrals")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"personId\": \"%s\", \"date\": \"%s\", \"minutes\": 120}".formatted(person, today()))
                .with(personSide.operator())).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString(), "$.id");
        for (String outcome : new String[] {"{\"status\": \"INTERVIEWED\", \"date\": \"%1$s\"}",
                "{\"status\": \"SELECTED\", \"date\": \"%1$s\"}", """
                {"status": "HIRED", "date": "%1$s", "contractStart": "%1$s", "contractType": "PERMANENT"}"""}) {
            mvc.perform(post("/api/v1/referrals/" + hired + "/outcome").contentType(MediaType.APPLICATION_JSON)
                    .content(outcome.formatted(today())).with(vacancySide.operator())).andExpect(status().isOk());
        }
        mvc.perform(get("/api/v1/vacancies/" + vacancy).with(vacancySide.operator()))
                .andExpect(jsonPath("$.state").value("FILLED"));
        mvc.perform(get("/api/v1/persons/" + person + "/action-plans").with(personSide.operator()))
                .andExpect(jsonPath("$[0].actions[0].state").value("DONE"));

        mvc.perform(post("/api/v1/referrals/" + hired + "/steps/3/cancellation").contentType(MediaType.APPLICATION_JSON)
                .content(REASON).with(vacancySide.operator())).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SELECTED"));

        mvc.perform(get("/api/v1/vacancies/" + vacancy).with(vacancySide.operator()))
                .andExpect(jsonPath("$.state").value("OPEN"));
        mvc.perform(get("/api/v1/persons/" + person + "/action-plans").with(personSide.operator()))
                .andExpect(jsonPath("$[0].actions[0].state").value("IN_PROGRESS"))
                .andExpect(jsonPath("$[0].log[-1].kind").value("PLACEMENT_CANCELLED"))
                .andExpect(jsonPath("$[0].log[-1].state").value("IN_PROGRESS"))
                .andExpect(jsonPath("$[0].log[-2].kind").value("ACTION_STATE_CHANGED"));
    }
}
