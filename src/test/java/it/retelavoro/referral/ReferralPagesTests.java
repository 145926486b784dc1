package it.retelavoro.referral;

import static it.retelavoro.monitoring.MonitoringScenario.today;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
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

/**
 * The referral pages across two organisations: each sees the referral, only the person's organisation sees
 * who the candidate is, a third organisation sees nothing, and the company's Patto missing is said on the
 * page without saving anything.
 */
@IntegrationTest
class ReferralPagesTests {

    @Autowired
    MockMvc mvc;

    MonitoringScenario scenario;
    Organisation personSide;
    Organisation vacancySide;
    String person;
    String lastName;
    String fiscalCode;
    String company;

    @BeforeEach
    void aPersonReadyForMatchingAndACompanyOfAnotherOrganisation() throws Exception {
        scenario = new MonitoringScenario(mvc);
        personSide = scenario.organisation();
        vacancySide = scenario.organisation();
        person = scenario.person(personSide);
        scenario.pact(personSide, person, today());
        scenario.plan(personSide, person, today(), true);
        String json = mvc.perform(get("/api/v1/persons/" + person).with(personSide.operator()))
                .andReturn().getResponse().getContentAsString();
        lastName = JsonPath.read(json, "$.firstName") + " " + JsonPath.read(json, "$.lastName");
        fiscalCode = JsonPath.read(json, "$.fiscalCode");
        company = scenario.company(vacancySide);
    }

    private String referAcross(String vacancy) throws Exception {
        return JsonPath.read(mvc.perform(post("/api/v1/vacancies/" + vacancy + "/referrals")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"personId\": \"%s\", \"date\": \"%s\", \"minutes\": 120}"
                                .formatted(person, today()))
                        .with(personSide.operator()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
    }

    @Test
    void the_vacancy_owner_of_another_organisation_sees_the_referral_but_not_who_the_candidate_is() throws Exception {
        scenario.b2(vacancySide, company, today());
        String vacancy = scenario.vacancy(vacancySide, company);
        String referral = referAcross(vacancy);

        mvc.perform(get("/vacancies/" + vacancy + "/referrals").with(vacancySide.operator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Candidato inviato da Agenzia Monitoraggio")))
                .andExpect(content().string(not(containsString(lastName))))
                .andExpect(content().string(not(containsString(fiscalCode))));
        mvc.perform(get("/vacancies/" + vacancy + "/referrals/fragment").with(vacancySide.operator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Candidato inviato da")))
                .andExpect(content().string(not(containsString(lastName))));

        // The owner records the interview from its page; the person's organisation reads it on the pathway.
        mvc.perform(post("/vacancies/" + vacancy + "/referrals/" + referral + "/outcome")
                        .param("status", "INTERVIEWED").param("date", today().toString())
                        .param("reason", "Buon colloquio").with(vacancySide.operator()).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/vacancies/" + vacancy + "/referrals"));
        mvc.perform(get("/persons/" + person + "/referrals/fragment").with(personSide.operator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Colloquio svolto")));

        // A third organisation sees neither the vacancy's referrals nor the person's.
        Organisation third = scenario.organisation();
        mvc.perform(get("/vacancies/" + vacancy + "/referrals").with(third.operator()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/persons/" + person + "/referrals/fragment").with(third.operator()))
                .andExpect(status().isForbidden());
        // The person's organisation does not manage the company's vacancy.
        mvc.perform(get("/vacancies/" + vacancy + "/referrals").with(personSide.operator()))
                .andExpect(status().isForbidden());
    }

    @Test
    void a_referral_to_a_company_without_a_pact_is_refused_on_the_page_and_nothing_is_saved() throws Exception {
        // The vacancy's owner has the person in charge too, so it refers from its own page.
        String own = scenario.person(vacancySide);
        scenario.pact(vacancySide, own, today());
        scenario.plan(vacancySide, own, today(), true);
        String ownCode = JsonPath.read(mvc.perform(get("/api/v1/persons/" + own).with(vacancySide.operator()))
                .andReturn().getResponse().getContentAsString(), "$.fiscalCode");
        String vacancy = scenario.vacancy(vacancySide, company);

        mvc.perform(post("/vacancies/" + vacancy + "/referrals").param("fiscalCode", ownCode)
                        .param("date", today().toString()).with(vacancySide.operator()).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("L&#39;impresa non ha un Patto di Servizio")))
                .andExpect(content().string(containsString("Nessun invio a colloquio.")));
        mvc.perform(get("/api/v1/vacancies/" + vacancy + "/referrals").with(vacancySide.operator()))
                .andExpect(content().json("[]"));

        // A codice fiscale of a person of another organisation is not found among the caller's persons.
        scenario.b2(vacancySide, company, today());
        mvc.perform(post("/vacancies/" + vacancy + "/referrals").param("fiscalCode", fiscalCode)
                        .param("date", today().toString()).with(vacancySide.operator()).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nessuna persona in carico alla tua organizzazione")));
    }
}
