package it.retelavoro.pathway;

import static it.retelavoro.pathway.PathwayApi.CPI_TORINO;
import static it.retelavoro.pathway.PathwayApi.PACT_SIGNED;
import static it.retelavoro.pathway.PathwayApi.VIA_BOLOGNA;
import static it.retelavoro.pathway.PathwayApi.delivery;
import static it.retelavoro.pathway.PathwayApi.plan;
import static it.retelavoro.pathway.PathwayApi.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import it.retelavoro.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Where each person stands, kept for the desk (pathway_desk_state, issue 14 point 5): after every kind of change
 * of the pathway the kept row is the one the live computation gives, once the change's transaction commits.
 */
@IntegrationTest
class DeskStateTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    PathwayApi api;
    String bologna;

    @BeforeEach
    void setUp() throws Exception {
        api = new PathwayApi(mvc);
        bologna = api.site(CPI_TORINO, VIA_BOLOGNA);
    }

    private List<Map<String, Object>> rows(String table, String person) {
        return jdbc.sql("select in_charge_of, stage, last_contact, next_due from " + table
                        + " where person_id = :person")
                .param("person", UUID.fromString(person)).query().listOfRows();
    }

    /** The kept row of a person in charge, which must be the computed one, and so must their kept deadlines. */
    private Map<String, Object> kept(String person) {
        List<Map<String, Object>> kept = rows("pathway_desk_state", person);
        assertThat(kept).hasSize(1).isEqualTo(rows("pathway_desk_caseload_live", person));
        UUID id = UUID.fromString(person);
        assertThat(jdbc.sql("""
                select in_charge_of, description, due_on from pathway_desk_due_action where person_id = :person
                 order by due_on, description""").param("person", id).query().listOfRows())
                .isEqualTo(jdbc.sql("""
                        select c.organisation_id as in_charge_of, a.description, a.due_on from pathway_desk_action a
                          join pathway_person_in_charge c on c.person_id = a.person_id
                         where a.person_id = :person order by a.due_on, a.description""")
                        .param("person", id).query().listOfRows());
        return kept.get(0);
    }

    private String post(String path, String json) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                        .contentType(MediaType.APPLICATION_JSON).content(json).with(CPI_TORINO))
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void the_kept_state_follows_the_did_the_pact_the_plan_its_actions_and_the_cancellations() throws Exception {
        String person = api.person(CPI_TORINO);
        // a person just registered has a row, with the organisation in charge and no stage yet
        assertThat(kept(person)).containsEntry("in_charge_of", UUID.fromString(api.organisationOf(CPI_TORINO)))
                .containsEntry("stage", null);

        post("/api/v1/persons/" + person + "/did", "{\"declaredOn\": \"%s\", \"channel\": \"CPI_COUNTER\"}".formatted(today()));
        assertThat(kept(person)).containsEntry("stage", "DID_WITHOUT_PACT").containsEntry("last_contact", null);

        String a2 = JsonPath.read(api.deliver(CPI_TORINO, person, delivery("A2", "INDIVIDUAL", today().minusDays(1),
                30, bologna, PACT_SIGNED)).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString(), "$.id");
        assertThat(kept(person)).containsEntry("stage", "PACT_WITHOUT_PAI")
                .containsEntry("last_contact", java.sql.Date.valueOf(today().minusDays(1)));

        String a3 = JsonPath.read(api.deliver(CPI_TORINO, person, delivery("A3", "INDIVIDUAL", today(), 60, bologna,
                plan(false))).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        assertThat(kept(person)).containsEntry("stage", "PAI_OPEN")
                .containsEntry("last_contact", java.sql.Date.valueOf(today()))
                .containsEntry("next_due", java.sql.Date.valueOf(today().plusMonths(2)));

        // the first action done: the next due day is the second's
        String first = JsonPath.read(mvc.perform(get("/api/v1/persons/" + person + "/action-plans").with(CPI_TORINO))
                .andReturn().getResponse().getContentAsString(), "$[0].actions[0].id");
        post("/api/v1/persons/" + person + "/action-plan/actions/" + first + "/state",
                "{\"state\": \"DONE\", \"date\": \"%s\"}".formatted(today()));
        assertThat(kept(person)).containsEntry("next_due", java.sql.Date.valueOf(today().plusMonths(4)));

        // the A3 cancelled takes the PAI with it, then the A2 the Patto: back to the DID alone
        post("/api/v1/deliveries/" + a3 + "/cancellation", "{\"reason\": \"Registrata per errore\"}");
        assertThat(kept(person)).containsEntry("stage", "PACT_WITHOUT_PAI").containsEntry("next_due", null)
                .containsEntry("last_contact", java.sql.Date.valueOf(today().minusDays(1)));
        post("/api/v1/deliveries/" + a2 + "/cancellation", "{\"reason\": \"Registrata per errore\"}");
        assertThat(kept(person)).containsEntry("stage", "DID_WITHOUT_PACT").containsEntry("last_contact", null);
    }

    @Test
    void the_kept_organisation_in_charge_follows_a_transfer_in_the_same_transaction() throws Exception {
        String person = api.person(CPI_TORINO);
        post("/api/v1/persons/" + person + "/did", "{\"declaredOn\": \"%s\", \"channel\": \"CPI_COUNTER\"}"
                .formatted(today()));
        String cuneo = api.organisationOf(PathwayApi.CPI_CUNEO);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/api/v1/persons/" + person + "/transfer").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"toOrganisationId\": \"%s\", \"reason\": \"Domicilio a Cuneo\"}".formatted(cuneo))
                        .with(CPI_TORINO))
                .andExpect(status().is2xxSuccessful());
        assertThat(kept(person)).containsEntry("in_charge_of", UUID.fromString(cuneo))
                .containsEntry("stage", "DID_WITHOUT_PACT");
    }

    @Test
    void a_transaction_refreshes_the_persons_it_touched_once_at_its_commit_and_a_rollback_leaves_nothing()
            throws Exception {
        String person = api.person(CPI_TORINO);
        post("/api/v1/persons/" + person + "/did", "{\"declaredOn\": \"%s\", \"channel\": \"CPI_COUNTER\"}"
                .formatted(today()));
        UUID id = UUID.fromString(person);
        assertThat(kept(person)).containsEntry("stage", "DID_WITHOUT_PACT");

        transactions.executeWithoutResult(status -> {
            // several statements on the same person: noted once, the desk as it was until the commit
            jdbc.sql("update pathway_did set state = 'REVOKED' where person_id = :person").param("person", id)
                    .update();
            jdbc.sql("update pathway_did set channel = channel where person_id = :person").param("person", id)
                    .update();
            assertThat(jdbc.sql("select person_id from pathway_desk_pending where transaction_id = pg_current_xact_id()")
                    .query(UUID.class).list()).containsExactly(id);
            assertThat(rows("pathway_desk_state", person)).singleElement()
                    .satisfies(row -> assertThat(row).containsEntry("stage", "DID_WITHOUT_PACT"));
        });
        assertThat(kept(person)).containsEntry("stage", null);

        transactions.executeWithoutResult(status -> {
            jdbc.sql("update pathway_did set state = 'DECLARED' where person_id = :person").param("person", id)
                    .update();
            status.setRollbackOnly();
        });
        assertThat(kept(person)).containsEntry("stage", null);
        assertThat(jdbc.sql("select count(*) from pathway_desk_pending").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from pathway_desk_pending_commit").query(Long.class).single()).isZero();
    }

    @Test
    void a_statement_that_changes_no_row_marks_no_refresh_for_the_commit() {
        transactions.executeWithoutResult(status -> {
            jdbc.sql("update pathway_did set channel = channel where false").update();
            jdbc.sql("delete from pathway_pact where false").update();
            assertThat(jdbc.sql("""
                    select count(*) from pathway_desk_pending_commit where transaction_id = pg_current_xact_id()""")
                    .query(Long.class).single()).isZero();
        });
    }

    @Test
    void every_kept_row_is_the_computed_one() {
        // whatever the other tests of the suite did before, through the API or the pages
        long differing = jdbc.sql("""
                select count(*) from (
                  (select person_id, in_charge_of, stage, last_contact, next_due from pathway_desk_state
                   except select person_id, in_charge_of, stage, last_contact, next_due from pathway_desk_caseload_live)
                  union all
                  (select person_id, in_charge_of, stage, last_contact, next_due from pathway_desk_caseload_live
                   except select person_id, in_charge_of, stage, last_contact, next_due from pathway_desk_state)) d""")
                .query(Long.class).single();
        assertThat(differing).isZero();
        // and every person in charge of an organisation of the network has one, of that organisation (the module
        // tests bootstrap the person module without the pathway, for organisations they make up)
        long missing = jdbc.sql("""
                select count(*) from person_in_charge p
                 where exists (select 1 from organisation o where o.id = p.organisation_id)
                   and not exists (select 1 from pathway_desk_state s
                                    where s.person_id = p.person_id and s.in_charge_of = p.organisation_id)""")
                .query(Long.class).single();
        assertThat(missing).isZero();
        long deadlines = jdbc.sql("""
                select count(*) from (
                  (select person_id, in_charge_of, description, due_on from pathway_desk_due_action
                   except all select a.person_id, c.organisation_id, a.description, a.due_on from pathway_desk_action a
                     join pathway_person_in_charge c on c.person_id = a.person_id)
                  union all
                  (select a.person_id, c.organisation_id, a.description, a.due_on from pathway_desk_action a
                     join pathway_person_in_charge c on c.person_id = a.person_id
                   except all select person_id, in_charge_of, description, due_on from pathway_desk_due_action)) d""")
                .query(Long.class).single();
        assertThat(deadlines).isZero();
    }
}
