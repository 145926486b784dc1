package it.retelavoro.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import it.retelavoro.support.IntegrationTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Taking a person in charge on the person's choice (issue 13, point 5), through the API: "L'utente vi accede da
 * qualsiasi punto della rete pubblico/privata regionale" (A.1, A.2).
 */
@IntegrationTest
@RecordApplicationEvents
class PersonTakeoverApiTests {

    static final RequestPostProcessor CPI_TORINO = httpBasic("cpi.torino", "demo");
    static final RequestPostProcessor ALFA = httpBasic("agenzia.alfa", "demo");
    static final RequestPostProcessor ANALYST = httpBasic("regione", "demo");

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationEvents events;

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Rome"));
    }

    private String register(RequestPostProcessor who, String fiscalCode, String lastName) throws Exception {
        String body = PersonApiTests.body(fiscalCode, PersonApiTests.BIRTH, "M", "L219").replace("Rossi-", lastName);
        return JsonPath.read(mvc.perform(post("/api/v1/persons").contentType(MediaType.APPLICATION_JSON).content(body)
                .with(who)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
    }

    private ResultActions takeOver(RequestPostProcessor who, String id, String body) throws Exception {
        return mvc.perform(post("/api/v1/persons/" + id + "/takeover").contentType(MediaType.APPLICATION_JSON)
                .content(body).with(who));
    }

    private static String choice(LocalDate date, String reference) {
        return """
                {"choiceDate": %s, "documentReference": %s}""".formatted(date == null ? "null" : "\"" + date + "\"",
                reference == null ? "null" : "\"" + reference + "\"");
    }

    @Test
    void an_agency_takes_over_a_person_of_a_cpi_on_the_persons_signed_choice_found_by_codice_fiscale()
            throws Exception {
        String fiscalCode = FiscalCodes.random(PersonApiTests.BIRTH, "M", "L219");
        String lastName = "Scelta" + UUID.randomUUID().toString().substring(0, 6);
        String id = register(CPI_TORINO, fiscalCode, lastName);
        // Alfa's registration finds the person elsewhere; the in-charge lookup gives the id
        String found = JsonPath.read(mvc.perform(get("/api/v1/persons/in-charge").param("fiscalCode", fiscalCode)
                .with(ALFA)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(), "$.id");
        assertThat(found).isEqualTo(id);

        takeOver(ALFA, id, choice(today().minusDays(1), "PROT-2026-001"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.inCharge.name").value("Alfa Lavoro"));

        mvc.perform(get("/api/v1/persons/" + id).with(ALFA)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/persons/" + id).with(CPI_TORINO)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/persons/" + id + "/transfers").with(ALFA))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].kind").value("CHOICE"))
                .andExpect(jsonPath("$[0].choiceDate").value(today().minusDays(1).toString()))
                .andExpect(jsonPath("$[0].documentReference").value("PROT-2026-001"));
        assertThat(events.stream(PersonEvents.PersonTakenOver.class)
                .filter(event -> event.personId().value().toString().equals(id)))
                .singleElement().satisfies(event -> {
                    assertThat(event.choiceDate()).isEqualTo(today().minusDays(1));
                    assertThat(event.to()).isNotEqualTo(event.from());
                });
        // monitoring follows the move as any transfer
        assertThat(events.stream(PersonEvents.PersonTransferred.class)
                .filter(event -> event.personId().value().toString().equals(id))).hasSize(1);
        // the organisation that had the person finds a notice on its home page
        mvc.perform(get("/").with(CPI_TORINO))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(lastName)))
                .andExpect(content().string(containsString("/persons/" + id + "/registered")));
    }

    @Test
    void the_choice_needs_its_date_not_in_the_future_and_the_reference_of_the_document() throws Exception {
        String id = register(CPI_TORINO, FiscalCodes.random(PersonApiTests.BIRTH, "M", "L219"), "Rossi-");

        takeOver(ALFA, id, choice(null, " "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("choiceDate", "documentReference")));
        takeOver(ALFA, id, choice(today().plusDays(1), "x".repeat(Person.CHOICE_DOCUMENT_REFERENCE_MAX + 1)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("choiceDate", "documentReference")));
        mvc.perform(get("/api/v1/persons/" + id).with(CPI_TORINO)).andExpect(status().isOk());
    }

    @Test
    void the_organisation_in_charge_cannot_take_over_and_an_analyst_may_not() throws Exception {
        String id = register(CPI_TORINO, FiscalCodes.random(PersonApiTests.BIRTH, "M", "L219"), "Rossi-");

        takeOver(CPI_TORINO, id, choice(today(), "PROT-1")).andExpect(status().isConflict());
        takeOver(ANALYST, id, choice(today(), "PROT-1")).andExpect(status().isForbidden());
        takeOver(ALFA, UUID.randomUUID().toString(), choice(today(), "PROT-1")).andExpect(status().isNotFound());
    }

    @Test
    void the_registration_page_offers_the_taking_over_when_the_person_is_in_charge_elsewhere() throws Exception {
        String fiscalCode = FiscalCodes.random(PersonApiTests.BIRTH, "M", "L219");
        String id = register(CPI_TORINO, fiscalCode, "Rossi-");

        mvc.perform(post("/persons").with(ALFA).with(csrf()).param("fiscalCode", fiscalCode)
                        .param("firstName", "Mario").param("lastName", "Rossi").param("birthDate", "1985-12-10")
                        .param("sex", "M").param("birthPlace", "L219").param("citizenship", "IT"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/persons/" + id + "/takeover")))
                .andExpect(content().string(containsString("takeover-choice-date")));
        mvc.perform(post("/persons/" + id + "/takeover").with(ALFA).with(csrf()).param("choiceDate", "")
                        .param("documentReference", "PROT-9"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("takeover-choice-date-error")));
        mvc.perform(post("/persons/" + id + "/takeover").with(ALFA).with(csrf())
                        .param("choiceDate", today().toString()).param("documentReference", "PROT-9"))
                .andExpect(redirectedUrl("/persons/" + id));
    }
}
