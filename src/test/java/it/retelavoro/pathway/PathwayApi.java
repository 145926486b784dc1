package it.retelavoro.pathway;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import it.retelavoro.person.FiscalCodes;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Drives the pathway through the JSON API as an operator would: persons registered through the person
 * registry's API, sites found through the network's, deliveries posted as JSON.
 */
final class PathwayApi {

    static final RequestPostProcessor CPI_TORINO = httpBasic("cpi.torino", "demo");
    static final RequestPostProcessor CPI_CUNEO = httpBasic("cpi.cuneo", "demo");
    static final RequestPostProcessor AGENZIA_ALFA = httpBasic("agenzia.alfa", "demo");
    static final String VIA_BOLOGNA = "CPI Torino - Sede di via Bologna";
    static final String MONCALIERI = "CPI Torino - Sportello di Moncalieri";
    static final String ALFA = "Alfa Lavoro - Filiale di Torino";
    static final String CUNEO = "CPI Cuneo - Sede";
    static final LocalDate BIRTH = LocalDate.of(1985, 3, 12);

    private final MockMvc mvc;

    PathwayApi(MockMvc mvc) {
        this.mvc = mvc;
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Rome"));
    }

    /** A new person in charge of the caller's organisation, resident in the comune (cadastral code). */
    String person(RequestPostProcessor who, String residenceComune) throws Exception {
        String code = FiscalCodes.random(BIRTH, "F", "L219");
        String body = """
                {"fiscalCode": "%s", "firstName": "Anna", "lastName": "Bianchi-%s", "birthDate": "%s", "sex": "F",
                 "birthPlace": "L219", "citizenship": "IT",
                 "residence": {"address": "Via Po 1", "comune": "%s"}}"""
                .formatted(code, UUID.randomUUID().toString().substring(0, 6), BIRTH, residenceComune);
        String response = mvc.perform(post("/api/v1/persons").contentType(MediaType.APPLICATION_JSON).content(body)
                .with(who)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(response, "$.id");
    }

    String person(RequestPostProcessor who) throws Exception {
        return person(who, "L219");
    }

    String fiscalCodeOf(RequestPostProcessor who, String personId) throws Exception {
        return JsonPath.read(mvc.perform(get("/api/v1/persons/" + personId).with(who)).andReturn().getResponse()
                .getContentAsString(), "$.fiscalCode");
    }

    String organisationOf(RequestPostProcessor who) throws Exception {
        return JsonPath.read(mvc.perform(get("/api/v1/me").with(who)).andReturn().getResponse().getContentAsString(),
                "$.organisation.id");
    }

    String site(RequestPostProcessor who, String name) throws Exception {
        String organisation = organisationOf(who);
        List<String> ids = JsonPath.read(mvc.perform(get("/api/v1/organisations/" + organisation + "/sites")
                .with(who)).andReturn().getResponse().getContentAsString(), "$[?(@.name == '" + name + "')].id");
        return ids.get(0);
    }

    ResultActions deliver(RequestPostProcessor who, String personId, String json) throws Exception {
        return mvc.perform(post("/api/v1/persons/" + personId + "/deliveries").contentType(MediaType.APPLICATION_JSON)
                .content(json).with(who));
    }

    /** A delivery as JSON: service, mode, date, minutes, site and the rest of the fields (may be empty). */
    static String delivery(String service, String mode, LocalDate date, Integer minutes, String siteId,
            String more) {
        return """
                {"service": "%s", "mode": "%s", "date": "%s", "minutes": %s, "siteId": "%s"%s}"""
                .formatted(service, mode, date, minutes, siteId, more.isBlank() ? "" : ", " + more);
    }

    static final String PACT_SIGNED = """
            "outputs": {"pact": {"outcome": "SIGNED", "responsibleOperator": "Laura Verdi",
                                 "meetingFrequency": "Ogni 30 giorni", "jobSearchActs": "Tre candidature al mese",
                                 "jobSearchTiming": "Entro 60 giorni", "trainingAvailability": true}}""";

    static final String PACT_REFUSED = """
            "outputs": {"pact": {"outcome": "REFUSED"}}""";

    static String plan(boolean specificNeed) {
        return """
                "outputs": {"actionPlan": {"outcome": "SIGNED", "specificNeed": %s,
                   "specificNeedText": "Chiarire l'obiettivo professionale",
                   "actions": [{"service": "A4", "description": "Bilancio di competenze", "dueOn": "%s"},
                               {"description": "Corso di contabilita", "dueOn": "%s"}]}}"""
                .formatted(specificNeed, today().plusMonths(2), today().plusMonths(4));
    }

    /** A person with A2 (Patto signed) delivered today at via Bologna by cpi.torino. */
    String withSignedPact(String siteId) throws Exception {
        String person = person(CPI_TORINO);
        deliver(CPI_TORINO, person, delivery("A2", "INDIVIDUAL", today(), 30, siteId, PACT_SIGNED))
                .andExpect(status().isCreated());
        return person;
    }

    /** A person with A2 and A3 (PAI signed, with or without a specific need) delivered today. */
    String withSignedPlan(String siteId, boolean specificNeed) throws Exception {
        String person = withSignedPact(siteId);
        deliver(CPI_TORINO, person, delivery("A3", "INDIVIDUAL", today(), 60, siteId, plan(specificNeed)))
                .andExpect(status().isCreated());
        return person;
    }
}
