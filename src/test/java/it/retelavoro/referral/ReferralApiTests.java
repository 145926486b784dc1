package it.retelavoro.referral;

import static it.retelavoro.monitoring.MonitoringScenario.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import it.retelavoro.monitoring.MonitoringScenario;
import it.retelavoro.monitoring.MonitoringScenario.Organisation;
import it.retelavoro.referral.ReferralEvents.CandidateReferred;
import it.retelavoro.referral.ReferralEvents.ReferralOutcomeRecorded;
import it.retelavoro.support.IntegrationTest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@IntegrationTest
class ReferralApiTests {

    @Autowired
    MockMvc mvc;

    MonitoringScenario scenario;
    Organisation personSide;
    Organisation vacancySide;
    String person;
    String vacancy;

    @BeforeEach
    void aPersonReadyForMatchingAndACompanyWithAPact() throws Exception {
        scenario = new MonitoringScenario(mvc);
        personSide = scenario.organisation();
        vacancySide = scenario.organisation();
        person = scenario.person(personSide);
        scenario.pact(personSide, person, today());
        scenario.plan(personSide, person, today(), true);
        String company = scenario.company(vacancySide);
        scenario.b2(vacancySide, company, today());
        vacancy = scenario.vacancy(vacancySide, company);
    }

    ResultActions refer(String vacancyId, String personId, RequestPostProcessor who) throws Exception {
        return mvc.perform(post("/api/v1/vacancies/" + vacancyId + "/referrals").contentType(MediaType.APPLICATION_JSON)
                .content("{\"personId\": \"%s\", \"date\": \"%s\", \"minutes\": 120}".formatted(personId, today()))
                .with(who));
    }

    ResultActions outcome(String referral, String body, RequestPostProcessor who) throws Exception {
        return mvc.perform(post("/api/v1/referrals/" + referral + "/outcome").contentType(MediaType.APPLICATION_JSON)
                .content(body).with(who));
    }

    @Test
    void refers_a_person_across_organisations_and_follows_the_company_feedback_up_to_the_hire() throws Exception {
        String referral = JsonPath.read(refer(vacancy, person, personSide.operator())
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("SENT"))
                .andExpect(jsonPath("$.personOrganisationId").value(personSide.id()))
                .andExpect(jsonPath("$.vacancyOrganisationId").value(vacancySide.id()))
                .andReturn().getResponse().getContentAsString(), "$.id");

        mvc.perform(get("/api/v1/referrals/" + referral).with(vacancySide.operator())).andExpect(status().isOk());
        mvc.perform(get("/api/v1/referrals/" + referral).with(httpBasic("cpi.cuneo", "demo")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/vacancies/" + vacancy + "/referrals").with(vacancySide.operator()))
                .andExpect(jsonPath("$[*].id", contains(referral)))
                .andExpect(jsonPath("$[0].firstName").doesNotExist());
        mvc.perform(get("/api/v1/persons/" + person + "/referrals").with(personSide.operator()))
                .andExpect(jsonPath("$[*].id", contains(referral)));

        outcome(referral, "{\"status\": \"INTERVIEWED\", \"date\": \"%s\"}".formatted(today()), vacancySide.operator())
                .andExpect(status().isOk());
        outcome(referral, "{\"status\": \"SELECTED\", \"date\": \"%s\"}".formatted(today()), vacancySide.operator())
                .andExpect(status().isOk());
        outcome(referral, "{\"status\": \"HIRED\", \"date\": \"%s\"}".formatted(today()), vacancySide.operator())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("contractStart", "contractType")));
        outcome(referral, """
                {"status": "HIRED", "date": "%s", "contractStart": "%s", "contractType": "PERMANENT"}"""
                .formatted(today(), today()), vacancySide.operator())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("HIRED"))
                .andExpect(jsonPath("$.history[*].status", contains("SENT", "INTERVIEWED", "SELECTED", "HIRED")));
        outcome(referral, "{\"status\": \"REJECTED\", \"date\": \"%s\", \"reason\": \"x\"}".formatted(today()),
                vacancySide.operator()).andExpect(status().isConflict());

        mvc.perform(get("/api/v1/persons/" + person + "/action-plans").with(personSide.operator()))
                .andExpect(jsonPath("$[0].log[*].kind", org.hamcrest.Matchers.hasItem("PLACEMENT_RECORDED")));
        // Both events reach monitoring: 6.2 (referral sent) and 6.4 (hired) for the person's organisation,
        // 10.1 and 10.3 for the vacancy's owner.
        String period = "from=" + today() + "&to=" + today();
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(30);
        java.util.Map<String, Integer> personValues = java.util.Map.of();
        java.util.Map<String, Integer> vacancyValues = java.util.Map.of();
        while (java.time.Instant.now().isBefore(deadline)) {
            personValues = scenario.values(personSide.operator(), period);
            vacancyValues = scenario.values(vacancySide.operator(), period);
            if (personValues.get("6.4") == 1 && vacancyValues.get("10.3") == 1) {
                break;
            }
            Thread.sleep(100);
        }
        assertThat(personValues).containsEntry("6.2", 1).containsEntry("6.3", 1).containsEntry("6.4", 1)
                .containsEntry("10.1", 0);
        assertThat(vacancyValues).containsEntry("10.1", 1).containsEntry("10.2", 1).containsEntry("10.3", 1)
                .containsEntry("6.2", 0);
    }

    @Test
    void the_second_hire_fills_a_vacancy_with_two_positions() throws Exception {
        String second = scenario.person(personSide);
        scenario.pact(personSide, second, today());
        scenario.plan(personSide, second, today(), true);
        for (String candidate : List.of(person, second)) {
            String referral = JsonPath.read(refer(vacancy, candidate, personSide.operator())
                    .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
            outcome(referral, "{\"status\": \"SELECTED\", \"date\": \"%s\"}".formatted(today()), personSide.operator())
                    .andExpect(status().isOk());
            outcome(referral, """
                    {"status": "HIRED", "date": "%s", "contractStart": "%s", "contractType": "FIXED_TERM"}"""
                    .formatted(today(), today()), personSide.operator()).andExpect(status().isOk());
        }
        mvc.perform(get("/api/v1/vacancies/" + vacancy).with(vacancySide.operator()))
                .andExpect(jsonPath("$.state").value("FILLED"));
    }

    @Test
    void refuses_a_person_without_guidance_and_a_company_without_a_pact_with_the_missing_rules() throws Exception {
        String unprepared = scenario.person(personSide);
        scenario.pact(personSide, unprepared, today());
        refer(vacancy, unprepared, personSide.operator())
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.violations[*].code", contains("ACCESS_RULE")))
                .andExpect(jsonPath("$.violations[0].message").value(org.hamcrest.Matchers.containsString("A.3")));

        String companyWithoutPact = scenario.company(vacancySide);
        String otherVacancy = scenario.vacancy(vacancySide, companyWithoutPact);
        refer(otherVacancy, person, personSide.operator())
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.violations[0].source.field").value("B4.modalitaAccesso"));
    }

    @Test
    void only_the_organisation_with_the_person_in_charge_refers_them() throws Exception {
        refer(vacancy, person, vacancySide.operator()).andExpect(status().isForbidden());
        refer(vacancy, person, httpBasic("regione", "demo")).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/vacancies/" + vacancy + "/referrals").with(personSide.operator()))
                .andExpect(status().isForbidden());
    }

    /**
     * Repertorio, A.6 "OUTPUT: Invio a colloqui di lavoro" and B.4 "OUTPUT: Invio di lavoratori per colloqui di
     * selezione" (issue 13, point 6): a referral belongs to an A6 of the person and a B4 of the company, so that
     * 6.2 never exceeds 6.1 and 10.1 is counted within B4.
     */
    @Test
    void a_referral_registers_the_persons_a6_in_back_office_and_the_companys_b4_and_a_second_one_joins_them()
            throws Exception {
        String body = refer(vacancy, person, personSide.operator()).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        String a6 = JsonPath.read(body, "$.personDeliveryId");
        String b4 = JsonPath.read(body, "$.companyDeliveryId");
        mvc.perform(get("/api/v1/persons/" + person + "/deliveries").with(personSide.operator()))
                .andExpect(jsonPath("$[?(@.service == 'A6')].id", contains(a6)))
                .andExpect(jsonPath("$[?(@.service == 'A6')].mode", contains("BACK_OFFICE")))
                .andExpect(jsonPath("$[?(@.service == 'A6')].minutes", contains(120)))
                .andExpect(jsonPath("$[?(@.service == 'A6')].outputs[*]",
                        org.hamcrest.Matchers.hasItem("INTERVIEW_REFERRAL")));
        // The company is served by the vacancy's organisation: its B4 is registered there, by the operator who
        // registered the company's Patto, for the vacancy.
        String company = JsonPath.read(mvc.perform(get("/api/v1/vacancies/" + vacancy).with(vacancySide.operator()))
                .andReturn().getResponse().getContentAsString(), "$.employerId");
        mvc.perform(get("/api/v1/employers/" + company + "/deliveries").with(vacancySide.operator()))
                .andExpect(jsonPath("$[?(@.service == 'B4')].id", contains(b4)))
                .andExpect(jsonPath("$[?(@.service == 'B4')].vacancyId", contains(vacancy)))
                .andExpect(jsonPath("$[?(@.service == 'B4')].outputs[*]", contains("INTERVIEW_REFERRAL")));

        // A second vacancy of the same company the same day: the person's A6 of the day is joined (no minutes
        // needed), the company gets the B4 of that vacancy.
        String second = scenario.vacancy(vacancySide, company);
        String again = mvc.perform(post("/api/v1/vacancies/" + second + "/referrals")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"personId\": \"%s\", \"date\": \"%s\"}".formatted(person, today()))
                        .with(personSide.operator()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(again, "$.personDeliveryId")).isEqualTo(a6);
        assertThat((String) JsonPath.read(again, "$.companyDeliveryId")).isNotEqualTo(b4);
        mvc.perform(get("/api/v1/persons/" + person + "/deliveries").with(personSide.operator()))
                .andExpect(jsonPath("$[?(@.service == 'A6')]", org.hamcrest.Matchers.hasSize(1)));

        String period = "from=" + today() + "&to=" + today();
        java.util.Map<String, Integer> values = scenario.values(personSide.operator(), period);
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(30);
        while (values.get("6.2") < 1 && java.time.Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            values = scenario.values(personSide.operator(), period);
        }
        assertThat(values.get("6.2")).isEqualTo(1);
        assertThat(values.get("6.1")).isGreaterThanOrEqualTo(values.get("6.2"));
    }

    /** Repertorio, A.6 "MODALITÀ E DURATA: Parte in presenza ... e parte in back office: minimo 2 ore". */
    @Test
    void refuses_a_referral_whose_back_office_a6_is_shorter_than_the_minimum_with_the_engines_violation()
            throws Exception {
        mvc.perform(post("/api/v1/vacancies/" + vacancy + "/referrals").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"personId\": \"%s\", \"date\": \"%s\", \"minutes\": 45}"
                                .formatted(person, today()))
                        .with(personSide.operator()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.violations[*].code", contains("MIN_DURATION")))
                .andExpect(jsonPath("$.violations[0].field").value("minutes"))
                .andExpect(jsonPath("$.violations[0].source.service").value("A6"))
                .andExpect(jsonPath("$.violations[0].source.field").value("modalitaDurata"));
        mvc.perform(get("/api/v1/persons/" + person + "/referrals").with(personSide.operator()))
                .andExpect(jsonPath("$", org.hamcrest.Matchers.hasSize(0)));
        mvc.perform(get("/api/v1/persons/" + person + "/deliveries").with(personSide.operator()))
                .andExpect(jsonPath("$[?(@.service == 'A6')]", org.hamcrest.Matchers.hasSize(0)));
    }
}
