package it.retelavoro.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser's side of the OpenID Connect login over real HTTP, one redirect at a time: the application on its port,
 * the test provider on its own, the session in a cookie jar. Each step returns what the browser would see.
 */
public final class OidcFlow {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;

    public OidcFlow(int port) {
        this.base = "http://localhost:" + port;
    }

    /** Starts the login of a registration: the address the application sends the browser to, at the provider. */
    public URI start(String registration) {
        HttpResponse<String> response = get(URI.create(base + "/oauth2/authorization/" + registration));
        assertThat(response.statusCode()).isEqualTo(302);
        return location(response);
    }

    /** What the provider answers the browser at the authorisation endpoint: the way back with a code. */
    public URI authorise(URI atProvider) {
        HttpResponse<String> response = get(atProvider);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        return location(response);
    }

    /** The browser back at the application with the code: where the application sends it next. */
    public URI callback(URI back) {
        HttpResponse<String> response = get(back);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        return location(response);
    }

    /** The whole login: start, provider, back; where the application sends the browser at the end. */
    public URI logIn(String registration) {
        return callback(authorise(start(registration)));
    }

    public HttpResponse<String> get(String path) {
        return get(URI.create(base + path));
    }

    public HttpResponse<String> get(URI uri) {
        return send(HttpRequest.newBuilder(uri).header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                    .GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A form's post, with the CSRF token of the page given. */
    public HttpResponse<String> post(String path, String pageWithForm, String form) {
        Matcher token = CSRF.matcher(get(pageWithForm).body());
        assertThat(token.find()).as("a CSRF token on " + pageWithForm).isTrue();
        String body = "_csrf=" + token.group(1) + (form.isEmpty() ? "" : "&" + form);
        return send(HttpRequest.newBuilder(URI.create(base + path))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A citizen logs in with SPID at level 2; the browser ends on their area. */
    public OidcFlow asCitizen(String fiscalCode, String givenName, String familyName) {
        URI atProvider = start("citizen");
        TestIdentityProvider.nextCitizen(fiscalCode, givenName, familyName, "1985-01-01", 2);
        URI landed = callback(authorise(atProvider));
        assertThat(landed.getPath()).isEqualTo("/me");
        return this;
    }

    /** A body as bytes (a PDF). */
    public HttpResponse<byte[]> bytes(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A JSON request of the session, with its CSRF token in the header, as the area's own script would send it. */
    public HttpResponse<String> json(String method, String path, String json) {
        Matcher token = CSRF.matcher(get("/me").body());
        assertThat(token.find()).as("a CSRF token on /me").isTrue();
        return send(jsonRequest(method, path, json).header("X-CSRF-TOKEN", token.group(1)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The same without the token: what a page of another site could make the browser send. */
    public HttpResponse<String> jsonWithoutCsrf(String method, String path, String json) {
        return send(jsonRequest(method, path, json).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder jsonRequest(String method, String path, String json) {
        return HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json));
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return http.send(request, body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public String base() {
        return base;
    }

    public static URI location(HttpResponse<?> response) {
        return response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
    }

    public static Map<String, String> query(URI uri) {
        return Arrays.stream(uri.getRawQuery().split("&")).map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> pair[0],
                        pair -> pair.length > 1 ? URLDecoder.decode(pair[1], StandardCharsets.UTF_8) : "",
                        (a, b) -> a));
    }
}
