package it.retelavoro.employer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import it.retelavoro.network.NetworkManagement;
import it.retelavoro.network.Site;
import it.retelavoro.support.IntegrationTest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Taking a company in charge on its choice (issue 13, point 5), through the API: "L'impresa vi accede da qualsiasi
 * punto della rete pubblico/privata regionale" (B.2). Before, a company could not move at all.
 */
@IntegrationTest
@RecordApplicationEvents
class EmployerTakeoverApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    NetworkManagement network;

    @Autowired
    Clock clock;

    @Autowired
    ApplicationEvents events;

    private String site(String username, String name) {
        return network.findUserByUsername(username).orElseThrow().sites().stream()
                .map(id -> network.findSite(id).orElseThrow())
                .filter(site -> site.name().equals(name)).map(Site::id).findFirst().orElseThrow().toString();
    }

    private ResultActions postJson(String path, String body, String user) throws Exception {
        return mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(body)
                .with(httpBasic(user, "demo")));
    }

    private String register(String fiscalCode, String name) throws Exception {
        return JsonPath.read(postJson("/api/v1/employers", """
                {"fiscalCode": "%s", "name": "%s", "legalForm": "SRL", "ateco": "62.01.00", "sizeClass": "SMALL",
                 "comune": "L219", "address": "Via Roma 1"}""".formatted(fiscalCode, name), "cpi.torino")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
    }

    private ResultActions b1(String employer, String user, String siteId) throws Exception {
        return postJson("/api/v1/employers/" + employer + "/deliveries", """
                {"service": "B1", "mode": "INDIVIDUAL", "date": "%s", "minutes": 30, "siteId": "%s",
                 "place": "AT_COMPANY", "needs": "Due magazzinieri", "outputs": {"interest": true}}"""
                .formatted(LocalDate.now(clock), siteId), user);
    }

    private ResultActions takeOver(String employer, String user, String body) throws Exception {
        return postJson("/api/v1/employers/" + employer + "/takeover", body, user);
    }

    @Test
    void an_agency_takes_over_a_company_on_its_choice_and_the_cpi_keeps_reading_what_it_delivered() throws Exception {
        String fiscalCode = EmployerFixtures.aVatNumber();
        String name = "Impresa scelta " + UUID.randomUUID().toString().substring(0, 8);
        String employer = register(fiscalCode, name);
        b1(employer, "cpi.torino", site("cpi.torino", "CPI Torino - Sede di via Bologna"))
                .andExpect(status().isCreated());
        // the agency finds the company, served elsewhere, by its fiscal code
        mvc.perform(get("/api/v1/employers").param("fiscalCode", fiscalCode).with(httpBasic("agenzia.alfa", "demo")))
                .andExpect(jsonPath("$[0].id").value(employer))
                .andExpect(jsonPath("$[0].accessible").value(false));

        takeOver(employer, "agenzia.alfa", """
                {"choiceDate": "%s", "documentReference": "Modulo scelta 17"}""".formatted(LocalDate.now(clock)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(employer));

        mvc.perform(get("/api/v1/employers/" + employer).with(httpBasic("agenzia.alfa", "demo")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/employers/" + employer).with(httpBasic("cpi.torino", "demo")))
                .andExpect(status().isForbidden());
        b1(employer, "agenzia.alfa", site("agenzia.alfa", "Alfa Lavoro - Filiale di Torino"))
                .andExpect(status().isCreated());
        // what each organisation delivered: the former one reads its own only, a stranger nothing
        mvc.perform(get("/api/v1/employers/" + employer + "/deliveries").with(httpBasic("cpi.torino", "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(1)));
        mvc.perform(get("/api/v1/employers/" + employer + "/deliveries").with(httpBasic("agenzia.alfa", "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(2)));
        mvc.perform(get("/api/v1/employers/" + employer + "/deliveries").with(httpBasic("cpi.cuneo", "demo")))
                .andExpect(status().isForbidden());
        assertThat(events.stream(EmployerEvents.EmployerTakenOver.class)
                .filter(event -> event.employerId().value().toString().equals(employer))).singleElement()
                .satisfies(event -> assertThat(event.to()).isNotEqualTo(event.from()));
        mvc.perform(get("/").with(httpBasic("cpi.torino", "demo")))
                .andExpect(content().string(containsString(name)));
    }

    @Test
    void the_choice_needs_its_date_and_reference_and_the_serving_organisation_cannot_take_over() throws Exception {
        String employer = register(EmployerFixtures.aVatNumber(), "Impresa " + UUID.randomUUID());

        takeOver(employer, "agenzia.alfa", """
                {"choiceDate": "%s", "documentReference": ""}""".formatted(LocalDate.now(clock).plusDays(1)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("choiceDate", "documentReference")));
        takeOver(employer, "cpi.torino", """
                {"choiceDate": "%s", "documentReference": "X"}""".formatted(LocalDate.now(clock)))
                .andExpect(status().isConflict());
        takeOver(employer, "regione", """
                {"choiceDate": "%s", "documentReference": "X"}""".formatted(LocalDate.now(clock)))
                .andExpect(status().isForbidden());
    }
}
