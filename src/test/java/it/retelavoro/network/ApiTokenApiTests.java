package it.retelavoro.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import it.retelavoro.support.IntegrationTest;
import it.retelavoro.support.PageSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class ApiTokenApiTests {

    private static final String PASSWORD = "una-password-lunga";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @Test
    void a_token_issued_with_a_password_acts_as_its_owner_and_is_shown_only_once() throws Exception {
        Operator operator = newOperator();
        String body = mvc.perform(json(post("/api/v1/tokens"), """
                {"name": "gestionale", "expiresInDays": 30}""").with(httpBasic(operator.username, PASSWORD)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/v1/tokens/")))
                .andExpect(jsonPath("$.token").value(startsWith("rtl_")))
                .andExpect(jsonPath("$.name").value("gestionale"))
                .andReturn().getResponse().getContentAsString();
        String token = JsonPath.read(body, "$.token");
        String id = JsonPath.read(body, "$.id");

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(operator.username))
                .andExpect(jsonPath("$.roles[0]").value("OPERATOR"));
        mvc.perform(get("/api/v1/tokens").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(id))
                .andExpect(jsonPath("$[0].name").value("gestionale"))
                .andExpect(jsonPath("$[0].lastUsedAt").isString())
                .andExpect(jsonPath("$[0].expiresAt").isString())
                .andExpect(jsonPath("$[0].token").doesNotExist())
                .andExpect(content().string(not(org.hamcrest.Matchers.containsString(token.substring(4)))));
    }

    @Test
    void only_the_sha256_of_the_token_is_stored() throws Exception {
        Operator operator = newOperator();
        String token = issue(operator, "hash", 7);
        byte[] stored = jdbc.sql("select token_hash from api_token t join user_account u on u.id = t.user_id "
                + "where u.username = :username").param("username", operator.username).query(byte[].class).single();
        assertThat(stored).isEqualTo(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        String row = jdbc.sql("select t::text from api_token t where token_hash = :hash").param("hash", stored)
                .query(String.class).single();
        assertThat(row).doesNotContain(token.substring(4));
    }

    @Test
    void a_revoked_token_is_refused_at_once_with_a_problem() throws Exception {
        Operator operator = newOperator();
        String body = mvc.perform(json(post("/api/v1/tokens"), """
                {"name": "da revocare", "expiresInDays": 30}""").with(httpBasic(operator.username, PASSWORD)))
                .andReturn().getResponse().getContentAsString();
        String token = JsonPath.read(body, "$.token");
        mvc.perform(delete("/api/v1/tokens/" + JsonPath.read(body, "$.id")).header("Authorization", "Bearer " + token))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string("WWW-Authenticate", startsWith("Bearer")))
                .andExpect(jsonPath("$.type").value("https://retelavoro.it/problems/unauthorized"));
        mvc.perform(get("/api/v1/tokens").with(httpBasic(operator.username, PASSWORD)))
                .andExpect(jsonPath("$[0].revokedAt").isString());
        assertThat(auditCount("API_TOKEN_REVOKE", JsonPath.read(body, "$.id"))).isEqualTo(1);
        assertThat(auditCount("API_TOKEN_CREATE", JsonPath.read(body, "$.id"))).isEqualTo(1);
    }

    @Test
    void an_unknown_or_malformed_token_is_refused() throws Exception {
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer rtl_" + "A".repeat(43)))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value("https://retelavoro.it/problems/unauthorized"));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer not-a-token"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/tokens").header("Authorization", "Bearer "))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void another_user_cannot_see_or_revoke_my_token_but_an_administrator_can() throws Exception {
        Operator mine = newOperator();
        Operator other = newOperator();
        String body = mvc.perform(json(post("/api/v1/tokens"), """
                {"name": "mio", "expiresInDays": 30}""").with(httpBasic(mine.username, PASSWORD)))
                .andReturn().getResponse().getContentAsString();
        String token = JsonPath.read(body, "$.token");
        String id = JsonPath.read(body, "$.id");

        mvc.perform(delete("/api/v1/tokens/" + id).with(httpBasic(other.username, PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/tokens").param("userId", mine.id).with(httpBasic(other.username, PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/tokens").with(httpBasic(other.username, PASSWORD)))
                .andExpect(jsonPath("$[*].id", not(hasItem(id))));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());

        mvc.perform(get("/api/v1/tokens").param("userId", mine.id).with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", hasItem(id)));
        mvc.perform(delete("/api/v1/tokens/" + id).with(httpBasic("admin", "demo")))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void a_disabled_owner_s_token_is_refused_at_once() throws Exception {
        Operator operator = newOperator();
        String token = issue(operator, "disabilitato", 30);
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        mvc.perform(json(put("/api/v1/users/" + operator.id + "/assignment"), """
                {"siteIds": ["%s"], "enabled": false}""".formatted(operator.siteId))
                        .header("If-Match", "0").with(httpBasic("admin", "demo")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void a_changed_role_counts_at_the_next_request() throws Exception {
        Operator operator = newOperator();
        Operator other = newOperator();
        String token = issue(operator, "ruolo", 30);
        mvc.perform(get("/api/v1/tokens").param("userId", other.id).header("Authorization", "Bearer " + token))
                .andExpect(status().isForbidden());
        // No use case changes a role yet: the account is changed where it is stored.
        jdbc.sql("update user_account set role = 'ADMIN' where id = :id").param("id", UUID.fromString(operator.id))
                .update();
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(jsonPath("$.roles[0]").value("ADMIN"));
        mvc.perform(get("/api/v1/tokens").param("userId", other.id).header("Authorization", "Bearer " + token))
                .andExpect(status().isOk());
    }

    @Test
    void a_token_expires_after_the_days_it_was_issued_for() throws Exception {
        Operator operator = newOperator();
        String token = issue(operator, "breve", 1);
        ApiTokenOwners later = new ApiTokenOwners(jdbc, Clock.offset(clock, Duration.ofHours(23)));
        ApiTokenOwners expired = new ApiTokenOwners(jdbc, Clock.offset(clock, Duration.ofDays(1).plusSeconds(1)));
        assertThat(later.authenticate(token)).hasValueSatisfying(owner ->
                assertThat(owner.getUsername()).isEqualTo(operator.username));
        assertThat(expired.authenticate(token)).isEmpty();

        jdbc.sql("update api_token set expires_at = now() - interval '1 second' where token_hash = :hash")
                .param("hash", TokenSecrets.hash(token)).update();
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void refuses_a_token_without_name_too_long_or_for_an_invalid_number_of_days() throws Exception {
        Operator operator = newOperator();
        for (String request : List.of("""
                {"expiresInDays": 30}""", """
                {"name": "  ", "expiresInDays": 30}""", """
                {"name": "%s", "expiresInDays": 30}""".formatted("x".repeat(101)), """
                {"name": "a\\u0000b", "expiresInDays": 30}""")) {
            mvc.perform(json(post("/api/v1/tokens"), request).with(httpBasic(operator.username, PASSWORD)))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[0].field").value("name"));
        }
        for (String days : List.of("0", "366", "-1", "null")) {
            mvc.perform(json(post("/api/v1/tokens"), """
                    {"name": "giorni", "expiresInDays": %s}""".formatted(days))
                            .with(httpBasic(operator.username, PASSWORD)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("expiresInDays"));
        }
        mvc.perform(json(post("/api/v1/tokens"), """
                {"name": "%s", "expiresInDays": 365}""".formatted("x".repeat(100)))
                        .with(httpBasic(operator.username, PASSWORD)))
                .andExpect(status().isCreated());
    }

    @Test
    void a_token_does_not_issue_another_token() throws Exception {
        Operator operator = newOperator();
        String token = issue(operator, "non rinnovabile", 30);
        mvc.perform(json(post("/api/v1/tokens"), """
                {"name": "altro", "expiresInDays": 365}""").header("Authorization", "Bearer " + token))
                .andExpect(status().isForbidden());
    }

    @Test
    void a_user_logged_in_to_the_pages_issues_a_token_with_the_session_and_its_csrf_token() throws Exception {
        Operator operator = newOperator();
        PageSession session = new PageSession();
        mvc.perform(post("/login")
                        .param("username", operator.username).param("password", PASSWORD).with(csrf()))
                .andDo(session.keep())
                .andExpect(status().is3xxRedirection());
        assertThat(session.opened()).isTrue();
        mvc.perform(json(post("/api/v1/tokens"), """
                {"name": "dal browser", "expiresInDays": 30}""").with(session))
                .andExpect(status().isForbidden());
        String body = mvc.perform(json(post("/api/v1/tokens"), """
                {"name": "dal browser", "expiresInDays": 30}""").with(session).with(csrf()))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + JsonPath.read(body, "$.token")))
                .andExpect(jsonPath("$.username").value(operator.username));
    }

    @Test
    void the_openapi_document_names_both_schemes() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                // issue 18: the names the interoperability guidelines' examples use
                .andExpect(jsonPath("$.components.securitySchemes.bearerAuth.scheme").value("bearer"))
                .andExpect(jsonPath("$.components.securitySchemes.basicAuth.scheme").value("basic"))
                .andExpect(jsonPath("$.paths['/api/v1/me'].get.security[*].bearerAuth").exists())
                .andExpect(jsonPath("$.paths['/api/v1/me'].get.security[*].basicAuth").exists())
                .andExpect(jsonPath("$.paths['/api/v1/tokens'].post.security[*].bearerAuth").isEmpty())
                .andExpect(jsonPath("$.paths['/api/v1/tokens'].post.security[*].basicAuth").exists());
    }

    // --- fixtures ------------------------------------------------------------------------------------

    private record Operator(String id, String username, String siteId) {
    }

    /** A new operator of CPI Torino, so that disabling or promoting them touches no other test. */
    private Operator newOperator() throws Exception {
        String organisationId = JsonPath.read(mvc.perform(get("/api/v1/me").with(httpBasic("cpi.torino", "demo")))
                .andReturn().getResponse().getContentAsString(), "$.organisation.id");
        String siteId = JsonPath.read(mvc.perform(get("/api/v1/organisations/" + organisationId + "/sites")
                .with(httpBasic("admin", "demo"))).andReturn().getResponse().getContentAsString(), "$[0].id");
        String username = "tok." + UUID.randomUUID().toString().substring(0, 8);
        String body = mvc.perform(json(post("/api/v1/users"), """
                {"username": "%s", "password": "%s", "role": "OPERATOR", "organisationId": "%s", "siteIds": ["%s"]}"""
                .formatted(username, PASSWORD, organisationId, siteId)).with(httpBasic("admin", "demo")))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return new Operator(JsonPath.read(body, "$.id"), username, siteId);
    }

    private String issue(Operator operator, String name, int days) throws Exception {
        return JsonPath.read(mvc.perform(json(post("/api/v1/tokens"), """
                {"name": "%s", "expiresInDays": %d}""".formatted(name, days))
                        .with(httpBasic(operator.username, PASSWORD)))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(), "$.token");
    }

    private long auditCount(String action, String objectId) {
        return jdbc.sql("select count(*) from audit_event where action = :action and object_id = :id")
                .param("action", action).param("id", objectId).query(Long.class).single();
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
