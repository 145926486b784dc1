package it.retelavoro.pathway;

import static it.retelavoro.pathway.PathwayApi.AGENZIA_ALFA;
import static it.retelavoro.pathway.PathwayApi.CPI_TORINO;
import static it.retelavoro.pathway.PathwayApi.VIA_BOLOGNA;
import static it.retelavoro.pathway.PathwayApi.delivery;
import static it.retelavoro.pathway.PathwayApi.plan;
import static it.retelavoro.pathway.PathwayApi.today;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import it.retelavoro.support.IntegrationTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Cancelling the pathway's acts registered by mistake, through the API: the act stays, marked; the rule
 * engine judges later acts without it; an act a later one depends on is refused, naming it.
 */
@IntegrationTest
class CancellationApiTests {

    static final RequestPostProcessor SUPERVISOR = httpBasic("supervisore.torino", "demo");
    static final String A1_REFERRAL = "\"outputs\": {\"referral\": \"Accoglienza A2\"}";
    static final String REASON = "{\"reason\": \"Registrata sulla persona sbagliata\"}";

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

    ResultActions cancel(String path, RequestPostProcessor who, String body) throws Exception {
        return mvc.perform(post("/api/v1/" + path + "/cancellation").contentType(MediaType.APPLICATION_JSON)
                .content(body).with(who));
    }

    String deliveryOf(String person, String service) throws Exception {
        List<String> ids = JsonPath.read(mvc.perform(get("/api/v1/persons/" + person + "/deliveries")
                .with(CPI_TORINO)).andReturn().getResponse().getContentAsString(),
                "$[?(@.service == '" + service + "')].id");
        return ids.get(0);
    }

    @Test
    void a_cancelled_delivery_stays_marked_with_its_reason_and_cannot_be_cancelled_twice() throws Exception {
        String person = api.person(CPI_TORINO);
        api.deliver(CPI_TORINO, person, delivery("A1", "INDIVIDUAL", today(), 10, bologna, A1_REFERRAL))
                .andExpect(status().isCreated());
        String a1 = deliveryOf(person, "A1");

        cancel("deliveries/" + a1, CPI_TORINO, REASON).andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(a1))
                .andExpect(jsonPath("$.cancelled").value(true))
                .andExpect(jsonPath("$.cancellation.reason").value("Registrata sulla persona sbagliata"))
                .andExpect(jsonPath("$.cancellation.at").isString())
                .andExpect(jsonPath("$.cancellation.by").isString());
        mvc.perform(get("/api/v1/persons/" + person + "/deliveries").with(CPI_TORINO))
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].cancelled").value(true));
        cancel("deliveries/" + a1, CPI_TORINO, REASON).andExpect(status().isConflict());
    }

    @Test
    void a_cancellation_needs_a_reason_and_the_organisation_that_registered_the_act() throws Exception {
        String person = api.person(CPI_TORINO);
        api.deliver(CPI_TORINO, person, delivery("A1", "INDIVIDUAL", today(), 10, bologna, A1_REFERRAL))
                .andExpect(status().isCreated());
        String a1 = deliveryOf(person, "A1");

        cancel("deliveries/" + a1, CPI_TORINO, "{\"reason\": \"  \"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        cancel("deliveries/" + a1, CPI_TORINO, "{\"reason\": \"" + "x".repeat(501) + "\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        cancel("deliveries/" + a1, AGENZIA_ALFA, REASON).andExpect(status().isForbidden());
        cancel("deliveries/" + a1, httpBasic("regione", "demo"), REASON).andExpect(status().isForbidden());
        cancel("deliveries/" + UUID.randomUUID(), CPI_TORINO, REASON).andExpect(status().isNotFound());
    }

    @Test
    void an_a2_whose_pact_opened_an_a3_is_refused_naming_the_a3_until_the_a3_is_cancelled() throws Exception {
        String person = api.withSignedPlan(bologna, false);
        String a2 = deliveryOf(person, "A2");
        String a3 = deliveryOf(person, "A3");

        cancel("deliveries/" + a2, CPI_TORINO, REASON).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://retelavoro.it/problems/rule-violation"))
                .andExpect(jsonPath("$.violations", hasSize(1)))
                .andExpect(jsonPath("$.violations[0].code").value("CANCELLATION_DEPENDENT_ACT"))
                .andExpect(jsonPath("$.violations[0].message").value(containsString("(A.3)")))
                .andExpect(jsonPath("$.violations[0].message").value(containsString(a3)))
                .andExpect(jsonPath("$.violations[0].source.service").value("A2"));
        mvc.perform(get("/api/v1/persons/" + person + "/pacts").with(CPI_TORINO))
                .andExpect(jsonPath("$[0].cancelled").value(false));

        cancel("deliveries/" + a3, CPI_TORINO, REASON).andExpect(status().isOk());
        mvc.perform(get("/api/v1/persons/" + person + "/action-plans").with(CPI_TORINO))
                .andExpect(jsonPath("$[0].cancelled").value(true))
                .andExpect(jsonPath("$[0].inForce").value(false));
        cancel("deliveries/" + a2, CPI_TORINO, REASON).andExpect(status().isOk());
        mvc.perform(get("/api/v1/persons/" + person + "/pacts").with(CPI_TORINO))
                .andExpect(jsonPath("$[0].cancelled").value(true))
                .andExpect(jsonPath("$[0].inForce").value(false));

        // the rule engine now judges without them: an A.3 needs a Patto again
        api.deliver(CPI_TORINO, person, delivery("A3", "INDIVIDUAL", today(), 60, bologna, plan(false)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.violations[0].code").value("ACCESS_RULE"));
    }

    @Test
    void a_pact_outcome_is_cancelled_alone_and_the_one_it_superseded_is_in_force_again() throws Exception {
        String person = api.withSignedPact(bologna);
        api.deliver(CPI_TORINO, person, delivery("A2", "INDIVIDUAL", today(), 30, bologna, PathwayApi.PACT_SIGNED))
                .andExpect(status().isCreated());
        String body = mvc.perform(get("/api/v1/persons/" + person + "/pacts").with(CPI_TORINO)).andReturn()
                .getResponse().getContentAsString();
        List<String> inForce = JsonPath.read(body, "$[?(@.inForce == true)].id");
        List<String> superseded = JsonPath.read(body, "$[?(@.inForce == false)].id");

        cancel("pacts/" + inForce.get(0), CPI_TORINO, REASON).andExpect(status().isOk())
                .andExpect(jsonPath("$.cancelled").value(true)).andExpect(jsonPath("$.inForce").value(false));
        mvc.perform(get("/api/v1/persons/" + person + "/pacts").with(CPI_TORINO))
                .andExpect(jsonPath("$[?(@.id == '" + superseded.get(0) + "')].inForce").value(true));
    }

    @Test
    void after_thirty_days_from_its_registration_only_a_supervisor_cancels() throws Exception {
        String person = api.person(CPI_TORINO);
        api.deliver(CPI_TORINO, person, delivery("A1", "INDIVIDUAL", today(), 10, bologna, A1_REFERRAL))
                .andExpect(status().isCreated());
        String a1 = deliveryOf(person, "A1");
        jdbc.sql("update pathway_delivery set recorded_at = now() - interval '31 days' where id = :id")
                .param("id", UUID.fromString(a1)).update();

        cancel("deliveries/" + a1, CPI_TORINO, REASON).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.violations[0].code").value("CANCELLATION_WINDOW_PASSED"));
        cancel("deliveries/" + a1, SUPERVISOR, REASON).andExpect(status().isOk())
                .andExpect(jsonPath("$.cancelled").value(true));
    }

    @Test
    void a_training_step_and_an_internship_are_cancelled_at_their_own_paths() throws Exception {
        String person = api.withSignedPlan(bologna, false);
        String training = JsonPath.read(mvc.perform(post("/api/v1/persons/" + person + "/training")
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"event": "REFERRED", "date": "%s", "course": "Contabilità di base"}""".formatted(today()))
                .with(CPI_TORINO)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(),
                "$.id");
        String internship = JsonPath.read(mvc.perform(post("/api/v1/persons/" + person + "/internships")
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"start": "%s", "end": "%s", "host": "Officine Rossi", "tutor": "Mario Rossi"}"""
                        .formatted(today(), today().plusMonths(3)))
                .with(CPI_TORINO)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(),
                "$.id");

        cancel("training-events/" + training, CPI_TORINO, REASON).andExpect(status().isOk())
                .andExpect(jsonPath("$.cancelled").value(true));
        cancel("internships/" + internship, CPI_TORINO, REASON).andExpect(status().isOk())
                .andExpect(jsonPath("$.cancelled").value(true))
                .andExpect(jsonPath("$.cancellation.reason").value("Registrata sulla persona sbagliata"));
        cancel("training-events/" + training, AGENZIA_ALFA, REASON).andExpect(status().isForbidden());
    }
}
