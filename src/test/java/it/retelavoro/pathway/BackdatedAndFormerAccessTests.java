package it.retelavoro.pathway;

import static it.retelavoro.pathway.PathwayApi.AGENZIA_ALFA;
import static it.retelavoro.pathway.PathwayApi.ALFA;
import static it.retelavoro.pathway.PathwayApi.CPI_CUNEO;
import static it.retelavoro.pathway.PathwayApi.CPI_TORINO;
import static it.retelavoro.pathway.PathwayApi.PACT_SIGNED;
import static it.retelavoro.pathway.PathwayApi.VIA_BOLOGNA;
import static it.retelavoro.pathway.PathwayApi.delivery;
import static it.retelavoro.pathway.PathwayApi.today;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.retelavoro.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 13 through the pathway's API: the limit of back-dated registrations ("Aggiornamento costante delle
 * informazioni", piemonte-2012: 60 days) and what an organisation keeps reading after the person chose another
 * ("L'utente vi accede da qualsiasi punto della rete").
 */
@IntegrationTest
class BackdatedAndFormerAccessTests {

    static final String A1 = "\"outputs\": {\"referral\": \"Accoglienza A2\"}";

    @Autowired
    MockMvc mvc;

    @Test
    void a_delivery_dated_more_than_sixty_days_before_its_registration_is_refused_sixty_days_is_not()
            throws Exception {
        PathwayApi api = new PathwayApi(mvc);
        String person = api.person(CPI_TORINO);
        String site = api.site(CPI_TORINO, VIA_BOLOGNA);

        api.deliver(CPI_TORINO, person, delivery("A2", "INDIVIDUAL", today().minusDays(61), 30, site, PACT_SIGNED))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.violations", hasSize(1)))
                .andExpect(jsonPath("$.violations[0].code").value("BACKDATED_TOO_FAR"))
                .andExpect(jsonPath("$.violations[0].field").value("date"))
                .andExpect(jsonPath("$.violations[0].source.field").value("backdatedRegistrationDays"))
                .andExpect(jsonPath("$.violations[0].source.catalogueVersion").value("piemonte-2012"));
        api.deliver(CPI_TORINO, person, delivery("A2", "INDIVIDUAL", today().minusDays(60), 30, site, PACT_SIGNED))
                .andExpect(status().isCreated());
    }

    @Test
    void a_did_declared_more_than_sixty_days_ago_is_refused_by_the_same_limit() throws Exception {
        String person = new PathwayApi(mvc).person(CPI_TORINO);

        mvc.perform(post("/api/v1/persons/" + person + "/did").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"declaredOn\": \"" + today().minusDays(61) + "\", \"channel\": \"CPI_COUNTER\"}")
                        .with(CPI_TORINO))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.violations[0].code").value("BACKDATED_TOO_FAR"));
    }

    @Test
    void after_a_taking_over_the_previous_organisation_reads_what_it_registered_and_nothing_else() throws Exception {
        PathwayApi api = new PathwayApi(mvc);
        String person = api.person(CPI_TORINO);
        api.deliver(CPI_TORINO, person, delivery("A1", "INDIVIDUAL", today().minusDays(3), 15,
                api.site(CPI_TORINO, VIA_BOLOGNA), A1)).andExpect(status().isCreated());
        mvc.perform(post("/api/v1/persons/" + person + "/takeover").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"choiceDate\": \"" + today() + "\", \"documentReference\": \"Scelta 42\"}")
                        .with(AGENZIA_ALFA))
                .andExpect(status().isOk());
        api.deliver(AGENZIA_ALFA, person, delivery("A1", "INDIVIDUAL", today(), 15, api.site(AGENZIA_ALFA, ALFA), A1))
                .andExpect(status().isCreated());

        mvc.perform(get("/api/v1/persons/" + person + "/deliveries").with(CPI_TORINO))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].date").value(today().minusDays(3).toString()));
        mvc.perform(get("/api/v1/persons/" + person + "/deliveries").with(AGENZIA_ALFA))
                .andExpect(jsonPath("$", hasSize(2)));
        mvc.perform(get("/api/v1/persons/" + person + "/deliveries").with(CPI_CUNEO))
                .andExpect(status().isForbidden());
        // reading is all it keeps: no new act, no personal record
        api.deliver(CPI_TORINO, person, delivery("A1", "INDIVIDUAL", today(), 15, api.site(CPI_TORINO, VIA_BOLOGNA),
                A1)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/persons/" + person).with(CPI_TORINO)).andExpect(status().isForbidden());
        mvc.perform(get("/persons/" + person + "/registered").with(CPI_TORINO))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        today().minusDays(3).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")))));
        mvc.perform(get("/persons/" + person + "/registered").with(CPI_CUNEO)).andExpect(status().isForbidden());
    }
}
