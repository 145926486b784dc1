package it.retelavoro.desk;

import static it.retelavoro.desk.DeskFixtures.CPI_TORINO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.retelavoro.support.IntegrationTest;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The worklist "DID da convocare" (issue 16, point 2): every DID in force whose person has no Patto since, whatever
 * its channel. A DID declared at the CPI's counter used to be left out (only the national flow's were listed).
 */
@IntegrationTest
class DidWorklistTests {

    @Autowired
    MockMvc mvc;

    @Test
    void a_did_declared_at_the_counter_is_to_convene_until_the_patto_is_signed() throws Exception {
        DeskFixtures fixtures = new DeskFixtures(mvc);
        String surname = "Sportello" + (char) ('A' + ThreadLocalRandom.current().nextInt(26))
                + (char) ('a' + ThreadLocalRandom.current().nextInt(26)) + (char) ('a' + ThreadLocalRandom.current()
                .nextInt(26));
        String person = fixtures.person(CPI_TORINO, surname, "Marta");
        mvc.perform(post("/api/v1/persons/" + person + "/did").contentType(MediaType.APPLICATION_JSON).content("""
                {"declaredOn": "%s", "channel": "CPI_COUNTER"}""".formatted(DeskFixtures.today().minusDays(10)))
                .with(CPI_TORINO)).andExpect(status().isCreated());

        String csv = mvc.perform(get("/desk/did-convocations.csv").with(CPI_TORINO)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String deadline = DeskFixtures.today().plusDays(20).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        assertThat(csv).contains(surname + " Marta").contains(deadline);

        // a person an agency has in charge is the agency's to convoke, even with the DID its CPI certifies
        String agencys = fixtures.person(DeskFixtures.ALFA, surname + "x", "Agenzia");
        String torino = com.jayway.jsonpath.JsonPath.read(mvc.perform(get("/api/v1/me").with(CPI_TORINO))
                .andReturn().getResponse().getContentAsString(), "$.organisation.id");
        mvc.perform(post("/api/v1/persons/" + agencys + "/did").contentType(MediaType.APPLICATION_JSON).content("""
                {"declaredOn": "%s", "channel": "AGENCY", "cpiId": "%s"}""".formatted(DeskFixtures.today()
                .minusDays(10), torino))
                .with(DeskFixtures.ALFA)).andExpect(status().isCreated());
        assertThat(mvc.perform(get("/desk/did-convocations.csv").with(CPI_TORINO)).andReturn().getResponse()
                .getContentAsString()).doesNotContain(surname + "x");

        fixtures.signPact(person);
        assertThat(mvc.perform(get("/desk/did-convocations.csv").with(CPI_TORINO)).andReturn().getResponse()
                .getContentAsString()).doesNotContain(surname);
    }
}
