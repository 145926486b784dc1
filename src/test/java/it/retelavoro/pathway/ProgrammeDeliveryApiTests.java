package it.retelavoro.pathway;

import static it.retelavoro.pathway.PathwayApi.CPI_TORINO;
import static it.retelavoro.pathway.PathwayApi.PACT_SIGNED;
import static it.retelavoro.pathway.PathwayApi.VIA_BOLOGNA;
import static it.retelavoro.pathway.PathwayApi.delivery;
import static it.retelavoro.pathway.PathwayApi.today;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.retelavoro.support.IntegrationTest;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Deliveries registered under a regional programme through the API: the field {@code programme}, judged by the
 * programme's rules with the person's facts (age, DID, NASpI, months since the DID, hours already financed).
 * Premessa: "ulteriori output specifici potranno essere indicati all'interno degli Atti programmatici regionali".
 */
@IntegrationTest
class ProgrammeDeliveryApiTests {

    @Autowired
    MockMvc mvc;

    PathwayApi api;
    String bologna;

    @BeforeEach
    void setUp() throws Exception {
        api = new PathwayApi(mvc);
        bologna = api.site(CPI_TORINO, VIA_BOLOGNA);
    }

    private void declareDid(String person, LocalDate on, String channel) throws Exception {
        mvc.perform(post("/api/v1/persons/" + person + "/did").contentType(MediaType.APPLICATION_JSON)
                .content("{\"declaredOn\": \"%s\", \"channel\": \"%s\"}".formatted(on, channel)).with(CPI_TORINO))
                .andExpect(status().isCreated());
    }

    @Test
    @DisplayName("GOL-P1 asks for a DID in force: refused without one (422, source the programme's field), kept with one")
    void registers_a_delivery_under_a_programme_when_the_person_is_eligible() throws Exception {
        String person = api.person(CPI_TORINO);
        String a2 = delivery("A2", "INDIVIDUAL", today(), 60, bologna, PACT_SIGNED + ", \"programme\": \"GOL-P1\"");

        api.deliver(CPI_TORINO, person, a2).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.violations", hasSize(1)))
                .andExpect(jsonPath("$.violations[0].code").value("PROGRAMME_ELIGIBILITY"))
                .andExpect(jsonPath("$.violations[0].field").value("programme"))
                .andExpect(jsonPath("$.violations[0].source.field").value("programmi.GOL-P1.eligibility.didInForce"))
                .andExpect(jsonPath("$.violations[0].source.programme").value("GOL-P1"))
                .andExpect(jsonPath("$.violations[0].source.catalogueVersion").value("piemonte-2012"));

        declareDid(person, today(), "NASPI_APPLICATION");
        api.deliver(CPI_TORINO, person, a2).andExpect(status().isCreated())
                .andExpect(jsonPath("$.programme").value("GOL-P1"));
        mvc.perform(get("/api/v1/persons/" + person + "/deliveries").with(CPI_TORINO))
                .andExpect(jsonPath("$[0].programme").value("GOL-P1"));
    }

    @Test
    @DisplayName("\"ulteriori output specifici\": GOL-P1 finances A2 only with the Patto signed")
    void refuses_a_delivery_without_the_further_output_of_the_programme() throws Exception {
        String person = api.person(CPI_TORINO);
        declareDid(person, today(), "CPI_COUNTER");

        api.deliver(CPI_TORINO, person, delivery("A2", "INDIVIDUAL", today(), 60, bologna,
                        "\"outputs\": {\"pact\": {\"outcome\": \"REFUSED\"}}, \"programme\": \"GOL-P1\""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.violations[0].code").value("PROGRAMME_OUTPUT_MISSING"))
                .andExpect(jsonPath("$.violations[0].field").value("outputs"));
    }

    @Test
    @DisplayName("Buono servizi lavoro, \"disoccupate da almeno 6 mesi\": a DID of fifty days is not enough")
    void counts_the_months_of_unemployment_from_the_did() throws Exception {
        String person = api.person(CPI_TORINO);
        declareDid(person, today().minusDays(50), "CPI_COUNTER");
        api.deliver(CPI_TORINO, person, delivery("A2", "INDIVIDUAL", today(), 30, bologna, PACT_SIGNED))
                .andExpect(status().isCreated());

        api.deliver(CPI_TORINO, person, delivery("A3", "INDIVIDUAL", today(), 60, bologna,
                        PathwayApi.plan(false) + ", \"programme\": \"BSL-DISOCCUPATI\""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.violations", hasSize(1)))
                .andExpect(jsonPath("$.violations[0].source.field")
                        .value("programmi.BSL-DISOCCUPATI.eligibility.minUnemploymentMonths"));
    }

    @Test
    @DisplayName("The maximum hours of a service are per person: the deliveries under the programme add up")
    void refuses_the_hours_past_the_maximum_of_the_programme_for_the_person() throws Exception {
        String person = api.person(CPI_TORINO);
        declareDid(person, today(), "CPI_COUNTER");
        api.deliver(CPI_TORINO, person, delivery("A2", "INDIVIDUAL", today(), 30, bologna, PACT_SIGNED))
                .andExpect(status().isCreated());
        api.deliver(CPI_TORINO, person, delivery("A3", "INDIVIDUAL", today(), 60, bologna, PathwayApi.plan(false)))
                .andExpect(status().isCreated());
        String a5 = "\"programme\": \"GOL-P1\"";

        api.deliver(CPI_TORINO, person, delivery("A5", "INDIVIDUAL", today(), 1140, bologna, a5))
                .andExpect(status().isCreated());
        api.deliver(CPI_TORINO, person, delivery("A5", "INDIVIDUAL", today(), 120, bologna, a5))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.violations[0].code").value("PROGRAMME_HOURS"));
        api.deliver(CPI_TORINO, person, delivery("A5", "INDIVIDUAL", today(), 120, bologna, ""))
                .andExpect(status().isCreated());
    }

    @Test
    @DisplayName("An unknown programme is refused naming the field programme")
    void refuses_an_unknown_programme() throws Exception {
        String person = api.person(CPI_TORINO);

        api.deliver(CPI_TORINO, person, delivery("A1", "INDIVIDUAL", today(), 10, bologna,
                        "\"outputs\": {\"referral\": \"CPI\"}, \"programme\": \"NESSUNO\""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.violations[0].code").value("PROGRAMME_NOT_APPLICABLE"))
                .andExpect(jsonPath("$.violations[0].field").value("programme"));
    }

    @Test
    @DisplayName("GET /api/v1/catalogue/programmes lists the shipped programmes; /{code} one, 404 for an unknown code")
    void publishes_the_programmes() throws Exception {
        mvc.perform(get("/api/v1/catalogue/programmes"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code == 'GOL-P1')].catalogueVersion").value("piemonte-2012"));
        mvc.perform(get("/api/v1/catalogue/programmes/BSL-DISOCCUPATI"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.eligibility.minUnemploymentMonths").value(6))
                .andExpect(jsonPath("$.hourlyRate").value(34.00))
                .andExpect(jsonPath("$.services[?(@.service == 'A5')].maxHours").value(20));
        mvc.perform(get("/api/v1/catalogue/programmes/NESSUNO")).andExpect(status().isNotFound());
    }
}
