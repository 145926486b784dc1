package it.retelavoro.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import it.retelavoro.support.IntegrationTest;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Errors as a browser and an API client receive them, over real HTTP. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ErrorPageTests {

    static final Pattern ERROR_ID = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    final HttpClient http = HttpClient.newHttpClient();

    /** A page whose template fails after writing more than the response buffer holds. */
    public static final class BrokenPage {
        public String show() {
            return "test-only/broken-page";
        }
    }

    @Test
    void a_template_that_fails_while_rendering_becomes_the_shell_error_page_with_its_error_id(CapturedOutput output)
            throws Exception {
        RequestMappingInfo mapping = RequestMappingInfo.paths("/test-only/broken-page").methods(RequestMethod.GET)
                .options(mappings.getBuilderConfiguration()).build();
        Method show = BrokenPage.class.getMethod("show");
        mappings.registerMapping(mapping, new BrokenPage(), show);
        try {
            HttpResponse<String> page = get("/test-only/broken-page", "cpi.torino", "text/html");

            assertThat(page.statusCode()).isEqualTo(500);
            assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("text/html"));
            assertThat(page.body()).contains("Si è verificato un errore").contains("cpi.torino")
                    .doesNotContain("<p>2999</p>");
            assertThat(page.body().strip()).endsWith("</html>");
            int idAt = page.body().indexOf("data-testid=\"error-id\"");
            assertThat(idAt).as("an error id on the page").isPositive();
            Matcher errorId = ERROR_ID.matcher(page.body().substring(idAt));
            assertThat(errorId.find()).as("an error id on the page").isTrue();
            assertThat(output.getAll()).contains(errorId.group())
                    .contains("TemplateProcessingException")
                    .doesNotContain("noSuchMethodHere");
        } finally {
            mappings.unregisterMapping(mapping);
        }
    }

    @Test
    void page_errors_are_pages_of_the_shell_whatever_the_client_accepts() throws Exception {
        HttpResponse<String> missing = get("/no-such-page", "cpi.torino", "application/json");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/html"));
        assertThat(missing.body()).contains("Pagina non trovata").contains("cpi.torino");
        assertThat(missing.body().strip()).endsWith("</html>");

        HttpResponse<String> denied = get("/admin/network", "cpi.torino", "*/*");
        assertThat(denied.statusCode()).isEqualTo(403);
        assertThat(denied.body()).contains("Accesso non consentito");
        assertThat(denied.body().strip()).endsWith("</html>");
        assertThat(denied.headers().firstValue("Content-Security-Policy")).isPresent();

        HttpResponse<String> wrongMethod = get("/group-sessions", "cpi.torino", "*/*");
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(wrongMethod.body()).contains("Operazione non consentita su questa pagina");
        assertThat(wrongMethod.body().strip()).endsWith("</html>");
    }

    @Test
    void api_errors_stay_problems() throws Exception {
        HttpResponse<String> missing = get("/api/v1/no-such-resource", "cpi.torino", "*/*");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(missing.body()).contains("\"type\":\"https://retelavoro.it/problems/not-found\"");

        HttpResponse<String> denied = get("/api/v1/audit", "cpi.torino", "*/*");
        assertThat(denied.statusCode()).isEqualTo(403);
        assertThat(denied.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
    }

    private HttpResponse<String> get(String path, String username, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((username + ":demo").getBytes(StandardCharsets.UTF_8)))
                .header("Accept", accept).build(), HttpResponse.BodyHandlers.ofString());
    }
}
