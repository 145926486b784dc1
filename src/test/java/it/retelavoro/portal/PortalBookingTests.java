package it.retelavoro.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import it.retelavoro.person.FiscalCodes;
import it.retelavoro.support.IntegrationTest;
import it.retelavoro.support.PageSession;
import it.retelavoro.support.TestMailServer;
import jakarta.mail.internet.MimeMessage;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Booking on the public portal (issue 16, point 4): a person chooses a free A2 time of a site, gives the codice
 * fiscale and an e-mail address, receives the links by mail (a real SMTP server) and confirms: the appointment is
 * booked in the site's agenda; the other link cancels it and frees the time. A slot confirmed by another meanwhile,
 * a robot's honeypot and too many requests from one address are handled as the self-application's are.
 */
@IntegrationTest
class PortalBookingTests {

    private static final RequestPostProcessor CPI_TORINO = httpBasic("cpi.torino", "demo");
    private static final Pattern SLOT = Pattern.compile(
            "href=\"(/portal/appointments/new\\?siteId=[^\"]+)\"");
    private static final Pattern TOKEN = Pattern.compile("name=\"formToken\" value=\"([^\"]+)\"");
    private static final Pattern LINK = Pattern.compile("(http://[^\\s]+/portal/appointments/(confirm|cancel)\\?token=[A-Za-z0-9_-]+)");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    String site;
    /** An address of the test's own, so that the limit per address is the test's alone. */
    RequestPostProcessor from;

    @BeforeEach
    void setUp() throws Exception {
        String torino = JsonPath.read(mvc.perform(get("/api/v1/me").with(CPI_TORINO)).andReturn().getResponse()
                .getContentAsString(), "$.organisation.id");
        List<String> sites = JsonPath.read(mvc.perform(get("/api/v1/organisations/" + torino + "/sites")
                .with(CPI_TORINO)).andReturn().getResponse().getContentAsString(),
                "$[?(@.name == 'CPI Torino - Sede di via Bologna')].id");
        site = sites.get(0);
        String address = "10." + ThreadLocalRandom.current().nextInt(1, 250) + "."
                + ThreadLocalRandom.current().nextInt(1, 250) + "." + ThreadLocalRandom.current().nextInt(1, 250);
        from = request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private static String email() {
        return "prenota." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    /** The first free A2 time's link of the site, skipping the ones given. */
    private String slot(int skip) throws Exception {
        String page = mvc.perform(get("/portal/appointments").param("siteId", site).param("type", "A2").with(from))
                .andReturn().getResponse().getContentAsString();
        Matcher found = SLOT.matcher(page);
        for (int i = 0; i <= skip; i++) {
            assertThat(found.find()).as("a free time on the portal").isTrue();
        }
        return found.group(1).replace("&amp;", "&");
    }

    private MockHttpServletResponse request(String slot, PageSession session, String code, String email,
            String honeypot) throws Exception {
        String form = mvc.perform(get(slot).with(session).with(from)).andDo(session.keep()).andReturn().getResponse()
                .getContentAsString();
        Matcher token = TOKEN.matcher(form);
        assertThat(token.find()).isTrue();
        var query = UriComponentsBuilder.fromUriString(slot).build().getQueryParams();
        return mvc.perform(post("/portal/appointments").with(session).with(csrf()).with(from)
                .param("siteId", query.getFirst("siteId")).param("type", "A2")
                .param("start", URLDecoder.decode(query.getFirst("start"), StandardCharsets.UTF_8))
                .param("operatorId", query.getFirst("operatorId")).param("fiscalCode", code).param("email", email)
                .param("privacyAccepted", "true").param("website", honeypot == null ? "" : honeypot)
                .param("formToken", token.group(1))).andReturn().getResponse();
    }

    private List<String> links(String email) throws Exception {
        List<MimeMessage> received = TestMailServer.awaitReceivedBy(email, 1, Duration.ofSeconds(20));
        assertThat(received).hasSize(1);
        Matcher link = LINK.matcher((String) received.get(0).getContent());
        List<String> found = new ArrayList<>();
        while (link.find()) {
            found.add(link.group(1).replaceFirst("http://[^/]+", ""));
        }
        assertThat(found).hasSize(2);
        return found;
    }

    @Test
    void a_person_books_a_free_time_confirms_it_from_the_mail_and_cancels_it() throws Exception {
        String slot = slot(0);
        String email = email();
        String code = FiscalCodes.random(LocalDate.of(1992, 2, 20), "M", "L219");
        MockHttpServletResponse sent = request(slot, new PageSession(), code, email, null);
        assertThat(sent.getRedirectedUrl()).as(sent.getContentAsString()).isEqualTo("/portal/appointments/requested");
        List<String> links = links(email);
        String confirm = links.get(0);
        String cancel = links.get(1);
        assertThat(confirm).contains("/confirm?token=");

        // the link shows the booking and a button; only the button confirms
        String page = mvc.perform(get(confirm)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Da confermare", "id=\"booking-confirm\"");
        String token = confirm.substring(confirm.indexOf("token=") + 6);
        String done = mvc.perform(post("/portal/appointments/confirm").with(csrf()).param("token", token)).andReturn()
                .getResponse().getContentAsString();
        assertThat(done).contains("Appuntamento confermato", "Confermato");
        UUID appointment = jdbc.sql("select appointment_id from agenda_portal_booking where confirm_hash = encode(sha256(convert_to(:t, 'UTF8')), 'hex')")
                .param("t", token).query(UUID.class).single();
        String seen = mvc.perform(get("/agenda/appointments/" + appointment).with(CPI_TORINO)).andReturn()
                .getResponse().getContentAsString();
        assertThat(seen).contains(code, "Prenotato dal portale", "Prenotato");
        // and the site's day in the agenda names the booking by the codice fiscale given
        LocalDate day = jdbc.sql("select (starts_at at time zone 'Europe/Rome')::date from agenda_appointment"
                + " where id = :id").param("id", appointment).query(LocalDate.class).single();
        assertThat(mvc.perform(get("/agenda/sites/" + site).param("day", day.toString()).param("view", "day")
                .with(CPI_TORINO)).andReturn().getResponse().getContentAsString()).contains(code);
        // the time is no longer offered
        assertThat(mvc.perform(get("/portal/appointments").param("siteId", site).param("type", "A2").with(from))
                .andReturn().getResponse().getContentAsString()).doesNotContain(slot.replace("&", "&amp;"));

        String cancelled = mvc.perform(post("/portal/appointments/cancel").with(csrf())
                .param("token", cancel.substring(cancel.indexOf("token=") + 6))).andReturn().getResponse()
                .getContentAsString();
        assertThat(cancelled).contains("Prenotazione annullata");
        assertThat(mvc.perform(get("/agenda/appointments/" + appointment).with(CPI_TORINO)).andReturn().getResponse()
                .getContentAsString()).contains("Annullato", "Annullato dalla persona dal portale");
    }

    @Test
    void a_time_confirmed_by_another_first_is_refused_with_its_reason_and_a_robot_gets_no_booking() throws Exception {
        String slot = slot(1);
        String first = email();
        String second = email();
        request(slot, new PageSession(), FiscalCodes.random(LocalDate.of(1980, 1, 1), "F", "L219"), first, null);
        request(slot, new PageSession(), FiscalCodes.random(LocalDate.of(1981, 1, 1), "F", "L219"), second, null);
        String secondToken = links(second).get(0).replaceFirst(".*token=", "");
        String firstToken = links(first).get(0).replaceFirst(".*token=", "");
        mvc.perform(post("/portal/appointments/confirm").with(csrf()).param("token", firstToken));
        String refused = mvc.perform(post("/portal/appointments/confirm").with(csrf()).param("token", secondToken))
                .andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("data-testid=\"booking-problem\"", "non è più libero");

        // a robot fills the honeypot: the same answer, nothing kept, no mail
        String robot = email();
        long before = jdbc.sql("select count(*) from agenda_portal_booking").query(Long.class).single();
        MockHttpServletResponse answer = request(slot(0), new PageSession(),
                FiscalCodes.random(LocalDate.of(1982, 1, 1), "F", "L219"), robot, "http://spam.example");
        assertThat(answer.getRedirectedUrl()).isEqualTo("/portal/appointments/requested");
        assertThat(jdbc.sql("select count(*) from agenda_portal_booking").query(Long.class).single())
                .isEqualTo(before);
        assertThat(TestMailServer.receivedBy(robot)).isEmpty();
    }

    @Test
    void wrong_fields_are_said_next_to_them_and_too_many_requests_from_one_address_are_refused() throws Exception {
        PageSession session = new PageSession();
        MockHttpServletResponse wrong = request(slot(0), session, "NONVALIDO", "non-una-mail", null);
        assertThat(wrong.getStatus()).isEqualTo(200);
        assertThat(wrong.getContentAsString()).contains("booking-fiscal-code-error", "booking-email-error");
        int status = 0;
        for (int i = 0; i < 6 && status != 429; i++) {
            status = request(slot(0), session, "NONVALIDO", "non-una-mail", null).getStatus();
        }
        assertThat(status).isEqualTo(429);
        // an unknown link says so
        assertThat(mvc.perform(get("/portal/appointments/confirm").param("token", "sconosciuto")).andReturn()
                .getResponse().getContentAsString()).contains("data-testid=\"booking-unknown\"");
    }
}
