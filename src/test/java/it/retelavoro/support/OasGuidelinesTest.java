package it.retelavoro.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.retelavoro.support.OasGuidelines.Finding;
import it.retelavoro.support.OasGuidelines.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Java version of the ruleset finds what Spectral finds with it, on small documents (issue 18). */
class OasGuidelinesTest {

    private static final String CLEAN = """
            {"openapi": "3.0.1",
             "info": {"title": "t", "version": "1.0.0", "description": "d", "x-summary": "s", "x-api-id": "i",
                      "termsOfService": "https://example.org/terms", "contact": {"name": "c"}},
             "servers": [{"url": "https://api.example.org", "description": "produzione"},
                         {"url": "http://localhost:8080", "description": "locale", "x-sandbox": true}],
             "security": [{"bearerAuth": []}],
             "tags": [{"name": "t"}],
             "paths": {
               "/status": {"get": {"operationId": "status", "description": "d", "tags": ["t"], "security": [],
                 "responses": {"200": {"description": "ok", "content": {"application/problem+json":
                                 {"schema": {"$ref": "#/components/schemas/Problem"}}}},
                               "503": {"description": "ko", "headers": {"Retry-After": {"schema": {"type": "integer",
                                         "format": "int32"}}},
                                       "content": {"application/problem+json":
                                 {"schema": {"$ref": "#/components/schemas/Problem"}}}}}}},
               "/items/{id}": {"get": {"operationId": "item", "description": "d", "tags": ["t"],
                 "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
                 "responses": {"200": {"description": "ok", "content": {"application/json": {"schema":
                                 {"type": "object", "properties": {"n": {"type": "integer", "format": "int64"}}}}}},
                               "404": {"description": "no", "content": {"application/problem+json":
                                 {"schema": {"$ref": "#/components/schemas/Problem"}}}}}}}},
             "components": {
               "schemas": {"Problem": {"type": "object", "properties": {"status": {"type": "integer",
                 "format": "int32"}, "title": {"type": "string"}, "detail": {"type": "string"}}}},
               "securitySchemes": {"bearerAuth": {"type": "http", "scheme": "bearer"}}}}""";

    @Test
    void aDocumentThatFollowsTheGuidelinesHasNoErrorNorWarning() throws Exception {
        assertThat(lint(CLEAN)).filteredOn(finding -> finding.severity().ordinal() <= Severity.WARN.ordinal())
                .isEmpty();
    }

    @Test
    void everyDepartureIsFoundUnderItsRule() throws Exception {
        String broken = CLEAN
                .replace("\"version\": \"1.0.0\"", "\"version\": \"v1\"")
                .replace("\"x-summary\": \"s\", ", "")
                .replace("\"url\": \"https://api.example.org\"", "\"url\": \"http://api.example.org\"")
                .replace("\"security\": [{\"bearerAuth\": []}],", "")
                .replace("\"operationId\": \"item\", \"description\": \"d\",", "\"operationId\": \"item\",")
                .replace("\"404\": {\"description\": \"no\", \"content\": {\"application/problem+json\"",
                        "\"404\": {\"description\": \"no\", \"content\": {\"*/*\"")
                .replace("\"format\": \"int64\"", "\"minimum\": 0")
                .replace("\"/status\"", "\"/health\"");

        List<Finding> findings = lint(broken);

        assertThat(findings).extracting(Finding::rule).contains("use-semver", "has-x-summary", "servers-use-https",
                "operation-description", "use-problem-json-for-errors", "integer-format", "paths-status",
                "oas3-pdnd-security-defined");
        assertThat(findings).filteredOn(finding -> finding.rule().equals("use-problem-json-for-errors"))
                .extracting(Finding::path).containsExactly("/paths/~1items~1{id}/get/responses/404");
    }

    @Test
    void aReferenceWithSiblingsAndAnUndeclaredSchemeAreFound() throws Exception {
        String broken = CLEAN
                .replace("{\"schema\": {\"$ref\": \"#/components/schemas/Problem\"}}}}}}},",
                        "{\"schema\": {\"$ref\": \"#/components/schemas/Problem\", \"description\": \"x\"}}}}}}},")
                .replace("\"security\": [{\"bearerAuth\": []}],", "\"security\": [{\"basicAuth\": []}],");

        assertThat(lint(broken)).extracting(Finding::rule).contains("no-$ref-siblings",
                "oas3-operation-security-defined");
    }

    private static List<Finding> lint(String json) throws Exception {
        JsonNode document = new ObjectMapper().readTree(json);
        return OasGuidelines.lint(document);
    }
}
