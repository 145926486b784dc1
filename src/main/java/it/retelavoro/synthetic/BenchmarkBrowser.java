package it.retelavoro.synthetic;

import static it.retelavoro.synthetic.BenchmarkLauncher.out;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser's session for the benchmarks over HTTP: the login form once, then pages with the session's cookie, the
 * body read whole; a bearer token for the API. Thread-safe once logged in (its HTTP client is).
 */
final class BenchmarkBrowser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");

    private final String base;
    private final HttpClient http;
    private String token;

    BenchmarkBrowser(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    void logIn(String username, String password) {
        String form = send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build()).body();
        Matcher csrf = CSRF.matcher(form);
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        String body = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf="
                + encode(csrf.group(1));
        HttpResponse<String> done = send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        String location = done.headers().firstValue("Location").orElse("");
        if (done.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("login refused: " + done.statusCode() + " " + location);
        }
    }

    /** A bearer token for the API, which answers tokens and not the session of the pages. */
    void issueToken(String username, String password) {
        String basic = "Basic " + java.util.Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> issued = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/tokens"))
                .header("Authorization", basic).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"benchmark\", \"expiresInDays\": 1}"))
                .build());
        Matcher found = TOKEN.matcher(issued.body());
        if (issued.statusCode() != 201 || !found.find()) {
            throw new IllegalStateException("no API token: " + issued.statusCode());
        }
        token = found.group(1);
    }

    /** The time of one page, from the request to the last byte of its body; a path ending in #htmx as htmx asks. */
    long get(String path) {
        boolean htmx = path.endsWith("#htmx");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path.replace("#htmx", "")))
                .header("Accept", path.startsWith("/api/") ? "application/json" : "text/html").GET();
        if (htmx) {
            request.header("HX-Request", "true");
        }
        if (path.startsWith("/api/")) {
            request.header("Authorization", "Bearer " + token);
        }
        long start = System.nanoTime();
        HttpResponse<String> response = send(request.build());
        long nanos = System.nanoTime() - start;
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode());
        }
        return nanos;
    }

    /** The address of a link of a page, by the link's id, as the browser would follow it. */
    String link(String path, String id) {
        String html = send(HttpRequest.newBuilder(URI.create(base + path)).GET().build()).body();
        Matcher href = Pattern.compile("href=\"([^\"]+)\"\\s+id=\"" + Pattern.quote(id) + "\"").matcher(html);
        if (!href.find()) {
            throw new IllegalStateException("no link " + id + " on " + path);
        }
        return href.group(1).replace("&amp;", "&");
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** An answer of the API: its status and body, and the time from the request to its last byte. */
    record Answer(int status, String body, long nanos) {
    }

    /** A JSON body posted to the API with the bearer token. */
    Answer post(String path, String json) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json")
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        long start = System.nanoTime();
        HttpResponse<String> response = send(request);
        return new Answer(response.statusCode(), response.body(), System.nanoTime() - start);
    }

    /** A page or an API answer's body, which must be 200. */
    String read(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", path.startsWith("/api/") ? "application/json" : "text/html").GET();
        if (path.startsWith("/api/")) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = send(request.build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode());
        }
        return response.body();
    }

    /** Asks a page {@code warmup} times, then {@code requests} times, prints its figures and gives its times. */
    static long[] measure(BenchmarkBrowser browser, String label, IntFunction<String> page, int requests, int warmup) {
        for (int i = 0; i < warmup; i++) {
            browser.get(page.apply(requests + i));
        }
        long[] nanos = new long[requests];
        for (int i = 0; i < requests; i++) {
            nanos[i] = browser.get(page.apply(i));
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        out("%-52s %6.1f ms %6.1f ms %6.1f ms", label, millis(sorted, 50), millis(sorted, 95),
                sorted[sorted.length - 1] / 1e6);
        return nanos;
    }

    static double millis(long[] sorted, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }
}
