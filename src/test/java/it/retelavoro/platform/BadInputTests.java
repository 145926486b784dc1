package it.retelavoro.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import it.retelavoro.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Malformed input found by the attack run: each is a 400 problem naming the field, never a 500. */
@IntegrationTest
class BadInputTests {

    @Autowired
    MockMvc mvc;

    @LocalServerPort
    int port;

    private ResultActions postAs(String user, String path, String body) throws Exception {
        return mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(body)
                .with(httpBasic(user, "demo")));
    }

    private static void expectFieldProblem(ResultActions result, String field) throws Exception {
        result.andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://retelavoro.it/problems/invalid-input"))
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.errors[0].message").isString());
    }

    @Test
    void a_nul_character_in_a_text_field_is_a_400_naming_the_field() throws Exception {
        expectFieldProblem(postAs("cpi.torino", "/api/v1/persons", """
                {"fiscalCode": "RSSMRA80A01L219X", "firstName": "Ma\\u0000rio", "lastName": "Rossi",
                 "birthDate": "1980-01-01", "sex": "M"}"""), "firstName");
        expectFieldProblem(postAs("admin", "/api/v1/organisations", """
                {"name": "Agenzia\\u0000", "kind": "CPI", "fiscalCode": "01000000016"}"""), "name");
        expectFieldProblem(postAs("admin", "/api/v1/organisations", """
                {"name": "Agenzia \\u0007 Beta", "kind": "CPI", "fiscalCode": "01000000016"}"""), "name");
    }

    @Test
    void a_date_sent_as_a_number_is_a_400_naming_the_field() throws Exception {
        for (String number : new String[] {"123", "2147483648", "[2024, 1, 1]"}) {
            expectFieldProblem(postAs("cpi.torino", "/api/v1/persons", """
                    {"fiscalCode": "RSSMRA80A01L219X", "firstName": "Mario", "lastName": "Rossi",
                     "birthDate": %s, "sex": "M"}""".formatted(number)), "birthDate");
        }
    }

    @Test
    void a_null_in_a_list_is_a_400_naming_the_element() throws Exception {
        expectFieldProblem(postAs("admin", "/api/v1/users", """
                {"username": "u-%s", "password": "una-password-lunga", "role": "OPERATOR",
                 "organisationId": "%s", "siteIds": [null]}""".formatted(UUID.randomUUID().toString()
                .substring(0, 8), UUID.randomUUID())), "siteIds[0]");
    }

    @Test
    void ten_thousand_characters_in_a_user_or_organisation_field_are_a_400_naming_the_field() throws Exception {
        String huge = "x".repeat(10_000);
        String organisation = organisationIdOf("admin");
        for (String field : new String[] {"fullName", "email"}) {
            expectFieldProblem(postAs("admin", "/api/v1/users", """
                    {"username": "u-%s", "password": "una-password-lunga", "role": "ADMIN",
                     "organisationId": "%s", "%s": "%s"}""".formatted(shortId(), organisation, field, huge)), field);
        }
        expectFieldProblem(postAs("admin", "/api/v1/organisations", """
                {"name": "Agenzia %s", "kind": "ACCREDITED_AGENCY", "fiscalCode": "01000000016",
                 "accreditationReference": "%s"}""".formatted(shortId(), huge)), "accreditationReference");
    }

    @Test
    void a_password_over_bcrypts_72_bytes_is_a_400() throws Exception {
        String organisation = organisationIdOf("admin");
        // 37 characters of two bytes each: 74 bytes in UTF-8, though only 37 characters
        String password = "è".repeat(37);
        expectFieldProblem(postAs("admin", "/api/v1/users", """
                {"username": "u-%s", "password": "%s", "role": "ADMIN", "organisationId": "%s"}"""
                .formatted(shortId(), password, organisation)), "password");
        expectFieldProblem(postAs("admin", "/api/v1/users", """
                {"username": "u-%s", "password": "%s", "role": "ADMIN", "organisationId": "%s"}"""
                .formatted(shortId(), "x".repeat(10_000), organisation)), "password");
    }

    @Test
    void a_json_body_over_one_mebibyte_is_a_413_problem() throws Exception {
        String body = "{\"name\": \"" + "x".repeat(JSON_LIMIT) + "\"}";
        mvc.perform(post("/api/v1/organisations").contentType(MediaType.APPLICATION_JSON).content(body)
                        .with(httpBasic("admin", "demo")))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://retelavoro.it/problems/payload-too-large"));
        // without a declared length (chunked, over a real connection), the body is counted as it is read
        HttpResponse<String> chunked = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/organisations"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes()))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body.getBytes())))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(chunked.body()).contains("payload-too-large");
    }

    @Test
    void a_nul_character_in_a_page_form_is_refused_with_400_not_500() throws Exception {
        mvc.perform(post("/admin/organisations").param("name", "Agenzia\u0000 " + shortId())
                        .param("kind", "ACCREDITED_AGENCY").param("fiscalCode", "01000000016")
                        .with(httpBasic("admin", "demo")).with(csrf()))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/persons").param("name", "Ro\u0000ssi").with(httpBasic("cpi.torino", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
    }

    private static final int JSON_LIMIT = 1024 * 1024;

    private static String shortId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private String organisationIdOf(String user) throws Exception {
        return JsonPath.read(mvc.perform(get("/api/v1/me").with(httpBasic(user, "demo"))).andReturn().getResponse()
                .getContentAsString(), "$.organisation.id");
    }
}
