package it.retelavoro.agenda;

import static it.retelavoro.agenda.AgendaScenario.AGENCY;
import static it.retelavoro.agenda.AgendaScenario.CPI_CUNEO;
import static it.retelavoro.agenda.AgendaScenario.CPI_TORINO;
import static it.retelavoro.agenda.AgendaScenario.ROME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import it.retelavoro.mail.Mailer;
import it.retelavoro.network.NetworkManagement;
import it.retelavoro.reference.Comuni;
import it.retelavoro.support.IntegrationTest;
import it.retelavoro.support.MovableClock;
import it.retelavoro.support.TestMailServer;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Convocations and their reminders (issue 16, point 2): a CPI convokes by e-mail, the mail reaches a real SMTP
 * server (GreenMail) with the letter and the calendar file; by letter the convocation is recorded and the letter
 * printed, with the consequences of an absence for a benefit recipient; the reminders go 2 days and 2 hours before,
 * once each even when two instances run the schedule at once; a moved appointment has its reminders planned again.
 */
@IntegrationTest
class ConvocationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ConvocationReminders reminders;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    AppointmentRepository appointments;

    @Autowired
    ConvocationRepository convocations;

    @Autowired
    ConvocationDocuments documents;

    @Autowired
    NetworkManagement network;

    @Autowired
    Comuni comuni;

    @Autowired
    Mailer mailer;

    @Autowired
    MessageSource messages;

    AgendaScenario agenda;

    @BeforeEach
    void setUp() throws Exception {
        agenda = new AgendaScenario(mvc);
    }

    private static String address() {
        return "convocata." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    private String convoke(String appointment, String json, int expected) throws Exception {
        return agenda.body(post("/api/v1/appointments/" + appointment + "/convocations"), json, CPI_TORINO,
                expected);
    }

    @Test
    void a_convocation_by_email_reaches_the_person_with_the_letter_and_the_calendar_file() throws Exception {
        String operator = agenda.operatorWithMondayHours();
        String email = address();
        String person = agenda.person(CPI_TORINO, email);
        String appointment = agenda.booked(operator, agenda.at(9, 0), "A2", person);

        String sent = convoke(appointment, """
                {"channel": "EMAIL", "benefitRecipient": true}""", 201);
        assertThat((String) JsonPath.read(sent, "$.address")).isEqualTo(email);
        assertThat((List<String>) JsonPath.read(sent, "$.reminders[*].status")).containsExactly("PLANNED",
                "PLANNED");

        List<MimeMessage> received = TestMailServer.awaitReceivedBy(email, 1, Duration.ofSeconds(20));
        assertThat(received).hasSize(1);
        MimeMessage mail = received.get(0);
        assertThat(mail.getSubject()).startsWith("Convocazione - ");
        List<Part> attachments = attachments((Multipart) mail.getContent());
        assertThat(attachments).extracting(Part::getFileName).hasSize(2)
                .anySatisfy(name -> assertThat(name).endsWith(".pdf"))
                .anySatisfy(name -> assertThat(name).endsWith(".ics"));
        String letter = pdfText(bytes(attachments.stream().filter(p -> safeName(p).endsWith(".pdf")).findFirst()
                .orElseThrow()));
        assertThat(letter).contains("Anna Agenda").contains("CPI Torino - Sede di via Bologna").contains("09:00")
                .contains("decurtazione di un quarto di una mensilità").contains("decadenza dalla prestazione");
        String ics = new String(bytes(attachments.stream().filter(p -> safeName(p).endsWith(".ics")).findFirst()
                .orElseThrow()), StandardCharsets.UTF_8);
        Instant start = LocalDateTime.parse(agenda.at(9, 0)).atZone(ROME).toInstant();
        assertThat(ics).contains("BEGIN:VEVENT").contains("DTSTART:" + icsTime(start))
                .contains("DTEND:" + icsTime(start.plus(Duration.ofMinutes(30)))).contains("\r\n");

        // the delivery status, once the outbox has sent it
        String listed = awaitMailSent(appointment);
        assertThat((String) JsonPath.read(listed, "$[0].mailStatus")).isEqualTo("SENT");
        // convoked once; another organisation and an accredited agency cannot convoke
        convoke(appointment, "{\"channel\": \"EMAIL\"}", 409);
        agenda.send(post("/api/v1/appointments/" + appointment + "/convocations"), "{\"channel\": \"EMAIL\"}",
                CPI_CUNEO).andExpect(status().isForbidden());
    }

    @Test
    void a_convocation_by_letter_is_recorded_with_its_day_and_the_letter_states_the_consequences_only_for_a_recipient()
            throws Exception {
        String operator = agenda.operatorWithMondayHours();
        String person = agenda.person(CPI_TORINO); // no e-mail: no reminders
        String appointment = agenda.booked(operator, agenda.at(10, 0), "A2", person);
        // a letter posted yesterday; a day in the future is refused
        String tomorrow = LocalDateTime.now(ROME).plusDays(1).withNano(0).toString();
        agenda.send(post("/api/v1/appointments/" + appointment + "/convocations"), """
                {"channel": "LETTER", "sentAt": "%s"}""".formatted(tomorrow), CPI_TORINO)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("sentAt"));
        String yesterday = LocalDateTime.now(ROME).minusDays(1).withNano(0).toString();
        String sent = convoke(appointment, """
                {"channel": "LETTER", "sentAt": "%s", "benefitRecipient": false}""".formatted(yesterday), 201);
        assertThat((List<?>) JsonPath.read(sent, "$.reminders")).isEmpty();
        assertThat(sent).doesNotContain("mailStatus");

        String id = JsonPath.read(sent, "$.id");
        byte[] pdf = mvc.perform(get("/api/v1/convocations/" + id + "/letter.pdf").with(CPI_TORINO))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String letter = pdfText(pdf);
        assertThat(letter).contains("Anna Agenda").contains("Lettera").doesNotContain("decurtazione");
        mvc.perform(get("/api/v1/convocations/" + id + "/letter.pdf").with(CPI_CUNEO))
                .andExpect(status().isForbidden());
        // by e-mail with no address anywhere: refused on the field
        String other = agenda.booked(operator, agenda.at(11, 0), "A2", agenda.person(CPI_TORINO));
        agenda.send(post("/api/v1/appointments/" + other + "/convocations"), "{\"channel\": \"EMAIL\"}", CPI_TORINO)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("address"));
    }

    @Test
    void an_accredited_agency_books_but_does_not_convoke() throws Exception {
        // the agency's own agenda is not needed: the refusal comes before anything else is read
        String operator = agenda.operatorWithMondayHours();
        String person = agenda.person(CPI_TORINO, address());
        String appointment = agenda.booked(operator, agenda.at(9, 30), "A2", person);
        agenda.send(post("/api/v1/appointments/" + appointment + "/convocations"), "{\"channel\": \"LETTER\"}",
                AGENCY).andExpect(status().isForbidden());
    }

    @Test
    void the_reminders_go_two_days_and_two_hours_before_once_each_even_with_two_instances() throws Exception {
        String operator = agenda.operatorWithMondayHours();
        String email = address();
        String person = agenda.person(CPI_TORINO, email);
        String appointment = agenda.booked(operator, agenda.at(11, 0), "A2", person);
        convoke(appointment, "{\"channel\": \"LETTER\"}", 201);
        Instant start = LocalDateTime.parse(agenda.at(11, 0)).atZone(ROME).toInstant();

        // two instances of the schedule, on a clock just past the first lead time, at once
        MovableClock clock = new MovableClock(start.minus(Duration.ofDays(2)).plusSeconds(30));
        List<Integer> handled = runTogether(instance(clock), instance(clock));
        assertThat(reminderMails(appointment)).isEqualTo(1);
        assertThat(handled.stream().mapToInt(Integer::intValue).sum()).isGreaterThanOrEqualTo(1);
        // again: nothing new
        instance(clock).sendDue();
        assertThat(reminderMails(appointment)).isEqualTo(1);

        clock.set(start.minus(Duration.ofHours(2)).plusSeconds(30));
        runTogether(instance(clock), instance(clock));
        assertThat(reminderMails(appointment)).isEqualTo(2);
        List<MimeMessage> received = TestMailServer.awaitReceivedBy(email, 2, Duration.ofSeconds(20));
        assertThat(received).hasSize(2);
        assertThat(received.get(0).getSubject()).startsWith("Promemoria");
        String listed = agenda.body(get("/api/v1/appointments/" + appointment + "/convocations"), null, CPI_TORINO,
                200);
        assertThat((List<String>) JsonPath.read(listed, "$[0].reminders[*].status")).containsExactly("SENT", "SENT");
    }

    @Test
    void a_moved_appointment_skips_the_old_reminders_and_plans_new_ones() throws Exception {
        String operator = agenda.operatorWithMondayHours();
        String person = agenda.person(CPI_TORINO, address());
        String appointment = agenda.booked(operator, agenda.at(9, 0), "A2", person);
        convoke(appointment, "{\"channel\": \"LETTER\"}", 201);
        agenda.body(post("/api/v1/appointments/" + appointment + "/reschedule"), """
                {"start": "%s", "reason": "Richiesta della persona"}""".formatted(agenda.at(11, 30)), CPI_TORINO,
                200);
        Instant oldStart = LocalDateTime.parse(agenda.at(9, 0)).atZone(ROME).toInstant();
        Instant newStart = LocalDateTime.parse(agenda.at(11, 30)).atZone(ROME).toInstant();
        // the schedule runs when the old reminders are due: skipped, the new ones planned
        instance(new MovableClock(oldStart.minus(Duration.ofDays(2)).plusSeconds(1))).sendDue();
        instance(new MovableClock(oldStart.minus(Duration.ofHours(2)).plusSeconds(1))).sendDue();
        // (by 7:00 the new start's 2-day reminder, due on Saturday at 11:30, is stale: skipped too)
        String listed = agenda.body(get("/api/v1/appointments/" + appointment + "/convocations"), null, CPI_TORINO,
                200);
        assertThat((List<String>) JsonPath.read(listed, "$[0].reminders[*].status"))
                .containsExactly("SKIPPED", "SKIPPED", "SKIPPED", "PLANNED");
        assertThat(reminderMails(appointment)).isZero();
        instance(new MovableClock(newStart.minus(Duration.ofHours(2)).plusSeconds(1))).sendDue();
        assertThat(reminderMails(appointment)).isEqualTo(1);
    }

    @Test
    void the_appointment_page_convokes_shows_the_error_next_to_its_field_and_links_the_letter() throws Exception {
        String operator = agenda.operatorWithMondayHours();
        String person = agenda.person(CPI_TORINO);
        String appointment = agenda.booked(operator, agenda.at(9, 0), "A2", person);
        String page = mvc.perform(get("/agenda/appointments/" + appointment).with(CPI_TORINO)).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains("id=\"convocation-form\"", "id=\"convocation-channel\"");

        // by e-mail, and the person has none: the error is on the address field
        MockHttpServletResponse refused = mvc.perform(post("/agenda/appointments/" + appointment + "/convocations")
                .with(csrf()).with(CPI_TORINO).param("channel", "EMAIL")).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refused.getContentAsString()).contains("convocation-address-error");

        MockHttpServletResponse convoked = mvc.perform(post("/agenda/appointments/" + appointment + "/convocations")
                .with(csrf()).with(CPI_TORINO).param("channel", "IN_PERSON").param("benefitRecipient", "true"))
                .andReturn().getResponse();
        assertThat(convoked.getRedirectedUrl()).isEqualTo("/agenda/appointments/" + appointment);
        String after = mvc.perform(get("/agenda/appointments/" + appointment).with(CPI_TORINO)).andReturn()
                .getResponse().getContentAsString();
        assertThat(after).contains("Consegnata a mano", "Percettore di prestazione", "/agenda/convocations/")
                .doesNotContain("id=\"convocation-form\"");
        String letter = after.replaceAll("(?s).*href=\"(/agenda/convocations/[^\"]+/letter\\.pdf)\".*", "$1");
        byte[] pdf = mvc.perform(get(letter).with(CPI_TORINO)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        assertThat(pdfText(pdf)).contains("decurtazione di un quarto di una mensilità");
    }

    @Test
    void the_worklist_convokes_the_chosen_persons_into_the_first_free_slots_in_order_by_email_or_letter()
            throws Exception {
        agenda.operatorWithMondayHours();
        String withMail = address();
        List<String> persons = List.of(agenda.person(CPI_TORINO, withMail), agenda.person(CPI_TORINO),
                agenda.person(CPI_TORINO));
        String form = mvc.perform(get("/agenda/convocations/batch").param("personId", persons.toArray(String[]::new))
                .with(CPI_TORINO)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("id=\"batch-form\"", "Anna");
        mvc.perform(get("/agenda/convocations/batch").param("personId", persons.get(0)).with(AGENCY))
                .andExpect(status().isForbidden());

        MockHttpServletResponse done = mvc.perform(post("/agenda/convocations/batch").with(csrf()).with(CPI_TORINO)
                .param("personId", persons.toArray(String[]::new)).param("benefit", persons.get(0))
                .param("mode", "slots").param("siteId", agenda.site).param("from", agenda.monday.toString())
                .param("channel", "EMAIL")).andReturn().getResponse();
        assertThat(done.getRedirectedUrl()).as(done.getContentAsString()).isEqualTo("/agenda/convocations/batch/done");

        List<String> starts = new ArrayList<>();
        for (String person : persons) {
            String listed = agenda.body(get("/api/v1/appointments").param("personId", person)
                    .param("from", agenda.monday.toString()).param("to", agenda.monday.plusDays(40).toString()),
                    null, CPI_TORINO, 200);
            assertThat((List<String>) JsonPath.read(listed, "$[*].status")).containsExactly("BOOKED");
            starts.add(JsonPath.read(listed, "$[0].start"));
            String appointment = JsonPath.read(listed, "$[0].id");
            String convocation = agenda.body(get("/api/v1/appointments/" + appointment + "/convocations"), null,
                    CPI_TORINO, 200);
            assertThat((List<String>) JsonPath.read(convocation, "$[*].channel"))
                    .containsExactly(person.equals(persons.get(0)) ? "EMAIL" : "LETTER");
            assertThat((List<Boolean>) JsonPath.read(convocation, "$[*].benefitRecipient"))
                    .containsExactly(person.equals(persons.get(0)));
        }
        assertThat(starts).isSorted();
        assertThat(TestMailServer.awaitReceivedBy(withMail, 1, Duration.ofSeconds(20))).hasSize(1);
    }

    @Test
    void a_group_session_takes_the_chosen_persons_all_or_none() throws Exception {
        String operator = agenda.operatorWithMondayHours();
        String session = JsonPath.read(agenda.body(post("/api/v1/appointments"), """
                {"siteId": "%s", "operatorId": "%s", "start": "%s", "type": "A2_GROUP", "capacity": 2}"""
                .formatted(agenda.site, operator, agenda.at(11, 0)), CPI_TORINO, 201), "$.id");
        List<String> three = List.of(agenda.person(CPI_TORINO), agenda.person(CPI_TORINO),
                agenda.person(CPI_TORINO));
        MockHttpServletResponse refused = mvc.perform(post("/agenda/convocations/batch").with(csrf())
                .with(CPI_TORINO).param("personId", three.toArray(String[]::new)).param("mode", "group")
                .param("groupSession", session).param("channel", "LETTER")).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refused.getContentAsString()).contains("L&#39;incontro ha 2 posti liberi per 3 persone");
        assertThat(agenda.body(get("/api/v1/appointments/" + session + "/convocations"), null, CPI_TORINO, 200))
                .isEqualTo("[]");

        MockHttpServletResponse done = mvc.perform(post("/agenda/convocations/batch").with(csrf()).with(CPI_TORINO)
                .param("personId", three.get(0), three.get(1)).param("mode", "group").param("groupSession", session)
                .param("channel", "LETTER")).andReturn().getResponse();
        assertThat(done.getRedirectedUrl()).isEqualTo("/agenda/convocations/batch/done");
        String after = agenda.body(get("/api/v1/appointments/" + session), null, CPI_TORINO, 200);
        assertThat((List<String>) JsonPath.read(after, "$.participants")).containsExactlyInAnyOrder(three.get(0),
                three.get(1));
        assertThat((List<String>) JsonPath.read(agenda.body(get("/api/v1/appointments/" + session + "/convocations"),
                null, CPI_TORINO, 200), "$[*].personId")).containsExactlyInAnyOrder(three.get(0), three.get(1));
    }

    /** Another instance of the schedule, on its own clock. */
    private ConvocationReminders instance(MovableClock clock) {
        return new ConvocationReminders(jdbc, transactions, appointments, convocations, documents, network, comuni,
                mailer, messages, clock, List.of(Duration.ofDays(2), Duration.ofHours(2)));
    }

    private static List<Integer> runTogether(ConvocationReminders first, ConvocationReminders second)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> runs = List.of(first::sendDue, second::sendDue);
            List<Integer> handled = new ArrayList<>();
            for (Future<Integer> run : pool.invokeAll(runs)) {
                handled.add(run.get());
            }
            return handled;
        } finally {
            pool.shutdownNow();
        }
    }

    private int reminderMails(String appointment) {
        return jdbc.sql("select count(*) from mail_message where topic = 'REMINDER' and reference_id = :id")
                .param("id", UUID.fromString(appointment)).query(Integer.class).single();
    }

    private String awaitMailSent(String appointment) throws Exception {
        String listed = null;
        for (int i = 0; i < 100; i++) {
            listed = agenda.body(get("/api/v1/appointments/" + appointment + "/convocations"), null, CPI_TORINO,
                    200);
            if ("SENT".equals(JsonPath.read(listed, "$[0].mailStatus"))) {
                break;
            }
            Thread.sleep(200);
        }
        return listed;
    }

    private static String icsTime(Instant instant) {
        return DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
                .withZone(ZoneOffset.UTC).format(instant);
    }

    private static List<Part> attachments(Multipart parts) throws Exception {
        List<Part> found = new ArrayList<>();
        for (int i = 0; i < parts.getCount(); i++) {
            Part part = parts.getBodyPart(i);
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                found.add(part);
            }
        }
        return found;
    }

    private static String safeName(Part part) {
        try {
            return part.getFileName();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(Part part) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        part.getInputStream().transferTo(out);
        return out.toByteArray();
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
