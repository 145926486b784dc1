package it.retelavoro.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * The checks of Developers Italia's OpenAPI ruleset ({@code italia/api-oas-checker-rules}, default profile, with the
 * rules of {@code spectral:oas} it extends), written again over the document as JSON, so that {@code ./mvnw verify}
 * lints the API without Node.js: each finding carries the rule's name and severity as Spectral reports them. Like
 * Spectral, the rules read the document with its internal references resolved, except {@code no-$ref-siblings}, which
 * is about how it is written (and only for OpenAPI 3.0, as 3.1 allows a reference's siblings).
 *
 * <p>Not every rule: those that Spectral 6 never fires (a {@code field: "@property"}, an OpenAPI 2 path) are left
 * out, as are most hints, and so are the rules that validate the document against the OpenAPI schema itself
 * ({@code oas3-schema}, {@code oas3-valid-schema-example}, {@code oas3-server-variables}), the uniqueness of tag names
 * and of equivalent paths, the markdown rules, {@code oas3-examples-value-or-externalValue}: springdoc writes those
 * parts, and Spectral with the ruleset itself checks them where Node.js is at hand ({@code docs/api.md}). The
 * finding of {@code oas3-pdnd-security-defined} is one per operation without security where Spectral reports one.
 */
public final class OasGuidelines {

    /** How bad a finding is, as Spectral grades it. */
    public enum Severity {
        ERROR, WARN, INFO, HINT
    }

    /** One finding: the rule, its severity, where (a JSON pointer) and what. */
    public record Finding(String rule, Severity severity, String path, String message) {

        @Override
        public String toString() {
            return severity + " " + rule + " " + path + ": " + message;
        }
    }

    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch",
            "trace");
    private static final Pattern SEMVER = Pattern.compile("^[0-9]+.[0-9]+.[0-9]+(-[a-z0-9+.-]+)?");
    private static final Pattern FORBIDDEN_HEADERS = Pattern.compile("^(accept|content-type|authorization)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern X_HEADER_ALLOWED = Pattern.compile("^([^x]|.[^-])|RateLimit-|Correlation-ID|ReplyTo",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CREDENTIALS = Pattern.compile("password|secret|apikey", Pattern.CASE_INSENSITIVE);
    private static final Pattern RECOMMENDED_NAMES = Pattern.compile(
            "^(nome|name|surname|cf|fiscal_?code|fiscal_?number|first_?name|last_?name)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern CACHE_KEYWORDS = Pattern.compile("(max-age|private|no-store|no-cache|no-transform)");
    private static final Pattern OPERATION_ID = Pattern.compile("^[A-Za-z0-9-._~:/?#\\[\\]@!$&'()*+,;=]*$");
    private static final Set<String> PROBLEM_TYPES = Set.of("application/problem+json", "application/problem+xml");

    private final JsonNode raw;
    private final JsonNode doc;
    private final List<Finding> findings = new ArrayList<>();

    private OasGuidelines(JsonNode raw) {
        this.raw = raw;
        this.doc = resolve(raw, raw, new HashSet<>());
    }

    /** Every finding of the rules on the document. */
    public static List<Finding> lint(JsonNode document) {
        OasGuidelines rules = new OasGuidelines(document);
        rules.info();
        rules.servers();
        rules.paths();
        rules.everyObject();
        rules.security();
        rules.components();
        return List.copyOf(rules.findings);
    }

    private void report(String rule, Severity severity, String path, String message) {
        findings.add(new Finding(rule, severity, path, message));
    }

    private void info() {
        JsonNode info = doc.path("info");
        if (!truthy(info.get("contact"))) {
            report("has-contact", Severity.ERROR, "/info", "info.contact is missing");
            report("info-contact", Severity.WARN, "/info", "info.contact is missing");
        }
        if (!truthy(info.get("x-summary"))) {
            report("has-x-summary", Severity.ERROR, "/info", "info.x-summary is missing");
        }
        if (!info.path("version").isTextual() || !SEMVER.matcher(info.path("version").asText()).find()) {
            report("use-semver", Severity.ERROR, "/info/version", "not a semantic version: " + info.get("version"));
        }
        if (!truthy(info.get("termsOfService"))) {
            report("has-termsOfService", Severity.WARN, "/info", "info.termsOfService is missing");
        }
        if (!truthy(info.get("description"))) {
            report("info-description", Severity.WARN, "/info", "info.description is missing");
        }
        if (!truthy(info.get("x-api-id"))) {
            report("has-x-api-id", Severity.HINT, "/info", "info.x-api-id is missing");
        }
    }

    private void servers() {
        JsonNode servers = doc.get("servers");
        if (servers == null || !servers.isArray() || servers.isEmpty()) {
            report("oas3-api-servers", Severity.WARN, "/servers", "no servers");
        }
        List<Map.Entry<String, JsonNode>> all = new ArrayList<>();
        if (servers != null && servers.isArray()) {
            for (int i = 0; i < servers.size(); i++) {
                all.add(Map.entry("/servers/" + i, servers.get(i)));
            }
        }
        doc.path("paths").fields().forEachRemaining(path -> {
            String where = "/paths/" + pointer(path.getKey());
            addServers(all, path.getValue().path("servers"), where + "/servers");
            METHODS.forEach(method -> addServers(all, path.getValue().path(method).path("servers"),
                    where + "/" + method + "/servers"));
        });
        for (Map.Entry<String, JsonNode> server : all) {
            JsonNode value = server.getValue();
            if (!truthy(value.get("description"))) {
                report("servers-description", Severity.ERROR, server.getKey(), "a server without description");
            }
            String url = value.path("url").asText("");
            if (!value.path("x-sandbox").asBoolean(false) && !url.startsWith("https://")) {
                report("servers-use-https", Severity.ERROR, server.getKey(), "not https: " + url);
            }
            if (url.length() > 1 && url.endsWith("/")) {
                report("oas3-server-trailing-slash", Severity.WARN, server.getKey(), "trailing slash: " + url);
            }
        }
    }

    private static void addServers(List<Map.Entry<String, JsonNode>> all, JsonNode servers, String where) {
        for (int i = 0; i < servers.size(); i++) {
            all.add(Map.entry(where + "/" + i, servers.get(i)));
        }
    }

    private void paths() {
        JsonNode paths = doc.path("paths");
        if (paths.isObject() && !paths.isEmpty() && !paths.path("/status").isObject()) {
            report("paths-status", Severity.ERROR, "/paths", "no /status");
        }
        Map<String, String> operationIds = new HashMap<>();
        Set<String> tags = new HashSet<>();
        doc.path("tags").forEach(tag -> tags.add(tag.path("name").asText()));
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String path = entry.getKey();
            String where = "/paths/" + pointer(path);
            if (path.contains("{}")) {
                report("path-declarations-must-exist", Severity.WARN, where, "empty parameter");
            }
            if (path.length() > 1 && path.endsWith("/")) {
                report("path-keys-no-trailing-slash", Severity.WARN, where, "trailing slash");
            }
            if (path.contains("?")) {
                report("path-not-include-query", Severity.WARN, where, "query in the path");
            }
            JsonNode item = entry.getValue();
            for (String method : METHODS) {
                JsonNode operation = item.get(method);
                if (operation != null && operation.isObject()) {
                    operation(path, method, item, operation, where + "/" + method, operationIds, tags);
                }
            }
        }
        JsonNode status = paths.path("/status").path("get").path("responses");
        for (Iterator<Map.Entry<String, JsonNode>> it = status.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> response = it.next();
            String where = "/paths/~1status/get/responses/" + response.getKey();
            JsonNode content = response.getValue().path("content");
            if (response.getKey().equals("200")) {
                content.fieldNames().forEachRemaining(type -> {
                    if (!type.equals("application/json") && !type.equals("application/problem+json")) {
                        report("paths-status-return-json", Severity.ERROR, where, "media type " + type);
                    }
                });
            }
            if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
                content.fields().forEachRemaining(type -> {
                    if (!type.getKey().equals("application/problem+json")) {
                        report("paths-status-return-problem", Severity.ERROR, where, "media type " + type.getKey());
                    }
                    JsonNode properties = type.getValue().path("schema").path("properties");
                    for (String field : List.of("status", "title", "detail")) {
                        if (!truthy(properties.get(field))) {
                            report("paths-status-problem-schema", Severity.WARN, where, "no property " + field);
                        }
                    }
                });
            }
        }
    }

    private void operation(String path, String method, JsonNode item, JsonNode operation, String where,
            Map<String, String> operationIds, Set<String> tags) {
        if (!truthy(operation.get("description"))) {
            report("operation-description", Severity.WARN, where, "no description");
        }
        String id = operation.path("operationId").asText(null);
        if (id == null || id.isEmpty()) {
            report("operation-operationId", Severity.WARN, where, "no operationId");
        } else {
            String previous = operationIds.putIfAbsent(id, where);
            if (previous != null) {
                report("operation-operationId-unique", Severity.ERROR, where, "operationId also at " + previous);
            }
            if (!OPERATION_ID.matcher(id).matches()) {
                report("operation-operationId-valid-in-url", Severity.WARN, where, "operationId " + id);
            }
        }
        JsonNode operationTags = operation.get("tags");
        if (operationTags == null || !operationTags.isArray() || operationTags.isEmpty()) {
            report("operation-tags", Severity.WARN, where, "no tags");
        } else {
            operationTags.forEach(tag -> {
                if (!tags.contains(tag.asText())) {
                    report("operation-tag-defined", Severity.WARN, where, "tag not declared: " + tag.asText());
                }
            });
        }
        if (operation.has("requestBody") && method.equals("get")) {
            report("http-request-GET-no-body", Severity.ERROR, where, "GET with a body");
        }
        if (operation.has("requestBody") && method.equals("delete")) {
            report("http-request-DELETE-no-body", Severity.WARN, where, "DELETE with a body");
        }
        if (method.equals("patch")) {
            JsonNode body = operation.get("requestBody");
            if (body == null) {
                report("patch-without-request-body", Severity.ERROR, where, "PATCH without body");
            } else if (!truthy(body.get("required"))) {
                report("patch-without-request-body", Severity.ERROR, where, "PATCH body not required");
            }
            JsonNode content = operation.path("requestBody").path("content");
            if (content.has("application/json")) {
                report("patch-media-type", Severity.ERROR, where, "PATCH with application/json");
            }
            JsonNode jsonPatch = content.path("application/json-patch+json");
            if (!jsonPatch.isMissingNode() && !jsonPatch.path("schema").path("type").asText("").contains("array")) {
                report("patch-json-patch-mediatype", Severity.WARN, where, "json-patch is not an array");
            }
        }
        List<JsonNode> parameters = new ArrayList<>();
        item.path("parameters").forEach(parameters::add);
        operation.path("parameters").forEach(parameters::add);
        parameters(parameters, where);
        pathParameters(path, parameters, where);
        responses(operation.path("responses"), where + "/responses");
    }

    private void parameters(List<JsonNode> parameters, String where) {
        Set<String> seen = new HashSet<>();
        for (JsonNode parameter : parameters) {
            String name = parameter.path("name").asText("");
            String in = parameter.path("in").asText("");
            if (!seen.add(in + ":" + name)) {
                report("operation-parameters", Severity.WARN, where, "duplicate parameter " + name);
            }
            if (in.equals("header")) {
                header(name, where, "no-x-headers-request");
                if (name.matches("(?i).*Cache-Control.*") && !(truthy(parameter.get("description"))
                        && CACHE_KEYWORDS.matcher(parameter.path("description").asText()).find())) {
                    report("cache-control-parameter-undocumented", Severity.WARN, where, name);
                }
            }
            if ((in.equals("query") || in.equals("path")) && CREDENTIALS.matcher(name).find()) {
                report("sec-credentials-parameters", Severity.ERROR, where, "credentials in " + in + ": " + name);
            }
            if (RECOMMENDED_NAMES.matcher(name).matches()) {
                report("use-recommended-names-in-parameters", Severity.INFO, where, name);
            }
        }
    }

    private void header(String name, String where, String xRule) {
        if (FORBIDDEN_HEADERS.matcher(name).matches()) {
            report("no-forbidden-headers", Severity.ERROR, where, "header " + name);
        }
        if (!X_HEADER_ALLOWED.matcher(name).find()) {
            report(xRule, Severity.WARN, where, "header " + name);
        }
    }

    private void pathParameters(String path, List<JsonNode> parameters, String where) {
        Set<String> templated = new HashSet<>();
        java.util.regex.Matcher matcher = Pattern.compile("\\{([^}]+)}").matcher(path);
        while (matcher.find()) {
            templated.add(matcher.group(1));
        }
        Set<String> declared = new HashSet<>();
        for (JsonNode parameter : parameters) {
            if (parameter.path("in").asText().equals("path")) {
                declared.add(parameter.path("name").asText());
                if (!parameter.path("required").asBoolean(false)) {
                    report("path-params", Severity.ERROR, where, "path parameter not required");
                }
            }
        }
        if (!templated.equals(declared)) {
            report("path-params", Severity.ERROR, where, "templated " + templated + ", declared " + declared);
        }
    }

    private void responses(JsonNode responses, String where) {
        boolean success = false;
        for (Iterator<Map.Entry<String, JsonNode>> it = responses.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String code = entry.getKey();
            JsonNode response = entry.getValue();
            String at = where + "/" + code;
            if (code.matches("[23]\\d\\d|2XX|3XX")) {
                success = true;
            }
            JsonNode content = response.get("content");
            if ((code.contains("204") || code.contains("205")) && truthy(content)) {
                report("http-response-no-content-204-205", Severity.ERROR, at, "content with " + code);
            }
            if ((code.startsWith("4") || code.startsWith("5") || code.startsWith("default"))
                    && !truthy(response.get("x-noqa")) && content != null) {
                content.fieldNames().forEachRemaining(type -> {
                    if (!PROBLEM_TYPES.contains(type)) {
                        report("use-problem-json-for-errors", Severity.ERROR, at, "error as " + type);
                    }
                });
            }
            if (content != null) {
                content.fields().forEachRemaining(type -> {
                    JsonNode schemaType = type.getValue().path("schema").path("type");
                    if (type.getKey().endsWith("json") && !type.getKey().endsWith("json-patch+json")
                            && schemaType.isTextual() && !schemaType.asText().contains("object")) {
                        report("response-with-json-object", Severity.WARN, at, type.getKey() + " is a "
                                + schemaType.asText());
                    }
                });
            }
            JsonNode headers = response.get("headers");
            if (headers != null) {
                headers.fieldNames().forEachRemaining(name -> header(name, at, "no-x-headers-response"));
                rateLimits(code, headers, at);
            }
        }
        if (!success) {
            report("operation-success-response", Severity.WARN, where, "no 2xx or 3xx response");
        }
    }

    private void rateLimits(String code, JsonNode headers, String at) {
        if (code.startsWith("2") || (code.startsWith("4") && !code.equals("429"))) {
            for (String name : List.of("Limit", "Remaining", "Reset")) {
                if (headers.has("X-RateLimit-" + name) == headers.has("RateLimit-" + name)) {
                    report("missing-ratelimit", Severity.WARN, at, "RateLimit-" + name);
                }
            }
        }
        if (code.equals("503") && !truthy(headers.get("Retry-After"))) {
            report("missing-retry-after", Severity.WARN, at, "no Retry-After");
        }
        if (code.equals("429") && !headers.has("Retry-After")
                && !(headers.has("RateLimit-Limit") && headers.has("RateLimit-Remaining")
                && headers.has("RateLimit-Reset"))
                && !(headers.has("X-RateLimit-Limit") && headers.has("X-RateLimit-Remaining")
                && headers.has("X-RateLimit-Reset"))) {
            report("ratelimit-429-presence", Severity.WARN, at, "no Retry-After nor RateLimit headers");
        }
    }

    /** The rules on any object of the document: formats, arrays, enumerations; and no-$ref-siblings on the raw one. */
    private void everyObject() {
        walk(doc, "", (node, where) -> {
            String type = node.path("type").isTextual() ? node.path("type").asText() : "";
            if (type.equals("integer")) {
                if (!truthy(node.get("format"))) {
                    report("integer-format", Severity.ERROR, where, "integer without format");
                } else if (node.get("format").isValueNode()
                        && !Set.of("int32", "int64").contains(node.get("format").asText())) {
                    report("allowed-integer-format", Severity.HINT, where, node.get("format").asText());
                }
            }
            if (type.equals("number") && !truthy(node.get("format"))) {
                report("number-format", Severity.ERROR, where, "number without format");
            }
            if (type.equals("array") && !node.has("items")) {
                report("array-items", Severity.ERROR, where, "array without items");
            }
            JsonNode values = node.get("enum");
            if (values != null && values.isArray()) {
                Set<JsonNode> distinct = new HashSet<>();
                values.forEach(value -> {
                    if (!distinct.add(value)) {
                        report("duplicated-entry-in-enum", Severity.WARN, where, "duplicate " + value);
                    }
                    if ((type.equals("string") && !value.isTextual())
                            || (type.equals("integer") && !value.isIntegralNumber())) {
                        report("typed-enum", Severity.WARN, where, value + " is not a " + type);
                    }
                });
            }
            if (node.path("type").asText().equals("oauth2")) {
                for (String flow : List.of("implicit", "password")) {
                    if (truthy(node.path("flows").get(flow))) {
                        report("sec-securitySchemes-oauth-allowed-flows", Severity.ERROR, where, flow);
                    }
                }
            }
        });
        if (raw.path("openapi").asText("").startsWith("3.0") || raw.has("swagger")) {
            walk(raw, "", (node, where) -> {
                if (node.has("$ref") && node.size() > 1) {
                    report("no-$ref-siblings", Severity.ERROR, where, "keys beside $ref");
                }
            });
        }
    }

    /** The schemes declared and used, the operations without any (oas3-pdnd-security-defined). */
    private void security() {
        JsonNode schemes = doc.path("components").path("securitySchemes");
        schemes.fields().forEachRemaining(scheme -> {
            JsonNode value = scheme.getValue();
            if (value.path("type").asText().equals("apiKey") && value.path("in").asText().equals("query")) {
                report("sec-apikeys-url", Severity.ERROR, "/components/securitySchemes/" + scheme.getKey(), "query");
            }
            if (value.path("type").asText().equals("oauth2")) {
                walk(value.path("flows"), "", (flow, where) -> flow.fields().forEachRemaining(field -> {
                    if (field.getKey().toLowerCase().endsWith("url")
                            && !field.getValue().asText().startsWith("https://")) {
                        report("sec-securitySchemes-oauth-http", Severity.ERROR, where, field.getKey());
                    }
                }));
            }
        });
        List<Map.Entry<String, JsonNode>> requirements = new ArrayList<>();
        doc.path("security").forEach(requirement -> requirements.add(Map.entry("/security", requirement)));
        List<String> unsecured = new ArrayList<>();
        doc.path("paths").fields().forEachRemaining(path -> METHODS.forEach(method -> {
            JsonNode operation = path.getValue().get(method);
            if (operation == null) {
                return;
            }
            String where = "/paths/" + pointer(path.getKey()) + "/" + method;
            JsonNode security = operation.get("security");
            if (security == null || !security.isArray() || security.isEmpty()) {
                unsecured.add(where + "/security");
            }
            if (security != null) {
                security.forEach(requirement -> requirements.add(Map.entry(where, requirement)));
            }
        }));
        for (Map.Entry<String, JsonNode> requirement : requirements) {
            requirement.getValue().fieldNames().forEachRemaining(name -> {
                if (!schemes.has(name)) {
                    report("oas3-operation-security-defined", Severity.WARN, requirement.getKey(),
                            "undeclared scheme " + name);
                }
            });
        }
        boolean rootSecured = false;
        for (JsonNode requirement : doc.path("security")) {
            rootSecured |= requirement.isObject() && !requirement.isEmpty();
        }
        if (!rootSecured) {
            unsecured.forEach(where -> report("oas3-pdnd-security-defined", Severity.WARN, where,
                    "no security requirement"));
        }
    }

    /** Components nobody refers to (oas3-unused-component), on the document as written. */
    private void components() {
        Set<String> referred = new HashSet<>();
        walk(raw, "", (node, where) -> {
            if (node.path("$ref").isTextual()) {
                referred.add(node.path("$ref").asText());
            }
        });
        raw.path("components").fields().forEachRemaining(kind -> {
            if (kind.getKey().equals("securitySchemes")) {
                return;
            }
            kind.getValue().fieldNames().forEachRemaining(name -> {
                String ref = "#/components/" + kind.getKey() + "/" + name;
                if (!referred.contains(ref)) {
                    report("oas3-unused-component", Severity.WARN, ref.substring(1), "never referred to");
                }
            });
        });
    }

    private static void walk(JsonNode node, String where, BiConsumer<JsonNode, String> visitor) {
        if (node.isObject()) {
            visitor.accept(node, where);
            node.fields().forEachRemaining(field -> walk(field.getValue(), where + "/" + pointer(field.getKey()),
                    visitor));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), where + "/" + i, visitor);
            }
        }
    }

    /** The document with its internal references replaced by what they point at (a cycle keeps its reference). */
    private static JsonNode resolve(JsonNode node, JsonNode root, Set<String> resolving) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isTextual() && ref.asText().startsWith("#/") && !resolving.contains(ref.asText())) {
                resolving.add(ref.asText());
                JsonNode target = root.at(ref.asText().substring(1));
                JsonNode resolved = target.isMissingNode() ? node : resolve(target, root, resolving);
                resolving.remove(ref.asText());
                return resolved;
            }
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            node.fields().forEachRemaining(field -> copy.set(field.getKey(), resolve(field.getValue(), root,
                    resolving)));
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            node.forEach(element -> copy.add(resolve(element, root, resolving)));
            return copy;
        }
        return node;
    }

    private static boolean truthy(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return false;
        }
        if (node.isBoolean()) {
            return node.asBoolean();
        }
        if (node.isNumber()) {
            return node.asDouble() != 0;
        }
        if (node.isTextual()) {
            return !node.asText().isEmpty();
        }
        return true;
    }

    private static String pointer(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
