package it.retelavoro.pathway;

import static it.retelavoro.pathway.PathwayApi.AGENZIA_ALFA;
import static it.retelavoro.pathway.PathwayApi.CPI_CUNEO;
import static it.retelavoro.pathway.PathwayApi.CPI_TORINO;
import static it.retelavoro.pathway.PathwayApi.VIA_BOLOGNA;
import static it.retelavoro.pathway.PathwayApi.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import it.retelavoro.support.IntegrationTest;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The DID and its certification by the CPIs only, segregation between organisations, the printed documents. */
@IntegrationTest
class DidAndDocumentsTests {

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

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private String declare(RequestPostProcessor who, String person, String more) throws Exception {
        return mvc.perform(json(post("/api/v1/persons/" + person + "/did"),
                        "{\"declaredOn\": \"" + today() + "\", \"channel\": \"AGENCY\"" + more + "}").with(who))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void only_a_cpi_certifies_a_did() throws Exception {
        String cpiPerson = api.person(CPI_TORINO);
        mvc.perform(json(post("/api/v1/persons/" + cpiPerson + "/did"),
                        "{\"declaredOn\": \"" + today() + "\", \"channel\": \"CPI_COUNTER\"}").with(CPI_TORINO))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value("DECLARED"));
        mvc.perform(post("/api/v1/persons/" + cpiPerson + "/did/certification").with(CPI_TORINO))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("CERTIFIED"))
                .andExpect(jsonPath("$.certifiedOn").value(today().toString()))
                .andExpect(jsonPath("$.history[*].state", hasItem("DECLARED")));

        String agencyPerson = api.person(AGENZIA_ALFA);
        declare(AGENZIA_ALFA, agencyPerson, "");
        mvc.perform(post("/api/v1/persons/" + agencyPerson + "/did/certification").with(AGENZIA_ALFA))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://retelavoro.it/problems/forbidden"));
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'DID_CERTIFY' and outcome = 'DENIED'"
                + " and object_id = :id").param("id", agencyPerson).query(Long.class).single()).isEqualTo(1);
        mvc.perform(get("/api/v1/did-requests").with(AGENZIA_ALFA)).andExpect(status().isForbidden());
    }

    @Test
    void an_agency_sends_the_did_to_the_cpi_of_the_province_of_residence_which_certifies_it() throws Exception {
        String person = api.person(AGENZIA_ALFA, "L219");
        String did = declare(AGENZIA_ALFA, person, "");
        assertThat((String) JsonPath.read(did, "$.state")).isEqualTo("CERTIFICATION_REQUESTED");
        assertThat((String) JsonPath.read(did, "$.cpiId")).isEqualTo(api.organisationOf(CPI_TORINO));
        String didId = JsonPath.read(did, "$.id");
        String fiscalCode = api.fiscalCodeOf(AGENZIA_ALFA, person);

        mvc.perform(get("/api/v1/did-requests").with(CPI_CUNEO))
                .andExpect(jsonPath("$[*].fiscalCode", not(hasItem(fiscalCode))));
        mvc.perform(get("/api/v1/did-requests").with(CPI_TORINO))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.didId == '" + didId + "')].fiscalCode").value(fiscalCode))
                .andExpect(jsonPath("$[?(@.didId == '" + didId + "')].requesterName").value("Alfa Lavoro"));
        // The CPI does not have the person in charge: it reaches the DID through its queue only.
        mvc.perform(get("/api/v1/persons/" + person + "/did").with(CPI_TORINO)).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/did-requests/" + didId + "/certification").with(CPI_CUNEO))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/did-requests/" + didId + "/certification").with(CPI_TORINO))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("CERTIFIED"));
        mvc.perform(get("/api/v1/did-requests").with(CPI_TORINO))
                .andExpect(jsonPath("$[*].didId", not(hasItem(didId))));
        mvc.perform(get("/api/v1/persons/" + person + "/did").with(AGENZIA_ALFA))
                .andExpect(jsonPath("$.state").value("CERTIFIED"))
                .andExpect(jsonPath("$.history", hasSize(3)));
        mvc.perform(json(post("/api/v1/persons/" + person + "/did"),
                        "{\"declaredOn\": \"" + today() + "\", \"channel\": \"ONLINE\"}").with(AGENZIA_ALFA))
                .andExpect(status().isConflict());
    }

    @Test
    void a_person_living_in_cuneo_goes_to_the_cpi_of_cuneo_and_one_living_elsewhere_needs_a_choice() throws Exception {
        String cuneese = api.person(AGENZIA_ALFA, "D205");
        assertThat((String) JsonPath.read(declare(AGENZIA_ALFA, cuneese, ""), "$.cpiId"))
                .isEqualTo(api.organisationOf(CPI_CUNEO));

        String milanese = api.person(AGENZIA_ALFA, "F205");
        mvc.perform(json(post("/api/v1/persons/" + milanese + "/did"),
                        "{\"declaredOn\": \"" + today() + "\", \"channel\": \"AGENCY\"}").with(AGENZIA_ALFA))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("cpiId"));
        String torino = api.organisationOf(CPI_TORINO);
        assertThat((String) JsonPath.read(declare(AGENZIA_ALFA, milanese, ", \"cpiId\": \"" + torino + "\""),
                "$.cpiId")).isEqualTo(torino);
    }

    @Test
    void another_organisation_gets_403_on_every_endpoint_of_a_person_it_does_not_have() throws Exception {
        String person = api.withSignedPlan(bologna, false);
        String path = "/api/v1/persons/" + person;
        List<MockHttpServletRequestBuilder> requests = List.of(
                get(path + "/did"),
                json(post(path + "/did"), "{\"declaredOn\": \"" + today() + "\", \"channel\": \"AGENCY\"}"),
                post(path + "/did/certification"),
                get(path + "/deliveries"),
                json(post(path + "/deliveries"), PathwayApi.delivery("A1", "INDIVIDUAL", today(), 10,
                        api.site(CPI_CUNEO, PathwayApi.CUNEO), "\"outputs\": {\"referral\": \"A2\"}")),
                get(path + "/pacts"),
                get(path + "/action-plans"),
                json(post(path + "/action-plan/specific-need"), "{\"text\": \"x\"}"),
                json(post(path + "/action-plan/actions"), "{\"description\": \"x\"}"),
                json(post(path + "/training"), "{\"event\": \"REFERRED\", \"date\": \"" + today()
                        + "\", \"course\": \"Corso\"}"),
                get(path + "/training"),
                json(post(path + "/internships"), "{\"start\": \"" + today() + "\", \"end\": \"" + today()
                        + "\", \"host\": \"Ditta\", \"tutor\": \"Tutor\"}"),
                get(path + "/internships"),
                get(path + "/timeline"),
                get(path + "/pact.pdf"),
                get(path + "/action-plan.pdf"),
                json(post("/api/v1/group-sessions"), "{\"service\": \"A5\", \"mode\": \"GROUP\", \"date\": \""
                        + today() + "\", \"minutes\": 120, \"siteId\": \"" + api.site(CPI_CUNEO, PathwayApi.CUNEO)
                        + "\", \"participants\": [\"" + person + "\"]}"));
        for (MockHttpServletRequestBuilder request : requests) {
            mvc.perform(request.with(CPI_CUNEO)).andExpect(status().isForbidden());
        }
        mvc.perform(get(path + "/timeline").with(PathwayApi.AGENZIA_ALFA)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/persons/" + java.util.UUID.randomUUID() + "/timeline").with(CPI_TORINO))
                .andExpect(status().isNotFound());
        mvc.perform(get(path + "/timeline").with(org.springframework.security.test.web.servlet.request
                .SecurityMockMvcRequestPostProcessors.httpBasic("regione", "demo"))).andExpect(status().isForbidden());
    }

    @Test
    void the_pact_and_the_plan_print_to_pdf_with_the_persons_data_and_the_read_is_audited() throws Exception {
        String person = api.withSignedPlan(bologna, true);
        String fiscalCode = api.fiscalCodeOf(CPI_TORINO, person);
        byte[] pact = mvc.perform(get("/api/v1/persons/" + person + "/pact.pdf").with(CPI_TORINO))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pact)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Patto di Servizio personalizzato").contains("CPI Torino")
                    .contains(VIA_BOLOGNA).contains(fiscalCode).contains("Anna Bianchi-")
                    .contains("Laura Verdi").contains("Ogni 30 giorni").contains("Tre candidature al mese")
                    .contains("Firma della persona").contains("art. 20");
        }
        byte[] plan = mvc.perform(get("/api/v1/persons/" + person + "/action-plan.pdf").with(CPI_TORINO))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(plan)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Piano di Azione Individuale").contains(fiscalCode)
                    .contains("Bilancio di competenze").contains("Corso di contabilita")
                    .contains("Chiarire l'obiettivo professionale").contains("Pianificata")
                    .contains("Firma dell'operatore");
        }
        assertThat(jdbc.sql("select action from audit_event where object_id = :id and outcome = 'SUCCESS'")
                .param("id", person).query(String.class).list())
                .contains("PATHWAY_PACT_PRINT", "PATHWAY_ACTION_PLAN_PRINT", "PATHWAY_DELIVERY_CREATE");
        String other = api.person(CPI_TORINO);
        mvc.perform(get("/api/v1/persons/" + other + "/pact.pdf").with(CPI_TORINO)).andExpect(status().isNotFound());
    }

    @Test
    void training_and_internships_move_the_plan_and_everything_shows_in_the_timeline() throws Exception {
        String person = api.withSignedPlan(bologna, false);
        String actionId = JsonPath.read(mvc.perform(get("/api/v1/persons/" + person + "/action-plans")
                .with(CPI_TORINO)).andReturn().getResponse().getContentAsString(), "$[0].actions[1].id");
        mvc.perform(json(post("/api/v1/persons/" + person + "/training"), """
                        {"event": "ENROLLED", "date": "%s", "course": "Contabilita di base", "provider": "Ente X",
                         "hours": 80, "actionId": "%s"}""".formatted(today(), actionId)).with(CPI_TORINO))
                .andExpect(status().isCreated());
        mvc.perform(json(post("/api/v1/persons/" + person + "/training"), """
                        {"event": "COMPLETED", "date": "%s", "course": "Contabilita di base", "actionId": "%s"}"""
                        .formatted(today(), actionId)).with(CPI_TORINO))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("hours"));
        mvc.perform(json(post("/api/v1/persons/" + person + "/training"), """
                        {"event": "COMPLETED", "date": "%s", "course": "Contabilita di base", "hours": 78,
                         "actionId": "%s"}""".formatted(today(), actionId)).with(CPI_TORINO))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/persons/" + person + "/action-plans").with(CPI_TORINO))
                .andExpect(jsonPath("$[0].actions[1].state").value("DONE"));
        mvc.perform(json(post("/api/v1/persons/" + person + "/action-plan/actions/" + actionId + "/state"),
                        "{\"state\": \"IN_PROGRESS\"}").with(CPI_TORINO))
                .andExpect(status().isBadRequest());

        String internship = mvc.perform(json(post("/api/v1/persons/" + person + "/internships"), """
                        {"start": "%s", "end": "%s", "host": "Officina Rossi", "tutor": "Marco Neri"}"""
                        .formatted(today(), today().plusMonths(3))).with(CPI_TORINO))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value("PLANNED"))
                .andReturn().getResponse().getContentAsString();
        String internshipId = JsonPath.read(internship, "$.id");
        mvc.perform(post("/api/v1/persons/" + person + "/internships/" + internshipId + "/activation")
                        .with(CPI_TORINO))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("ACTIVE"));
        mvc.perform(post("/api/v1/persons/" + person + "/internships/" + internshipId + "/activation")
                        .with(CPI_TORINO))
                .andExpect(status().isConflict());

        mvc.perform(get("/api/v1/persons/" + person + "/timeline").with(CPI_TORINO))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].kind").value("DELIVERY"))
                .andExpect(jsonPath("$[0].service").value("A2"))
                .andExpect(jsonPath("$[*].kind", hasItem("PACT_SIGNED")))
                .andExpect(jsonPath("$[*].kind", hasItem("PLAN_SIGNED")))
                .andExpect(jsonPath("$[*].kind", hasItem("PLAN_ACTION_PLANNED")))
                .andExpect(jsonPath("$[*].kind", hasItem("TRAINING_ENROLLED")))
                .andExpect(jsonPath("$[*].kind", hasItem("TRAINING_COMPLETED")))
                .andExpect(jsonPath("$[*].kind", hasItem("INTERNSHIP_ACTIVATED")));
    }
}
