package it.retelavoro.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.retelavoro.support.IntegrationTest;
import it.retelavoro.support.OasGuidelines;
import it.retelavoro.support.OasGuidelines.Finding;
import it.retelavoro.support.OasGuidelines.Severity;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The API document under the Italian interoperability guidelines (issue 18): Developers Italia's ruleset finds no
 * error in it, and at most 20 warnings, each explained in {@code docs/api.md}. The document is written to
 * {@code target/openapi.json}, for Spectral with the ruleset itself where Node.js is at hand.
 */
@IntegrationTest
class OpenApiGuidelinesTests {

    @Autowired
    MockMvc mvc;

    JsonNode document;
    List<Finding> findings;

    @BeforeEach
    void lintTheDocument() throws Exception {
        String json = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/openapi.json"), json);
        document = new ObjectMapper().readTree(json);
        findings = OasGuidelines.lint(document);
    }

    @Test
    void theRulesetFindsNoError() {
        assertThat(findings.stream().filter(finding -> finding.severity() == Severity.ERROR))
                .as(report()).isEmpty();
    }

    @Test
    void atMostTwentyWarningsEachExplainedInTheApiGuide() throws Exception {
        List<Finding> warnings = findings.stream().filter(finding -> finding.severity() == Severity.WARN).toList();
        assertThat(warnings).as(report()).hasSizeLessThanOrEqualTo(20);
        String guide = Files.readString(Path.of("docs/api.md"));
        assertThat(warnings).allSatisfy(warning -> assertThat(guide).as("docs/api.md explains " + warning)
                .contains("`" + warning.rule() + "`").contains("`" + warning.path() + "`"));
    }

    @Test
    void aClientCallsEveryOperationFromTheDocumentAlone() {
        // no parameter the server resolves itself (the caller, the citizen of the session) is asked of the client
        List<String> resolved = new java.util.ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(
                operation -> operation.getValue().path("parameters").forEach(parameter -> {
                    String ref = parameter.path("schema").path("$ref").asText("");
                    if (ref.endsWith("/CurrentUser") || ref.endsWith("/Citizen")) {
                        resolved.add(operation.getKey() + " " + path.getKey() + " " + parameter.path("name").asText());
                    }
                })));
        assertThat(resolved).isEmpty();
        assertThat(document.at("/components/securitySchemes").fieldNames()).toIterable()
                .containsExactlyInAnyOrder("bearerAuth", "basicAuth", "citizenSession");
        assertThat(document.at("/paths/~1api~1v1~1catalogue~1versions/get/security").isEmpty()).isTrue();
        assertThat(document.at("/paths/~1api~1v1~1persons~1{id}/get/security").toString())
                .contains("bearerAuth").contains("basicAuth");
        assertThat(document.at("/servers/0/url").asText()).startsWith("https://");
        assertThat(document.at("/servers/1/x-sandbox").asBoolean()).isTrue();
        assertThat(document.at("/info/version").asText()).matches("\\d+\\.\\d+\\.\\d+");
        assertThat(document.at("/info/contact/email").asText()).contains("@");
        assertThat(document.at("/paths/~1api~1v1~1persons~1{id}/get/responses/404/$ref").asText())
                .isEqualTo("#/components/responses/NotFound");
        assertThat(document.at("/components/responses/NotFound/content").has("application/problem+json")).isTrue();
        // the caseload shares GET /api/v1/persons with the search: the parameter that selects it is in the document
        assertThat(document.at("/paths/~1api~1v1~1persons/get/parameters").toString()).contains("\"inCharge\"");
    }

    private String report() {
        return findings.stream().filter(finding -> finding.severity().ordinal() <= Severity.WARN.ordinal())
                .map(Finding::toString).collect(Collectors.joining("\n"));
    }
}
