package it.retelavoro.pathway;

import static it.retelavoro.pathway.PathwayApi.AGENZIA_ALFA;
import static it.retelavoro.pathway.PathwayApi.ALFA;
import static it.retelavoro.pathway.PathwayApi.CPI_TORINO;
import static it.retelavoro.pathway.PathwayApi.MONCALIERI;
import static it.retelavoro.pathway.PathwayApi.PACT_REFUSED;
import static it.retelavoro.pathway.PathwayApi.PACT_SIGNED;
import static it.retelavoro.pathway.PathwayApi.VIA_BOLOGNA;
import static it.retelavoro.pathway.PathwayApi.delivery;
import static it.retelavoro.pathway.PathwayApi.plan;
import static it.retelavoro.pathway.PathwayApi.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.retelavoro.support.IntegrationTest;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Every rule of A1-A6 through the API, at its boundary, judged by the catalogue version of the day. */
@IntegrationTest
class DeliveryRulesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    PathwayApi api;
    String bologna;

    @BeforeEach
    void setUp() throws Exception {
        api = new PathwayApi(mvc);
        bologna = api.site(CPI_TORINO, VIA_BOLOGNA);
    }

    @Test
    void an_individual_a2_needs_thirty_minutes_and_records_the_pact() throws Exception {
        String person = api.person(CPI_TORINO);
        api.deliver(CPI_TORINO, person, delivery("A2", "INDIVIDUAL", today(), 29, bologna, PACT_SIGNED))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://retelavoro.it/problems/rule-violation"))
                .andExpect(jsonPath("$.violations", hasSize(1)))
                .andExpect(jsonPath("$.violations[0].code").value("MIN_DURATION"))
                .andExpect(jsonPath("$.violations[0].field").value("minutes"))
                .andExpect(jsonPath("$.violations[0].source.service").value("A2"))
                .andExpect(jsonPath("$.violations[0].source.catalogueVersion").value("piemonte-2012"));
        mvc.perform(get("/api/v1/persons/" + person + "/deliveries").with(CPI_TORINO))
                .andExpect(jsonPath("$", hasSize(0)));
        api.deliver(CPI_TORINO, person, delivery("A2", "INDIVIDUAL", today(), 30, bologna, PACT_SIGNED))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").isString())
                .andExpect(jsonPath("$.catalogueVersion").value("piemonte-2012"))
                .andExpect(jsonPath("$.outputs", hasItem("PACT_SIGNED")))
                .andExpect(jsonPath("$.outputs", hasItem("PERSONAL_RECORD")));
        mvc.perform(get("/api/v1/persons/" + person + "/pacts").with(CPI_TORINO))
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].outcome").value("SIGNED"))
                .andExpect(jsonPath("$[0].inForce").value(true))
                .andExpect(jsonPath("$[0].meetingFrequency").value("Ogni 30 giorni"));
    }

    @Test
    void an_a2_without_the_pact_outcome_is_refused_for_the_missing_output() throws Exception {
        String person = api.person(CPI_TORINO);
        api.deliver(CPI_TORINO, person, delivery("A2", "INDIVIDUAL", today(), 45, bologna, ""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.violations[0].code").value("OUTPUT_MISSING"))
                .andExpect(jsonPath("$.violations[0].field").value("outputs"));
    }

    @Test
    void a_group_a2_needs_sixty_minutes() throws Exception {
        String first = api.person(CPI_TORINO);
        String second = api.person(CPI_TORINO);
        String session = """
                {"service": "A2", "mode": "GROUP", "date": "%s", "minutes": %d, "siteId": "%s",
                 "groupReason": "COMPANY_INTAKE", "groupReasonName": "Manifattura Alfa S.p.A.",
                 "outputs": {"pact": {"outcome": "SIGNED"}}, "participants": ["%s", "%s"]}""";
        mvc.perform(post("/api/v1/group-sessions").contentType(MediaType.APPLICATION_JSON)
                        .content(session.formatted(today(), 59, bologna, first, second)).with(CPI_TORINO))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.participants", hasSize(2)))
                .andExpect(jsonPath("$.violations[0].code").value("MIN_DURATION"))
                .andExpect(jsonPath("$.violations[0].participant").value(first));
        mvc.perform(post("/api/v1/group-sessions").contentType(MediaType.APPLICATION_JSON)
                        .content(session.formatted(today(), 60, bologna, first, second)).with(CPI_TORINO))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.groupSessionId").isString())
                .andExpect(jsonPath("$.deliveries", hasSize(2)))
                .andExpect(jsonPath("$.deliveries[0].mode").value("GROUP"));
    }

    @Test
    void a_group_session_saves_nothing_when_one_participant_is_refused_and_names_them() throws Exception {
        String ready = api.withSignedPlan(bologna, false);
        String notReady = api.withSignedPact(bologna);
        String session = """
                {"service": "A5", "mode": "GROUP", "date": "%s", "minutes": 120, "siteId": "%s",
                 "participants": ["%s", "%s"]}""".formatted(today(), bologna, ready, notReady);
        mvc.perform(post("/api/v1/group-sessions").contentType(MediaType.APPLICATION_JSON).content(session)
                        .with(CPI_TORINO))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.participants", hasSize(1)))
                .andExpect(jsonPath("$.participants[0]").value(notReady))
                .andExpect(jsonPath("$.violations[*].participant", not(hasItem(ready))))
                .andExpect(jsonPath("$.violations[*].code", hasItem("ACCESS_RULE")));
        mvc.perform(get("/api/v1/persons/" + ready + "/deliveries").with(CPI_TORINO))
                .andExpect(jsonPath("$[*].service", not(hasItem("A5"))));
    }

    @Test
    void an_a3_needs_sixty_minutes_and_a_signed_pact() throws Exception {
        String person = api.withSignedPact(bologna);
        api.deliver(CPI_TORINO, person, delivery("A3", "INDIVIDUAL", today(), 59, bologna, plan(false)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.violations[0].code").value("MIN_DURATION"));
        api.deliver(CPI_TORINO, person, delivery("A3", "INDIVIDUAL", today(), 60, bologna, plan(false)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.outputs", hasItem("ACTION_PLAN_SIGNED")));
        mvc.perform(get("/api/v1/persons/" + person + "/action-plans").with(CPI_TORINO))
                .andExpect(jsonPath("$[0].outcome").value("SIGNED"))
                .andExpect(jsonPath("$[0].actions", hasSize(2)))
                .andExpect(jsonPath("$[0].actions[0].state").value("PLANNED"))
                .andExpect(jsonPath("$[0].log[0].kind").value("SIGNED"));
    }

    @Test
    void an_a3_before_any_a2_is_refused_by_the_access_rule() throws Exception {
        String person = api.person(CPI_TORINO);
        api.deliver(CPI_TORINO, person, delivery("A3", "INDIVIDUAL", today(), 60, bologna, plan(false)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.violations[*].code", hasItem("ACCESS_RULE")))
                .andExpect(jsonPath("$.violations[0].source.field").value("modalitaAccesso"));
    }

    @Test
    void an_a3_after_a_refused_pact_is_refused() throws Exception {
        String person = api.person(CPI_TORINO);
        api.deliver(CPI_TORINO, person, delivery("A2", "INDIVIDUAL", today(), 30, bologna, PACT_REFUSED))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.outputs", not(hasItem("PACT_SIGNED"))));
        api.deliver(CPI_TORINO, person, delivery("A3", "INDIVIDUAL", today(), 60, bologna, plan(false)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.violations", hasSize(1)))
                .andExpect(jsonPath("$.violations[0].code").value("ACCESS_RULE"));
    }

    @Test
    void an_a4_needs_two_meetings_and_a_specific_need() throws Exception {
        String withNeed = api.withSignedPlan(bologna, true);
        api.deliver(CPI_TORINO, withNeed, delivery("A4", "INDIVIDUAL", today(), 120, bologna, "\"meetings\": 1"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.violations[0].code").value("MIN_MEETINGS"))
                .andExpect(jsonPath("$.violations[0].field").value("meetings"));
        api.deliver(CPI_TORINO, withNeed, delivery("A4", "INDIVIDUAL", today(), 119, bologna, "\"meetings\": 2"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.violations[0].code").value("MIN_DURATION"));
        api.deliver(CPI_TORINO, withNeed, delivery("A4", "INDIVIDUAL", today(), 120, bologna, "\"meetings\": 2"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.violations[0].code").value("MIN_DURATION"))
                .andExpect(jsonPath("$.violations[0].field").value("meetings"));
        api.deliver(CPI_TORINO, withNeed, delivery("A4", "INDIVIDUAL", today(), 120, bologna, meetings(60, 60)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.outputs", hasItem("ACTION_PLAN_ENTRY")));

        String withoutNeed = api.withSignedPlan(bologna, false);
        api.deliver(CPI_TORINO, withoutNeed, delivery("A4", "INDIVIDUAL", today(), 120, bologna, meetings(60, 60)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.violations", hasSize(1)))
                .andExpect(jsonPath("$.violations[0].code").value("ACCESS_RULE"))
                .andExpect(jsonPath("$.violations[0].field").value("history"));
        mvc.perform(post("/api/v1/persons/" + withoutNeed + "/action-plan/specific-need")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"Riorientamento\", \"date\": \"" + today() + "\"}").with(CPI_TORINO))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.specificNeed").value(true));
        api.deliver(CPI_TORINO, withoutNeed, delivery("A4", "INDIVIDUAL", today(), 120, bologna, meetings(60, 60)))
                .andExpect(status().isCreated());
    }

    /** The "meetings" field listing meetings of today with the given minutes. */
    static String meetings(int... minutes) {
        return "\"meetings\": [" + java.util.Arrays.stream(minutes)
                .mapToObj(each -> "{\"date\": \"" + today() + "\", \"minutes\": " + each + "}")
                .collect(java.util.stream.Collectors.joining(", ")) + "]";
    }

    @Test
    void an_a5_needs_a3_before_and_two_hours() throws Exception {
        String onlyPact = api.withSignedPact(bologna);
        api.deliver(CPI_TORINO, onlyPact, delivery("A5", "INDIVIDUAL", today(), 120, bologna, ""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.violations[*].code", hasItem("ACCESS_RULE")));
        String person = api.withSignedPlan(bologna, false);
        api.deliver(CPI_TORINO, person, delivery("A5", "INDIVIDUAL", today(), 119, bologna, ""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.violations", hasSize(1)))
                .andExpect(jsonPath("$.violations[0].code").value("MIN_DURATION"));
        api.deliver(CPI_TORINO, person, delivery("A5", "INDIVIDUAL", today(), 120, bologna, ""))
                .andExpect(status().isCreated());
    }

    @Test
    void an_a6_needs_two_hours_in_all_and_updates_the_action_it_carries_out() throws Exception {
        String person = api.withSignedPlan(bologna, false);
        api.deliver(CPI_TORINO, person, delivery("A6", "BACK_OFFICE", today(), 119, bologna, ""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.violations[0].code").value("MIN_DURATION"));
        String actionId = com.jayway.jsonpath.JsonPath.read(mvc.perform(get("/api/v1/persons/" + person
                + "/action-plans").with(CPI_TORINO)).andReturn().getResponse().getContentAsString(),
                "$[0].actions[1].id");
        api.deliver(CPI_TORINO, person, delivery("A6", "BACK_OFFICE", today(), 120, bologna,
                        "\"outputs\": {\"actionId\": \"" + actionId + "\", \"interviewReferral\": true}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.outputs", hasItem("INTERVIEW_REFERRAL")));
        mvc.perform(get("/api/v1/persons/" + person + "/action-plans").with(CPI_TORINO))
                .andExpect(jsonPath("$[0].actions[1].state").value("IN_PROGRESS"))
                .andExpect(jsonPath("$[0].log[*].kind", hasItem("SERVICE_REGISTERED")));
    }

    @Test
    void an_a3_at_the_moncalieri_counter_is_refused_for_the_missing_isolated_workstation() throws Exception {
        String moncalieri = api.site(CPI_TORINO, MONCALIERI);
        String person = api.withSignedPact(bologna);
        api.deliver(CPI_TORINO, person, delivery("A3", "INDIVIDUAL", today(), 60, moncalieri, plan(false)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.violations", hasSize(1)))
                .andExpect(jsonPath("$.violations[0].code").value("SITE_PRECONDITION"))
                .andExpect(jsonPath("$.violations[0].field").value("siteId"));
    }

    @Test
    void a_disabled_person_is_informed_by_an_agency_without_the_experience_but_never_in_a_cpi_exclusive_function()
            throws Exception {
        // Issue 13: A.1 is never judged by the complex targets' preconditions (it used to refuse the agency here).
        String person = api.person(CPI_TORINO);
        mvc.perform(put("/api/v1/persons/" + person + "/complex-targets").contentType(MediaType.APPLICATION_JSON)
                .content("{\"targets\": [\"DISABLED\"]}").with(CPI_TORINO)).andExpect(status().isOk());
        String a1 = "\"outputs\": {\"referral\": \"Collocamento mirato\"}";
        api.deliver(CPI_TORINO, person, delivery("A1", "INDIVIDUAL", today(), 10, bologna, a1))
                .andExpect(status().isCreated());
        api.deliver(CPI_TORINO, person, delivery("A1", "INDIVIDUAL", today(), 10, bologna,
                        a1 + ", \"functions\": [\"TARGETED_PLACEMENT\"]"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.functions[0]").value("TARGETED_PLACEMENT"));

        String alfa = api.organisationOf(AGENZIA_ALFA);
        mvc.perform(post("/api/v1/persons/" + person + "/transfer").contentType(MediaType.APPLICATION_JSON)
                .content("{\"toOrganisationId\": \"" + alfa + "\", \"reason\": \"Scelta della persona\"}")
                .with(CPI_TORINO)).andExpect(status().isOk());
        String alfaSite = api.site(AGENZIA_ALFA, ALFA);
        api.deliver(AGENZIA_ALFA, person, delivery("A1", "INDIVIDUAL", today(), 10, alfaSite, a1))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.advisories", hasSize(0)));
        api.deliver(AGENZIA_ALFA, person, delivery("A1", "INDIVIDUAL", today(), 10, alfaSite,
                        a1 + ", \"functions\": [\"TARGETED_PLACEMENT\"]"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.violations[*].code", hasItem("CPI_EXCLUSIVE")));
    }

    @Test
    void the_rule_check_audits_a_use_of_special_categories_only_for_a_person_who_has_some() throws Exception {
        String a1 = "\"outputs\": {\"referral\": \"Rinvio al servizio di accoglienza\"}";
        String ordinary = api.person(CPI_TORINO);
        api.deliver(CPI_TORINO, ordinary, delivery("A1", "INDIVIDUAL", today(), 10, bologna, a1))
                .andExpect(status().isCreated());
        assertThat(specialUses(ordinary)).isZero();

        String disabled = api.person(CPI_TORINO);
        mvc.perform(put("/api/v1/persons/" + disabled + "/complex-targets").contentType(MediaType.APPLICATION_JSON)
                .content("{\"targets\": [\"DISABLED\"]}").with(CPI_TORINO)).andExpect(status().isOk());
        api.deliver(CPI_TORINO, disabled, delivery("A1", "INDIVIDUAL", today(), 10, bologna, a1))
                .andExpect(status().isCreated());
        assertThat(specialUses(disabled)).isEqualTo(1);
    }

    private long specialUses(String person) {
        return jdbc.sql("select count(*) from audit_event where action = 'PERSON_SPECIAL_USE' and object_id = ?")
                .param(person).query(Long.class).single();
    }

    @Test
    void a_date_in_the_future_is_refused_on_the_date_field() throws Exception {
        String person = api.person(CPI_TORINO);
        api.deliver(CPI_TORINO, person, delivery("A2", "INDIVIDUAL", today().plusDays(1), 30, bologna, PACT_SIGNED))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://retelavoro.it/problems/invalid-input"))
                .andExpect(jsonPath("$.errors[0].field").value("date"));
    }

    @Test
    void a_site_of_another_organisation_is_refused() throws Exception {
        String person = api.person(CPI_TORINO);
        api.deliver(CPI_TORINO, person, delivery("A2", "INDIVIDUAL", today(), 30,
                        api.site(AGENZIA_ALFA, ALFA), PACT_SIGNED))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("siteId"));
    }

    @Test
    void a_back_dated_delivery_is_judged_by_its_date_and_the_history_as_it_was() throws Exception {
        // within the limit of back-dated registrations (backdatedRegistrationDays: 60, issue 13)
        LocalDate longAgo = today().minusDays(50);
        String person = api.person(CPI_TORINO);
        api.deliver(CPI_TORINO, person, delivery("A2", "INDIVIDUAL", LocalDate.of(2011, 12, 31), 30, bologna,
                        PACT_SIGNED))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.violations[0].code").value("NO_CATALOGUE_VERSION"))
                .andExpect(jsonPath("$.violations[0].field").value("date"));
        api.deliver(CPI_TORINO, person, delivery("A2", "INDIVIDUAL", longAgo, 30, bologna, PACT_SIGNED))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.catalogueVersion").value("piemonte-2012"));
        // The day before the A2 the person had no Patto: an A3 dated then is refused.
        api.deliver(CPI_TORINO, person, delivery("A3", "INDIVIDUAL", longAgo.minusDays(1), 60, bologna, plan(false)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.violations[*].code", hasItem("ACCESS_RULE")));
        api.deliver(CPI_TORINO, person, delivery("A3", "INDIVIDUAL", longAgo, 60, bologna, plan(false)))
                .andExpect(status().isCreated());
    }

    @Test
    void an_anonymous_visitor_is_informed_with_sex_and_age_band_only() throws Exception {
        mvc.perform(post("/api/v1/information-visits").contentType(MediaType.APPLICATION_JSON).content("""
                        {"date": "%s", "siteId": "%s", "sex": "M", "ageBand": "FROM_25_TO_34",
                         "referral": "Accoglienza A2"}""".formatted(today(), bologna)).with(CPI_TORINO))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.service").value("A1"))
                .andExpect(jsonPath("$.outputs[0]").value("SERVICE_REFERRAL"));
        mvc.perform(post("/api/v1/information-visits").contentType(MediaType.APPLICATION_JSON).content("""
                        {"date": "%s", "siteId": "%s", "sex": "M", "ageBand": "FROM_25_TO_34"}"""
                        .formatted(today(), bologna)).with(CPI_TORINO))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.violations[0].code").value("OUTPUT_MISSING"));
    }
}
