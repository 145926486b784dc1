package it.retelavoro.platform.web;

import static it.retelavoro.monitoring.MonitoringScenario.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import it.retelavoro.monitoring.MonitoringScenario;
import it.retelavoro.monitoring.MonitoringScenario.Organisation;
import it.retelavoro.person.FiscalCodes;
import it.retelavoro.support.IntegrationTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Identical requests sent at the same instant: the database decides which one wins, and the others get
 * the 409 a sequential duplicate gets, never a 500 nor a second record.
 */
@IntegrationTest
class ConcurrentDuplicatesTests {

    static final int CLIENTS = 4;
    static final RequestPostProcessor CPI_TORINO = httpBasic("cpi.torino", "demo");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    ExecutorService clients;

    @BeforeEach
    void startClients() {
        clients = Executors.newFixedThreadPool(CLIENTS);
    }

    @AfterEach
    void stopClients() {
        clients.shutdownNow();
    }

    /** The statuses of CLIENTS identical POSTs released together. */
    List<Integer> atOnce(String path, String body, RequestPostProcessor who) throws Exception {
        CyclicBarrier start = new CyclicBarrier(CLIENTS);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            answers.add(clients.submit(() -> {
                start.await(10, TimeUnit.SECONDS);
                return mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(body).with(who))
                        .andReturn().getResponse().getStatus();
            }));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get(60, TimeUnit.SECONDS));
        }
        return statuses;
    }

    static String personBody(String fiscalCode) {
        return """
                {"fiscalCode": "%s", "firstName": "Anna", "lastName": "Concorrente", "birthDate": "1985-03-12",
                 "sex": "F", "birthPlace": "L219", "citizenship": "IT",
                 "residence": {"address": "Via Po 1", "comune": "L219"}}""".formatted(fiscalCode);
    }

    @RepeatedTest(3)
    void the_same_codice_fiscale_registered_at_once_is_one_person_and_the_others_get_409() throws Exception {
        String code = FiscalCodes.random(LocalDate.of(1985, 3, 12), "F", "L219");

        List<Integer> statuses = atOnce("/api/v1/persons", personBody(code), CPI_TORINO);

        assertThat(statuses).containsOnly(201, 409).containsOnlyOnce(201);
        assertThat(jdbc.sql("select count(*) from person where fiscal_code = :code").param("code", code)
                .query(Long.class).single()).isEqualTo(1);
    }

    @RepeatedTest(3)
    void a_did_declared_at_once_is_one_did_and_the_others_get_409() throws Exception {
        MonitoringScenario scenario = new MonitoringScenario(mvc);
        Organisation agency = scenario.organisation();
        String person = scenario.person(agency);

        List<Integer> statuses = atOnce("/api/v1/persons/" + person + "/did",
                "{\"declaredOn\": \"" + today() + "\", \"channel\": \"CPI_COUNTER\"}", agency.operator());

        assertThat(statuses).containsOnly(201, 409).containsOnlyOnce(201);
        assertThat(jdbc.sql("select count(*) from pathway_did where person_id = :id")
                .param("id", UUID.fromString(person)).query(Long.class).single()).isEqualTo(1);
    }

    @RepeatedTest(3)
    void a_referral_sent_at_once_is_one_referral_and_the_others_get_409() throws Exception {
        MonitoringScenario scenario = new MonitoringScenario(mvc);
        Organisation personSide = scenario.organisation();
        Organisation vacancySide = scenario.organisation();
        String person = scenario.person(personSide);
        scenario.pact(personSide, person, today());
        scenario.plan(personSide, person, today(), true);
        String company = scenario.company(vacancySide);
        scenario.b2(vacancySide, company, today());
        String vacancy = scenario.vacancy(vacancySide, company);

        List<Integer> statuses = atOnce("/api/v1/vacancies/" + vacancy + "/referrals",
                "{\"personId\": \"%s\", \"date\": \"%s\", \"minutes\": 120}".formatted(person, today()),
                personSide.operator());

        assertThat(statuses).containsOnly(201, 409).containsOnlyOnce(201);
        assertThat(jdbc.sql("select count(*) from referral where person_id = :id").param("id", UUID.fromString(person))
                .query(Long.class).single()).isEqualTo(1);
    }

    @RepeatedTest(3)
    void an_a2_with_patto_registered_at_once_leaves_one_patto_in_force_and_no_error() throws Exception {
        MonitoringScenario scenario = new MonitoringScenario(mvc);
        Organisation agency = scenario.organisation();
        String person = scenario.person(agency);
        String a2 = """
                {"service": "A2", "mode": "INDIVIDUAL", "date": "%s", "minutes": 30, "siteId": "%s",
                 "outputs": {"pact": {"outcome": "SIGNED", "responsibleOperator": "Laura Verdi",
                   "meetingFrequency": "Ogni 30 giorni", "jobSearchActs": "Tre candidature al mese",
                   "jobSearchTiming": "Entro 60 giorni", "trainingAvailability": true}}}"""
                .formatted(today(), agency.siteId());

        List<Integer> statuses = atOnce("/api/v1/persons/" + person + "/deliveries", a2, agency.operator());

        // Without an Idempotency-Key each is a new A2, as when sent one after the other: none may fail.
        assertThat(statuses).allSatisfy(status -> assertThat(status).isLessThan(500));
        assertThat(statuses).contains(201);
        long created = statuses.stream().filter(status -> status == 201).count();
        assertThat(jdbc.sql("select count(*) from pathway_pact where person_id = :id")
                .param("id", UUID.fromString(person)).query(Long.class).single()).isEqualTo(created);
        assertThat(jdbc.sql("select count(*) from pathway_pact where person_id = :id and superseded_by is null")
                .param("id", UUID.fromString(person)).query(Long.class).single()).isEqualTo(1);
    }

    @RepeatedTest(2)
    void a_company_registered_at_once_is_one_company_and_the_others_get_409() throws Exception {
        Organisation agency = new MonitoringScenario(mvc).organisation();
        String vatNumber = MonitoringScenario.vatNumber();

        List<Integer> statuses = atOnce("/api/v1/employers", """
                {"fiscalCode": "%s", "name": "Impresa Concorrente", "legalForm": "SRL", "ateco": "62.01.00",
                 "sizeClass": "SMALL", "comune": "L219", "address": "Via Roma 1"}""".formatted(vatNumber),
                agency.operator());

        assertThat(statuses).containsOnly(201, 409).containsOnlyOnce(201);
        assertThat(jdbc.sql("select count(*) from employer where fiscal_code = :code").param("code", vatNumber)
                .query(Long.class).single()).isEqualTo(1);
    }

    @RepeatedTest(2)
    void a_company_patto_signed_at_once_is_one_patto_and_the_others_get_409() throws Exception {
        MonitoringScenario scenario = new MonitoringScenario(mvc);
        Organisation agency = scenario.organisation();
        String company = scenario.company(agency);

        List<Integer> statuses = atOnce("/api/v1/employers/" + company + "/deliveries", """
                {"service": "B2", "mode": "INDIVIDUAL", "date": "%s", "minutes": 45, "siteId": "%s",
                 "outputs": {"pact": {"outcome": "SIGNED", "commitments": "Segnalare le vacancy entro 5 giorni",
                                      "plannedServices": ["B3", "B4"]}}}""".formatted(today(), agency.siteId()),
                agency.operator());

        assertThat(statuses).containsOnly(201, 409).containsOnlyOnce(201);
        assertThat(jdbc.sql("select count(*) from company_pact where employer_id = :id")
                .param("id", UUID.fromString(company)).query(Long.class).single()).isEqualTo(1);
    }
}
