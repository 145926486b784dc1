package it.retelavoro.employer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import it.retelavoro.support.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The company page over real HTTP, as a browser receives it. */
@IntegrationTest
class EmployerPageTests {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    Clock clock;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void the_page_of_a_company_with_a_vacancy_is_sent_whole() throws Exception {
        String name = "Impresa " + UUID.randomUUID().toString().substring(0, 8);
        String employer = created("/api/v1/employers", """
                {"fiscalCode": "%s", "name": "%s", "legalForm": "SRL", "ateco": "62.01.00", "sizeClass": "SMALL",
                 "comune": "L219", "address": "Via Roma 1"}""".formatted(EmployerFixtures.aVatNumber(), name));
        created("/api/v1/employers/" + employer + "/vacancies", """
                {"title": "Magazziniere notturno", "description": "Gestione del magazzino", "occupation": "8.1.3.1.0",
                 "positions": 1, "comune": "L219", "contractType": "PERMANENT", "hoursPerWeek": 40,
                 "published": true, "anonymous": false, "expiresOn": "%s"}"""
                .formatted(LocalDate.now(clock).plusMonths(1)));

        HttpResponse<String> page = http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/employers/" + employer))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("cpi.torino:demo".getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(name).contains("Magazziniere notturno");
        assertThat(page.body().strip()).endsWith("</html>");
    }

    private String created(String path, String body) throws Exception {
        String response = mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(body)
                        .with(httpBasic("cpi.torino", "demo")))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(response, "$.id");
    }

    @Test
    void the_registration_form_offers_no_taking_over_before_a_company_of_another_organisation_is_found()
            throws Exception {
        String page = mvc.perform(get("/employers/new").with(httpBasic("agenzia.alfa", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("<form").doesNotContain("/takeover");
    }
}
