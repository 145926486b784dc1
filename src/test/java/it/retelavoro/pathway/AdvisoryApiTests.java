package it.retelavoro.pathway;

import static it.retelavoro.pathway.PathwayApi.AGENZIA_ALFA;
import static it.retelavoro.pathway.PathwayApi.ALFA;
import static it.retelavoro.pathway.PathwayApi.CPI_CUNEO;
import static it.retelavoro.pathway.PathwayApi.CPI_TORINO;
import static it.retelavoro.pathway.PathwayApi.CUNEO;
import static it.retelavoro.pathway.PathwayApi.PACT_SIGNED;
import static it.retelavoro.pathway.PathwayApi.delivery;
import static it.retelavoro.pathway.PathwayApi.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import it.retelavoro.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Point 2 of issue 13 through the API: the target table's preconditions are "alcuni esempi di integrazione ...
 * ai fini della formulazione di Atti d'Indirizzo", advice that never refuses; mediation is "azione trasversale
 * e di supporto"; "Conoscenza lingue straniere" is the person's language.
 */
@IntegrationTest
class AdvisoryApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    PathwayApi api;
    String cuneo;

    @BeforeEach
    void setUp() throws Exception {
        api = new PathwayApi(mvc);
        cuneo = api.site(CPI_CUNEO, CUNEO);
    }

    /** A person in charge of CPI Cuneo (whose operator lacks every competence but prison experience). */
    private String personWith(String specialCategories) throws Exception {
        String person = api.person(CPI_CUNEO);
        mvc.perform(put("/api/v1/persons/" + person + "/complex-targets").contentType(MediaType.APPLICATION_JSON)
                .content(specialCategories).with(CPI_CUNEO)).andExpect(status().isOk());
        return person;
    }

    @Test
    void a_missing_target_competence_registers_the_delivery_and_lists_the_advisory_in_the_201() throws Exception {
        String person = personWith("{\"targets\": [\"DISABLED\"]}");

        String created = api.deliver(CPI_CUNEO, person, delivery("A2", "INDIVIDUAL", today(), 30, cuneo, PACT_SIGNED))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.advisories", hasSize(1)))
                .andExpect(jsonPath("$.advisories[0].code").value("OPERATOR_PRECONDITION"))
                .andExpect(jsonPath("$.advisories[0].field").value("operator"))
                .andExpect(jsonPath("$.advisories[0].source.service").value("A2"))
                .andExpect(jsonPath("$.advisories[0].source.field").value("targetComplessi.DISABLED"))
                .andExpect(jsonPath("$.advisories[0].source.catalogueVersion").value("piemonte-2012"))
                .andExpect(jsonPath("$.advisories[0].message", containsString("disabili")))
                .andReturn().getResponse().getContentAsString();

        String id = JsonPath.read(created, "$.id");
        assertThat(jdbc.sql("select source_field from pathway_delivery_advisory where delivery_id = ?::uuid")
                .param(id).query(String.class).list()).containsExactly("targetComplessi.DISABLED");
        mvc.perform(get("/api/v1/persons/" + person + "/deliveries").with(CPI_CUNEO))
                .andExpect(jsonPath("$[0].advisories[0].source.field").value("targetComplessi.DISABLED"));
    }

    @Test
    void a_group_session_records_each_participants_advisories_on_their_own_delivery() throws Exception {
        String disabled = personWith("{\"targets\": [\"DISABLED\"]}");
        String plain = api.person(CPI_CUNEO);
        String session = """
                {"service": "A2", "mode": "GROUP", "date": "%s", "minutes": 60, "siteId": "%s",
                 "groupReason": "PROJECT_CALL", "groupReasonName": "Progetto Rete",
                 "outputs": {"pact": {"outcome": "SIGNED"}}, "participants": ["%s", "%s"]}"""
                .formatted(today(), cuneo, disabled, plain);

        mvc.perform(post("/api/v1/group-sessions").contentType(MediaType.APPLICATION_JSON).content(session)
                        .with(CPI_CUNEO))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.deliveries", hasSize(2)))
                .andExpect(jsonPath("$.deliveries[0].advisories[0].source.field").value("targetComplessi.DISABLED"))
                .andExpect(jsonPath("$.deliveries[1].advisories", hasSize(0)));
        mvc.perform(get("/api/v1/persons/" + plain + "/deliveries").with(CPI_CUNEO))
                .andExpect(jsonPath("$[0].advisories", hasSize(0)));
    }

    @Test
    void the_check_shows_the_advisory_before_saving_and_saves_nothing() throws Exception {
        String person = personWith("{\"targets\": [\"DISABLED\"]}");

        mvc.perform(post("/api/v1/persons/" + person + "/deliveries/check").contentType(MediaType.APPLICATION_JSON)
                        .content(delivery("A2", "INDIVIDUAL", today(), 30, cuneo, PACT_SIGNED)).with(CPI_CUNEO))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.allowed").value(true))
                .andExpect(jsonPath("$.violations", hasSize(0)))
                .andExpect(jsonPath("$.advisories[0].source.field").value("targetComplessi.DISABLED"));
        mvc.perform(post("/api/v1/persons/" + person + "/deliveries/check").contentType(MediaType.APPLICATION_JSON)
                        .content(delivery("A2", "INDIVIDUAL", today(), 10, cuneo, PACT_SIGNED)).with(CPI_CUNEO))
                .andExpect(jsonPath("$.allowed").value(false))
                .andExpect(jsonPath("$.violations[0].code").value("MIN_DURATION"));
        mvc.perform(get("/api/v1/persons/" + person + "/deliveries").with(CPI_CUNEO))
                .andExpect(jsonPath("$", hasSize(0)));
    }

    @Test
    void an_operator_who_may_not_see_the_target_reads_the_advisory_restricted() throws Exception {
        String person = personWith("{\"targets\": [\"DISABLED\"]}");
        mvc.perform(post("/api/v1/persons/" + person + "/transfer").contentType(MediaType.APPLICATION_JSON)
                .content("{\"toOrganisationId\": \"" + api.organisationOf(AGENZIA_ALFA) + "\", \"reason\": \"Scelta\"}")
                .with(CPI_CUNEO)).andExpect(status().isOk());

        api.deliver(AGENZIA_ALFA, person, delivery("A2", "INDIVIDUAL", today(), 30, api.site(AGENZIA_ALFA, ALFA),
                        PACT_SIGNED))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.advisories", hasSize(1)))
                .andExpect(jsonPath("$.advisories[0].code").value("OPERATOR_PRECONDITION"))
                .andExpect(jsonPath("$.advisories[0].source.field").value("datiParticolari"))
                .andExpect(jsonPath("$.advisories[0].message", not(containsString("isabil"))));
    }

    @Test
    void information_is_never_judged_by_the_targets_preconditions() throws Exception {
        String person = personWith("{\"targets\": [\"DISABLED\", \"IMMIGRANT\"], \"culturalMediation\": true}");

        api.deliver(CPI_CUNEO, person, delivery("A1", "INDIVIDUAL", today(), 10, cuneo,
                        "\"outputs\": {\"referral\": \"Accoglienza\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.advisories", hasSize(0)));
    }

    @Test
    void a_named_mediator_supports_the_delivery_so_the_operator_needs_no_mediation_competence() throws Exception {
        String person = personWith("{\"culturalMediation\": true}");
        String external = ", \"mediator\": {\"name\": \"Amina Haddad\", \"organisation\": \"Cooperativa Babel\", "
                + "\"languages\": [\"ar\"]}";

        api.deliver(CPI_CUNEO, person, delivery("A2", "INDIVIDUAL", today(), 30, cuneo, PACT_SIGNED))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.advisories[0].source.field").value("mediazioneCulturale"));
        api.deliver(CPI_CUNEO, person, delivery("A2", "INDIVIDUAL", today(), 30, cuneo, PACT_SIGNED + external))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.advisories", hasSize(0)))
                .andExpect(jsonPath("$.mediator.name").value("Amina Haddad"))
                .andExpect(jsonPath("$.mediator.organisation").value("Cooperativa Babel"))
                .andExpect(jsonPath("$.mediator.languages[0]").value("ar"));
    }

    @Test
    void a_group_session_names_its_mediator_for_every_participant() throws Exception {
        String needsMediation = personWith("{\"culturalMediation\": true}");
        String plain = api.person(CPI_CUNEO);
        String session = """
                {"service": "A2", "mode": "GROUP", "date": "%s", "minutes": 60, "siteId": "%s",
                 "groupReason": "PROJECT_CALL", "groupReasonName": "Progetto Rete",
                 "outputs": {"pact": {"outcome": "SIGNED"}}, "participants": ["%s", "%s"]%s}""";

        mvc.perform(post("/api/v1/group-sessions").contentType(MediaType.APPLICATION_JSON)
                        .content(session.formatted(today(), cuneo, needsMediation, plain, "")).with(CPI_CUNEO))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.deliveries[0].advisories[0].source.field").value("mediazioneCulturale"));
        mvc.perform(post("/api/v1/group-sessions").contentType(MediaType.APPLICATION_JSON)
                        .content(session.formatted(today(), cuneo, needsMediation, plain, """
                                , "mediator": {"name": "Amina Haddad", "organisation": "Cooperativa Babel",
                                  "languages": ["ar"]}""")).with(CPI_CUNEO))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.deliveries[0].advisories", hasSize(0)))
                .andExpect(jsonPath("$.deliveries[0].mediator.name").value("Amina Haddad"))
                .andExpect(jsonPath("$.deliveries[1].mediator.organisation").value("Cooperativa Babel"));
        mvc.perform(post("/api/v1/group-sessions").contentType(MediaType.APPLICATION_JSON)
                        .content(session.formatted(today(), cuneo, needsMediation, plain,
                                ", \"mediator\": {\"name\": \"Amina Haddad\"}")).with(CPI_CUNEO))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("mediator.organisation"));
    }

    @Test
    void a_mediator_operator_must_be_of_the_organisation_and_have_the_competence() throws Exception {
        String person = personWith("{\"culturalMediation\": true}");
        String torinoOperator = userId("cpi.torino");
        String cuneoOperator = userId("cpi.cuneo");

        api.deliver(CPI_CUNEO, person, delivery("A2", "INDIVIDUAL", today(), 30, cuneo,
                        PACT_SIGNED + ", \"mediator\": {\"operatorId\": \"" + torinoOperator + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("mediator.operatorId"));
        api.deliver(CPI_CUNEO, person, delivery("A2", "INDIVIDUAL", today(), 30, cuneo,
                        PACT_SIGNED + ", \"mediator\": {\"operatorId\": \"" + cuneoOperator + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("mediator.operatorId"));
        api.deliver(CPI_CUNEO, person, delivery("A2", "INDIVIDUAL", today(), 30, cuneo,
                        PACT_SIGNED + ", \"mediator\": {\"name\": \"Amina Haddad\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("mediator.organisation"));
    }

    @Test
    void the_persons_language_is_compared_with_the_operators_and_the_mediators() throws Exception {
        String person = personWith("{\"targets\": [\"IMMIGRANT\"], \"language\": \"ar\"}");
        mvc.perform(get("/api/v1/persons/" + person).with(CPI_CUNEO))
                .andExpect(jsonPath("$.specialCategories.language").value("ar"));

        api.deliver(CPI_CUNEO, person, delivery("A2", "INDIVIDUAL", today(), 30, cuneo, PACT_SIGNED))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.advisories", hasSize(1)))
                .andExpect(jsonPath("$.advisories[0].source.field").value("targetComplessi.IMMIGRANT"))
                .andExpect(jsonPath("$.advisories[0].message", containsString("arabo")));
        api.deliver(CPI_CUNEO, person, delivery("A2", "INDIVIDUAL", today(), 30, cuneo, PACT_SIGNED
                        + ", \"mediator\": {\"name\": \"Amina Haddad\", \"organisation\": \"Babel\", \"languages\": [\"ar\"]}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.advisories", hasSize(0)));
    }

    @Test
    void a_language_that_is_not_iso_639_1_is_refused() throws Exception {
        String person = api.person(CPI_CUNEO);

        mvc.perform(put("/api/v1/persons/" + person + "/complex-targets").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"targets\": [\"IMMIGRANT\"], \"language\": \"arabic\"}").with(CPI_CUNEO))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("language"));
    }

    @Test
    void the_compliance_counts_the_deliveries_with_advisories_of_each_organisation() throws Exception {
        String organisation = api.organisationOf(CPI_CUNEO);
        long before = advisoryCount(organisation);
        String person = personWith("{\"targets\": [\"DISABLED\"]}");
        String plain = api.person(CPI_CUNEO);

        api.deliver(CPI_CUNEO, person, delivery("A2", "INDIVIDUAL", today(), 30, cuneo, PACT_SIGNED))
                .andExpect(status().isCreated());
        api.deliver(CPI_CUNEO, plain, delivery("A2", "INDIVIDUAL", today(), 30, cuneo, PACT_SIGNED))
                .andExpect(status().isCreated());

        assertThat(advisoryCount(organisation)).isEqualTo(before + 1);
    }

    private String userId(String username) throws Exception {
        java.util.List<String> ids = JsonPath.read(mvc.perform(get("/api/v1/users").with(httpBasic("admin", "demo")))
                .andReturn().getResponse().getContentAsString(), "$[?(@.username == '" + username + "')].id");
        return ids.get(0);
    }

    private long advisoryCount(String organisation) throws Exception {
        String body = mvc.perform(get("/api/v1/compliance").param("organisationId", organisation)
                .with(httpBasic("admin", "demo"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(body, "$.organisations[0].deliveriesWithAdvisories")).longValue();
    }
}
