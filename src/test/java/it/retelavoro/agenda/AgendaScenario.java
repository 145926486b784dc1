package it.retelavoro.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import it.retelavoro.person.FiscalCodes;
import it.retelavoro.support.AgendaDays;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The agenda of a test through the API: CPI Torino's site of via Bologna, a Monday of the test's own (far enough
 * ahead not to meet another test's appointments), new operators with hours on that Monday, persons in charge.
 */
final class AgendaScenario {

    static final RequestPostProcessor ADMIN = httpBasic("admin", "demo");
    static final RequestPostProcessor CPI_TORINO = httpBasic("cpi.torino", "demo");
    static final RequestPostProcessor CPI_CUNEO = httpBasic("cpi.cuneo", "demo");
    static final RequestPostProcessor AGENCY = httpBasic("agenzia.alfa", "demo");
    static final String VIA_BOLOGNA = "CPI Torino - Sede di via Bologna";
    static final ZoneId ROME = ZoneId.of("Europe/Rome");

    final MockMvc mvc;
    final String torino;
    final String site;
    final LocalDate monday;

    AgendaScenario(MockMvc mvc) throws Exception {
        this.mvc = mvc;
        this.torino = JsonPath.read(body(get("/api/v1/me"), null, CPI_TORINO, 200), "$.organisation.id");
        List<String> ids = JsonPath.read(body(get("/api/v1/organisations/" + torino + "/sites"), null, CPI_TORINO,
                200), "$[?(@.name == '" + VIA_BOLOGNA + "')].id");
        this.site = ids.get(0);
        this.monday = AgendaDays.farAhead(DayOfWeek.MONDAY);
    }

    String body(MockHttpServletRequestBuilder request, String json, RequestPostProcessor who, int expected)
            throws Exception {
        ResultActions result = send(request, json, who);
        String response = result.andReturn().getResponse().getContentAsString();
        assertThat(result.andReturn().getResponse().getStatus()).as(response).isEqualTo(expected);
        return response;
    }

    ResultActions send(MockHttpServletRequestBuilder request, String json, RequestPostProcessor who)
            throws Exception {
        if (json != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        return mvc.perform(request.with(who));
    }

    /** A new operator of CPI Torino at via Bologna, with hours on Mondays from 9 to 12. */
    String operatorWithMondayHours() throws Exception {
        String username = "agenda." + UUID.randomUUID().toString().substring(0, 8);
        String operator = JsonPath.read(body(post("/api/v1/users"), """
                {"username": "%s", "password": "una-password-lunga", "role": "OPERATOR", "organisationId": "%s",
                 "siteIds": ["%s"], "competences": []}""".formatted(username, torino, site), ADMIN, 201), "$.id");
        body(post("/api/v1/sites/" + site + "/availability"), """
                {"operatorId": "%s", "weekday": "MONDAY", "starts": "09:00", "ends": "12:00"}"""
                .formatted(operator), ADMIN, 201);
        return operator;
    }

    /** A person registered by the caller's organisation, with the e-mail address when not null. */
    String person(RequestPostProcessor who, String email) throws Exception {
        String code = FiscalCodes.random(LocalDate.of(1985, 3, 12), "F", "L219");
        return JsonPath.read(body(post("/api/v1/persons"), """
                {"fiscalCode": "%s", "firstName": "Anna", "lastName": "Agenda", "birthDate": "1985-03-12",
                 "sex": "F", "birthPlace": "L219", "citizenship": "IT", %s
                 "residence": {"address": "Via Po 1", "comune": "L219"}}"""
                .formatted(code, email == null ? "" : "\"email\": \"" + email + "\","), who, 201), "$.id");
    }

    String person(RequestPostProcessor who) throws Exception {
        return person(who, null);
    }

    /** The local time of Italy on the test's Monday. */
    String at(int hour, int minute) {
        return LocalDateTime.of(monday, LocalTime.of(hour, minute)).toString();
    }

    ResultActions book(String operator, String start, String service, String person) throws Exception {
        return send(post("/api/v1/appointments"), """
                {"siteId": "%s", "operatorId": "%s", "start": "%s", "service": "%s", "personId": "%s"}"""
                .formatted(site, operator, start, service, person), CPI_TORINO);
    }

    /** Books and answers the appointment's id. */
    String booked(String operator, String start, String service, String person) throws Exception {
        return JsonPath.read(book(operator, start, service, person).andReturn().getResponse().getContentAsString(),
                "$.id");
    }
}
