package it.retelavoro.pathway;

import static it.retelavoro.pathway.PathwayApi.AGENZIA_ALFA;
import static it.retelavoro.pathway.PathwayApi.CPI_CUNEO;
import static it.retelavoro.pathway.PathwayApi.CPI_TORINO;
import static it.retelavoro.pathway.PathwayApi.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import it.retelavoro.pathway.PathwayEvents.DidReinstated;
import it.retelavoro.pathway.PathwayEvents.DidRevoked;
import it.retelavoro.pathway.PathwayEvents.DidSuspended;
import it.retelavoro.person.PersonId;
import it.retelavoro.support.IntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Suspension, reinstatement and revocation of a DID: CPI only, with date and reason kept in its history. */
@IntegrationTest
@RecordApplicationEvents
class DidStatusTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    PathwayApi api;

    @BeforeEach
    void setUp() {
        api = new PathwayApi(mvc);
    }

    private ResultActions change(RequestPostProcessor who, String person, String change, String body)
            throws Exception {
        return mvc.perform(post("/api/v1/persons/" + person + "/did/" + change)
                .contentType(MediaType.APPLICATION_JSON).content(body).with(who));
    }

    private String certifiedDid(RequestPostProcessor cpi) throws Exception {
        String person = api.person(cpi);
        mvc.perform(post("/api/v1/persons/" + person + "/did").contentType(MediaType.APPLICATION_JSON)
                .content("{\"declaredOn\": \"" + today() + "\", \"channel\": \"CPI_COUNTER\"}").with(cpi))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/v1/persons/" + person + "/did/certification").with(cpi)).andExpect(status().isOk());
        return person;
    }

    @Test
    void the_cpi_suspends_reinstates_and_revokes_a_did_keeping_every_step_with_its_reason() throws Exception {
        String person = certifiedDid(CPI_TORINO);
        change(CPI_TORINO, person, "suspension", "{\"date\": \"" + today() + "\", \"reason\": \"Contratto breve\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("SUSPENDED"))
                .andExpect(jsonPath("$.history[-1].reason").value("Contratto breve"));
        change(CPI_TORINO, person, "reinstatement", "{\"reason\": \"Fine del contratto\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("CERTIFIED"))
                .andExpect(jsonPath("$.certifiedOn").value(today().toString()));
        change(CPI_TORINO, person, "revocation", "{\"date\": \"" + today() + "\", \"reason\": \"Assunzione\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("REVOKED"))
                .andExpect(jsonPath("$.history[*].state", contains("DECLARED", "CERTIFIED", "SUSPENDED", "CERTIFIED",
                        "REVOKED")));
        mvc.perform(get("/api/v1/persons/" + person + "/did").with(CPI_TORINO))
                .andExpect(jsonPath("$.state").value("REVOKED"));

        PersonId id = new PersonId(UUID.fromString(person));
        assertThat(events.stream(DidSuspended.class).filter(event -> event.personId().equals(id))).hasSize(1);
        assertThat(events.stream(DidReinstated.class).filter(event -> event.personId().equals(id))).hasSize(1);
        assertThat(events.stream(DidRevoked.class).filter(event -> event.personId().equals(id))).hasSize(1);
        assertThat(jdbc.sql("select action from audit_event where object_id = :id and outcome = 'SUCCESS'"
                + " and action like 'DID_%'").param("id", person).query(String.class).list())
                .contains("DID_SUSPEND", "DID_REINSTATE", "DID_REVOKE");
    }

    @Test
    void an_agency_may_not_suspend_or_revoke_and_the_refusal_is_audited() throws Exception {
        String person = api.person(AGENZIA_ALFA);
        mvc.perform(post("/api/v1/persons/" + person + "/did").contentType(MediaType.APPLICATION_JSON)
                .content("{\"declaredOn\": \"" + today() + "\", \"channel\": \"AGENCY\"}").with(AGENZIA_ALFA))
                .andExpect(status().isCreated());
        change(AGENZIA_ALFA, person, "revocation", "{\"reason\": \"Errore\"}").andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'DID_REVOKE' and outcome = 'DENIED'"
                + " and object_id = :id").param("id", person).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void another_cpi_without_the_person_in_charge_is_refused() throws Exception {
        String person = certifiedDid(CPI_TORINO);
        change(CPI_CUNEO, person, "suspension", "{\"reason\": \"Contratto breve\"}")
                .andExpect(status().isForbidden());
    }

    @Test
    void the_cpi_that_certified_an_agency_did_may_revoke_it() throws Exception {
        String person = api.person(AGENZIA_ALFA, "L219");
        String did = mvc.perform(post("/api/v1/persons/" + person + "/did").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"declaredOn\": \"" + today() + "\", \"channel\": \"AGENCY\"}").with(AGENZIA_ALFA))
                .andReturn().getResponse().getContentAsString();
        mvc.perform(post("/api/v1/did-requests/" + JsonPath.read(did, "$.id") + "/certification").with(CPI_TORINO))
                .andExpect(status().isOk());
        change(CPI_TORINO, person, "revocation", "{\"reason\": \"Decadenza\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("REVOKED"));
    }

    @Test
    void a_change_needs_a_reason_a_date_not_in_the_future_and_a_state_that_allows_it() throws Exception {
        String person = certifiedDid(CPI_TORINO);
        change(CPI_TORINO, person, "suspension", "{\"date\": \"" + today().plusDays(1) + "\", \"reason\": \" \"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.containsInAnyOrder("date", "reason")));
        change(CPI_TORINO, person, "suspension", "{\"date\": \"" + today().minusYears(1)
                + "\", \"reason\": \"Contratto breve\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("date"));
        change(CPI_TORINO, person, "reinstatement", "{\"reason\": \"Non sospesa\"}")
                .andExpect(status().isConflict());
    }
}
