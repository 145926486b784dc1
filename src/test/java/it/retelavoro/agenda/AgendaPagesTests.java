package it.retelavoro.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import it.retelavoro.person.FiscalCodes;
import it.retelavoro.support.AgendaDays;
import it.retelavoro.support.IntegrationTest;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The agenda's pages (issue 16, point 1): the week of a site with its free slots to book, the booking form with
 * its errors next to the fields, the appointment's page where it is moved and cancelled with a reason, and the
 * delivery form filled in from it.
 */
@IntegrationTest
class AgendaPagesTests {

    static final RequestPostProcessor ADMIN = httpBasic("admin", "demo");
    static final RequestPostProcessor CPI_TORINO = httpBasic("cpi.torino", "demo");

    @Autowired
    MockMvc mvc;

    private MockHttpServletResponse send(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder
            request, RequestPostProcessor who) throws Exception {
        return mvc.perform(request.with(who)).andReturn().getResponse();
    }

    private String json(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
            String body, RequestPostProcessor who) throws Exception {
        MockHttpServletResponse response = send(request.contentType(MediaType.APPLICATION_JSON).content(body), who);
        assertThat(response.getStatus()).as(response.getContentAsString()).isLessThan(300);
        return response.getContentAsString();
    }

    @Test
    void an_operator_books_a_free_slot_from_the_week_then_moves_and_cancels_it() throws Exception {
        String torino = JsonPath.read(send(get("/api/v1/me"), CPI_TORINO).getContentAsString(), "$.organisation.id");
        List<String> sites = JsonPath.read(send(get("/api/v1/organisations/" + torino + "/sites"), CPI_TORINO)
                .getContentAsString(), "$[?(@.name == 'CPI Torino - Sede di via Bologna')].id");
        String site = sites.get(0);
        String username = "agenda.pagine." + UUID.randomUUID().toString().substring(0, 6);
        String operator = JsonPath.read(json(post("/api/v1/users"), """
                {"username": "%s", "password": "una-password-lunga", "fullName": "Operatrice Agenda %s",
                 "role": "OPERATOR", "organisationId": "%s", "siteIds": ["%s"], "competences": []}"""
                .formatted(username, username, torino, site), ADMIN), "$.id");
        json(post("/api/v1/sites/" + site + "/availability"), """
                {"operatorId": "%s", "weekday": "WEDNESDAY", "starts": "14:00", "ends": "15:00"}"""
                .formatted(operator), ADMIN);
        String code = FiscalCodes.random(LocalDate.of(1990, 1, 5), "M", "L219");
        String person = JsonPath.read(json(post("/api/v1/persons"), """
                {"fiscalCode": "%s", "firstName": "Marco", "lastName": "Agendina", "birthDate": "1990-01-05",
                 "sex": "M", "birthPlace": "L219", "citizenship": "IT",
                 "residence": {"address": "Via Po 1", "comune": "L219"}}""".formatted(code), CPI_TORINO), "$.id");
        LocalDate wednesday = AgendaDays.farAhead(DayOfWeek.WEDNESDAY);

        // the caller's agenda opens on their site's week
        assertThat(send(get("/agenda"), CPI_TORINO).getRedirectedUrl()).startsWith("/agenda/sites/");
        String week = send(get("/agenda/sites/" + site).param("day", wednesday.toString())
                .param("operator", operator), CPI_TORINO).getContentAsString();
        assertThat(week).contains("14:00–14:30", "14:30–15:00", "Prenota alle 14:00 con Operatrice Agenda");
        String slotLink = "/agenda/sites/" + site + "/booking?start=" + wednesday + "T14:00&amp;operatorId="
                + operator + "&amp;type=A2";
        assertThat(week).contains(slotLink);

        // the booking form: a codice fiscale of nobody in charge is refused next to its field
        String form = send(get("/agenda/sites/" + site + "/booking").param("start", wednesday + "T14:00")
                .param("operatorId", operator).param("type", "A2"), CPI_TORINO).getContentAsString();
        assertThat(form).contains("id=\"booking-fiscal-code\"", "id=\"booking-form\"");
        MockHttpServletResponse refused = send(post("/agenda/sites/" + site + "/booking").with(csrf())
                .param("start", wednesday + "T14:00").param("operatorId", operator).param("type", "A2")
                .param("fiscalCode", "RSSMRA80A01L219X"), CPI_TORINO);
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refused.getContentAsString()).contains("booking-fiscal-code-error",
                "Nessuna persona in carico con questo codice fiscale");

        MockHttpServletResponse booked = send(post("/agenda/sites/" + site + "/booking").with(csrf())
                .param("start", wednesday + "T14:00").param("operatorId", operator).param("type", "A2")
                .param("fiscalCode", code), CPI_TORINO);
        assertThat(booked.getRedirectedUrl()).startsWith("/agenda/appointments/");
        String appointment = booked.getRedirectedUrl();
        String page = send(get(appointment), CPI_TORINO).getContentAsString();
        assertThat(page).contains("Marco Agendina", "Prenotato", "/persons/" + person
                + "/pathway/deliveries/new?service=A2&amp;mode=INDIVIDUAL&amp;date=" + wednesday
                + "&amp;minutes=30&amp;siteId=" + site);
        assertThat(send(get("/agenda/sites/" + site).param("day", wednesday.toString()).param("operator", operator),
                CPI_TORINO).getContentAsString()).contains("Marco Agendina").doesNotContain("Prenota alle 14:00");

        // the delivery form filled in from the appointment
        String delivery = send(get("/persons/" + person + "/pathway/deliveries/new").param("service", "A2")
                .param("mode", "INDIVIDUAL").param("date", wednesday.toString()).param("minutes", "30")
                .param("siteId", site), CPI_TORINO).getContentAsString();
        assertThat(delivery).contains("value=\"" + wednesday + "\"", "value=\"30\"");

        // moved without a reason: refused on the page; with one, moved
        MockHttpServletResponse noReason = send(post(appointment + "/reschedule").with(csrf())
                .param("date", wednesday.toString()).param("time", "14:30").param("operatorId", operator), CPI_TORINO);
        assertThat(noReason.getContentAsString()).contains("reschedule-reason-error");
        assertThat(send(post(appointment + "/reschedule").with(csrf()).param("date", wednesday.toString())
                .param("time", "14:30").param("operatorId", operator).param("reason", "Richiesta della persona"),
                CPI_TORINO).getRedirectedUrl()).isEqualTo(appointment);
        assertThat(send(get(appointment), CPI_TORINO).getContentAsString()).contains("14:30–15:00", "Spostato",
                "Richiesta della persona");

        assertThat(send(post(appointment + "/cancellation").with(csrf()).param("reason", "Ha trovato lavoro"),
                CPI_TORINO).getRedirectedUrl()).isEqualTo(appointment);
        assertThat(send(get(appointment), CPI_TORINO).getContentAsString()).contains("Annullato", "Ha trovato lavoro")
                .doesNotContain("id=\"cancellation-form\"");
    }
}
