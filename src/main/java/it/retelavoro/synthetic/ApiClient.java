package it.retelavoro.synthetic;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Executors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTTP API as the write benchmark's clients see it ({@link ApiWriteBenchmark}): one or more instances of the
 * application, a token issued with a password, the operator's site for A1.
 */
final class ApiClient {
    final List<String> bases;
    private final String base;
    final JsonMapper json;
    private final HttpClient http;

    ApiClient(List<String> bases, JsonMapper json, int clients) {
        this.bases = List.copyOf(bases);
        this.base = bases.get(0);
        this.json = json;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(Math.max(2, clients / 4))).build();
    }

    HttpResponse<String> post(String path, String body, String authorization)
            throws IOException, InterruptedException {
        return post(0, path, body, authorization, null);
    }

    HttpResponse<String> post(int instance, String path, String body, String authorization, String key)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(bases.get(instance) + path))
                .header("Authorization", authorization).header("Content-Type", "application/json")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    JsonNode get(String path, String authorization) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Authorization", authorization).GET().build(), HttpResponse.BodyHandlers.ofString());
            require(response, 200);
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A token of the operator, issued with their password: the only bcrypt of the run. */
    String issueToken(String user, String password) {
        String basic = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        try {
            HttpResponse<String> response = post("/api/v1/tokens",
                    "{\"name\": \"benchmark\", \"expiresInDays\": 1}", basic);
            require(response, 201);
            return json.readTree(response.body()).get("token").asString();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A site of the operator's organisation where A1 may be delivered (via Bologna in the demo network). */
    String a1Site(String token) {
        String authorization = "Bearer " + token;
        String organisation = get("/api/v1/me", authorization).get("organisation").get("id").asString();
        JsonNode sites = get("/api/v1/organisations/" + organisation + "/sites", authorization);
        for (JsonNode site : sites) {
            if (site.get("name").asString().contains("via Bologna")) {
                return site.get("id").asString();
            }
        }
        return sites.get(0).get("id").asString();
    }

    private static void require(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.request().uri().getPath() + " answered "
                    + response.statusCode());
        }
    }
}