package it.retelavoro.platform.web;

import static it.retelavoro.monitoring.MonitoringScenario.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.retelavoro.monitoring.MonitoringScenario;
import it.retelavoro.monitoring.MonitoringScenario.Organisation;
import it.retelavoro.person.FiscalCodes;
import it.retelavoro.support.IntegrationTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A retry or a double submission registers a service once: the {@code Idempotency-Key} header of the API
 * and the hidden key of every form of the pages.
 */
@IntegrationTest
class IdempotencyTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IdempotentRequests requests;

    MonitoringScenario scenario;
    Organisation agency;
    String person;

    @BeforeEach
    void anAgencyWithAPerson() throws Exception {
        scenario = new MonitoringScenario(mvc);
        agency = scenario.organisation();
        person = scenario.person(agency);
    }

    String a1(int minutes) {
        return """
                {"service": "A1", "mode": "INDIVIDUAL", "date": "%s", "minutes": %d, "siteId": "%s",
                 "outputs": {"referral": "Accoglienza"}}"""
                .formatted(today(), minutes, agency.siteId());
    }

    ResultActions deliver(String body, String key, RequestPostProcessor who) throws Exception {
        var request = post("/api/v1/persons/" + person + "/deliveries").contentType(MediaType.APPLICATION_JSON)
                .content(body).with(who);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return mvc.perform(request);
    }

    long deliveries() {
        return jdbc.sql("select count(*) from pathway_delivery where person_id = :id")
                .param("id", UUID.fromString(person)).query(Long.class).single();
    }

    @Test
    void the_same_key_and_body_twice_registers_once_and_answers_the_first_response_again() throws Exception {
        String key = UUID.randomUUID().toString();
        MockHttpServletResponse first = deliver(a1(30), key, agency.operator())
                .andExpect(status().isCreated()).andReturn().getResponse();

        MockHttpServletResponse second = deliver(a1(30), key, agency.operator())
                .andExpect(status().isCreated())
                .andExpect(header().string("Idempotent-Replayed", "true"))
                .andReturn().getResponse();

        assertThat(second.getContentAsString()).isEqualTo(first.getContentAsString());
        assertThat(second.getHeader("Location")).isEqualTo(first.getHeader("Location"));
        assertThat(second.getContentType()).isEqualTo(first.getContentType());
        assertThat(deliveries()).isEqualTo(1);
    }

    @Test
    void an_a2_with_patto_sent_twice_with_one_key_leaves_the_first_patto_in_force() throws Exception {
        String a2 = """
                {"service": "A2", "mode": "INDIVIDUAL", "date": "%s", "minutes": 30, "siteId": "%s",
                 "outputs": {"pact": {"outcome": "SIGNED", "responsibleOperator": "Laura Verdi",
                   "meetingFrequency": "Ogni 30 giorni", "jobSearchActs": "Tre candidature al mese",
                   "jobSearchTiming": "Entro 60 giorni", "trainingAvailability": true}}}"""
                .formatted(today(), agency.siteId());
        String key = UUID.randomUUID().toString();
        deliver(a2, key, agency.operator()).andExpect(status().isCreated());
        deliver(a2, key, agency.operator()).andExpect(status().isCreated());

        assertThat(deliveries()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from pathway_pact where person_id = :id")
                .param("id", UUID.fromString(person)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void the_same_key_with_another_body_is_422_and_registers_nothing() throws Exception {
        String key = UUID.randomUUID().toString();
        deliver(a1(30), key, agency.operator()).andExpect(status().isCreated());

        deliver(a1(45), key, agency.operator())
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://retelavoro.it/problems/idempotency-key-reused"));

        assertThat(deliveries()).isEqualTo(1);
    }

    @Test
    void without_a_key_every_request_registers_as_before() throws Exception {
        deliver(a1(30), null, agency.operator()).andExpect(status().isCreated())
                .andExpect(header().doesNotExist("Idempotent-Replayed"));
        deliver(a1(30), null, agency.operator()).andExpect(status().isCreated());

        assertThat(deliveries()).isEqualTo(2);
    }

    @Test
    void a_key_belongs_to_its_caller() throws Exception {
        String key = UUID.randomUUID().toString();
        String code = FiscalCodes.random(LocalDate.of(1985, 3, 12), "F", "L219");
        String body = ConcurrentDuplicatesTests.personBody(code);
        mvc.perform(post("/api/v1/persons").contentType(MediaType.APPLICATION_JSON).content(body)
                .header("Idempotency-Key", key).with(agency.operator())).andExpect(status().isCreated());

        // another organisation with the same key is not answered with the first one's person
        mvc.perform(post("/api/v1/persons").contentType(MediaType.APPLICATION_JSON).content(body)
                        .header("Idempotency-Key", key).with(httpBasic("cpi.torino", "demo")))
                .andExpect(status().isConflict())
                .andExpect(header().doesNotExist("Idempotent-Replayed"))
                .andExpect(jsonPath("$.existing").doesNotExist());
    }

    @Test
    void a_conflict_is_answered_again_to_the_same_key() throws Exception {
        String key = UUID.randomUUID().toString();
        String code = FiscalCodes.random(LocalDate.of(1985, 3, 12), "F", "L219");
        String body = ConcurrentDuplicatesTests.personBody(code);
        mvc.perform(post("/api/v1/persons").contentType(MediaType.APPLICATION_JSON).content(body)
                .with(agency.operator())).andExpect(status().isCreated());

        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/api/v1/persons").contentType(MediaType.APPLICATION_JSON).content(body)
                            .header("Idempotency-Key", key).with(agency.operator()))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.type").value("https://retelavoro.it/problems/conflict"));
        }
    }

    @Test
    void while_the_first_request_is_running_the_same_key_is_409() throws Exception {
        String key = UUID.randomUUID().toString();
        String userId = jdbc.sql("select id from user_account where organisation_id = :organisation")
                .param("organisation", UUID.fromString(agency.id())).query(String.class).single();
        String hash = requestHash("/api/v1/persons/" + person + "/deliveries", a1(30));
        jdbc.sql("""
                        insert into idempotent_request (caller, idempotency_key, request_hash, created_at)
                        values (:caller, :key, :hash, now())""")
                .param("caller", "user:" + userId).param("key", key).param("hash", hash).update();

        deliver(a1(30), key, agency.operator())
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://retelavoro.it/problems/idempotency-in-flight"));
        assertThat(deliveries()).isZero();
    }

    static String requestHash(String path, String body) throws Exception {
        var digest = java.security.MessageDigest.getInstance("SHA-256");
        digest.update(("POST " + path + "?\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        digest.update(body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return java.util.HexFormat.of().formatHex(digest.digest());
    }

    @Test
    void a_key_is_kept_24_hours_then_forgotten() throws Exception {
        String key = UUID.randomUUID().toString();
        deliver(a1(30), key, agency.operator()).andExpect(status().isCreated());
        jdbc.sql("update idempotent_request set created_at = :then where idempotency_key = :key")
                .param("then", Timestamp.from(Instant.now().minus(Duration.ofHours(25)))).param("key", key).update();

        // an expired key is a new key
        deliver(a1(30), key, agency.operator()).andExpect(status().isCreated())
                .andExpect(header().doesNotExist("Idempotent-Replayed"));
        assertThat(deliveries()).isEqualTo(2);

        String old = UUID.randomUUID().toString();
        deliver(a1(20), old, agency.operator()).andExpect(status().isCreated());
        jdbc.sql("update idempotent_request set created_at = :then where idempotency_key = :key")
                .param("then", Timestamp.from(Instant.now().minus(Duration.ofHours(25)))).param("key", old).update();
        requests.removeExpired();
        assertThat(jdbc.sql("select idempotency_key from idempotent_request where idempotency_key in (:keys)")
                .param("keys", List.of(key, old)).query(String.class).list()).containsExactly(key);
    }

    @Test
    void the_openapi_document_offers_the_header_on_posts() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/persons'].post.parameters[?(@.name == 'Idempotency-Key')].in")
                        .value(org.hamcrest.Matchers.contains("header")))
                .andExpect(jsonPath("$.paths['/api/v1/persons'].get.parameters[?(@.name == 'Idempotency-Key')]")
                        .isEmpty());
    }

    // --- pages ---------------------------------------------------------------------------------------

    static final Pattern DELIVERY_FORM = Pattern.compile(
            "<form[^>]*action=\"[^\"]*/pathway/deliveries\"[^>]*>(.*?)</form>", Pattern.DOTALL);
    static final Pattern KEY = Pattern.compile("name=\"_idempotency\" value=\"([^\"]+)\"");

    List<String> formKeys(String html) {
        List<String> keys = new ArrayList<>();
        Matcher matcher = KEY.matcher(html);
        while (matcher.find()) {
            keys.add(matcher.group(1));
        }
        return keys;
    }

    @Test
    void every_post_form_carries_a_key_of_its_own_beside_the_csrf_token() throws Exception {
        String html = mvc.perform(get("/persons/" + person + "/pathway").with(agency.operator()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Matcher form = DELIVERY_FORM.matcher(html);
        assertThat(form.find()).isTrue();
        assertThat(form.group(1)).contains("name=\"_csrf\"").contains("name=\"_idempotency\"");
        List<String> keys = formKeys(html);
        assertThat(keys).hasSizeGreaterThan(1).doesNotHaveDuplicates();
        assertThat(html).doesNotContainPattern("method=\"get\"[^>]*>\\s*<input type=\"hidden\" name=\"_idempotency\"");
    }

    @Test
    void a_delivery_form_submitted_twice_registers_once_and_both_follow_the_same_redirect() throws Exception {
        String html = mvc.perform(get("/persons/" + person + "/pathway").with(agency.operator()))
                .andReturn().getResponse().getContentAsString();
        Matcher form = DELIVERY_FORM.matcher(html);
        assertThat(form.find()).isTrue();
        Matcher key = KEY.matcher(form.group(1));
        assertThat(key.find()).isTrue();

        List<String> redirects = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            redirects.add(mvc.perform(post("/persons/" + person + "/pathway/deliveries").with(agency.operator())
                            .with(csrf())
                            .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("_idempotency", key.group(1))
                            .param("service", "A1").param("mode", "INDIVIDUAL").param("date", today().toString())
                            .param("minutes", "30").param("meetings", "1").param("siteId", agency.siteId())
                            .param("referral", "Accoglienza"))
                    .andExpect(status().is3xxRedirection())
                    .andReturn().getResponse().getRedirectedUrl());
        }

        assertThat(redirects.get(1)).isEqualTo(redirects.get(0));
        assertThat(deliveries()).isEqualTo(1);
    }

    @Test
    void a_form_shown_again_with_its_errors_can_be_corrected_and_sent_with_the_same_key() throws Exception {
        String key = UUID.randomUUID().toString();
        mvc.perform(post("/persons/" + person + "/pathway/deliveries").with(agency.operator()).with(csrf())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("_idempotency", key)
                        .param("service", "A1").param("mode", "INDIVIDUAL")
                        .param("date", today().plusDays(3).toString()).param("minutes", "30")
                        .param("meetings", "1").param("siteId", agency.siteId()).param("referral", "Accoglienza"))
                .andExpect(status().isOk());
        mvc.perform(post("/persons/" + person + "/pathway/deliveries").with(agency.operator()).with(csrf())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("_idempotency", key)
                        .param("service", "A1").param("mode", "INDIVIDUAL").param("date", today().toString())
                        .param("minutes", "30").param("meetings", "1").param("siteId", agency.siteId())
                        .param("referral", "Accoglienza"))
                .andExpect(status().is3xxRedirection());

        assertThat(deliveries()).isEqualTo(1);
    }

    @Test
    void a_double_click_registers_once_and_both_clicks_follow_the_same_redirect() throws Exception {
        String key = UUID.randomUUID().toString();
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService clicks = Executors.newFixedThreadPool(2);
        try {
            List<Future<MockHttpServletResponse>> answers = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                answers.add(clicks.submit(() -> {
                    together.await(10, TimeUnit.SECONDS);
                    return mvc.perform(post("/persons/" + person + "/pathway/deliveries").with(agency.operator())
                            .with(csrf()).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                            .param("_idempotency", key).param("service", "A1").param("mode", "INDIVIDUAL")
                            .param("date", today().toString()).param("minutes", "30").param("meetings", "1")
                            .param("siteId", agency.siteId()).param("referral", "Accoglienza"))
                            .andReturn().getResponse();
                }));
            }
            MockHttpServletResponse first = answers.get(0).get(60, TimeUnit.SECONDS);
            MockHttpServletResponse second = answers.get(1).get(60, TimeUnit.SECONDS);
            assertThat(first.getStatus()).isEqualTo(302);
            assertThat(second.getStatus()).isEqualTo(302);
            assertThat(second.getRedirectedUrl()).isEqualTo(first.getRedirectedUrl());
        } finally {
            clicks.shutdownNow();
        }
        assertThat(deliveries()).isEqualTo(1);
    }

    /**
     * The defect behind a 409 on a double click under load: the second click found the key in flight before the
     * first had registered its latch in this process (or the first ran in another instance, whose latch this
     * process never sees) and gave up at once. It now waits for the first's answer.
     */
    @Test
    void a_double_click_waits_for_a_first_submission_this_process_is_not_running() throws Exception {
        String key = UUID.randomUUID().toString();
        String path = "/persons/" + person + "/pathway/deliveries";
        String[][] fields = {{"service", "A1"}, {"mode", "INDIVIDUAL"}, {"date", today().toString()},
                {"minutes", "30"}, {"meetings", "1"}, {"siteId", agency.siteId()}, {"referral", "Accoglienza"}};
        org.springframework.mock.web.MockHttpServletRequest same =
                new org.springframework.mock.web.MockHttpServletRequest("POST", path);
        same.setContentType(MediaType.APPLICATION_FORM_URLENCODED_VALUE);
        for (String[] field : fields) {
            same.addParameter(field[0], field[1]);
        }
        String caller = "user:" + jdbc.sql("select id from user_account where organisation_id = :organisation")
                .param("organisation", UUID.fromString(agency.id())).query(UUID.class).single();
        // the first submission claimed the key elsewhere and answers half a second later
        assertThat(requests.claim(caller, key, IdempotencyFilter.hash(same)))
                .isInstanceOf(IdempotentRequests.Claimed.class);
        ExecutorService first = Executors.newSingleThreadExecutor();
        try {
            first.submit(() -> {
                Thread.sleep(500);
                requests.answer(caller, key, 302, "/persons/" + person + "/pathway#registered", null, new byte[0]);
                return null;
            });
            var click = post(path).with(agency.operator()).with(csrf())
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("_idempotency", key);
            for (String[] field : fields) {
                click.param(field[0], field[1]);
            }
            MockHttpServletResponse second = mvc.perform(click).andReturn().getResponse();
            assertThat(second.getStatus()).isEqualTo(302);
            assertThat(second.getHeader("Location")).isEqualTo("/persons/" + person + "/pathway#registered");
        } finally {
            first.shutdownNow();
        }
        assertThat(deliveries()).isZero();
    }

    @Test
    void api_retries_at_once_with_one_key_register_once() throws Exception {
        String key = UUID.randomUUID().toString();
        int clients = 4;
        CyclicBarrier together = new CyclicBarrier(clients);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Integer> statuses = new ArrayList<>();
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                answers.add(pool.submit(() -> {
                    together.await(10, TimeUnit.SECONDS);
                    return deliver(a1(30), key, agency.operator()).andReturn().getResponse().getStatus();
                }));
            }
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        // the first is 201; a retry that arrived while it ran is 409, one after it the same 201
        assertThat(statuses).allMatch(status -> status == 201 || status == 409).contains(201);
        assertThat(deliveries()).isEqualTo(1);
    }
}
