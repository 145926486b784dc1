package it.retelavoro.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.retelavoro.support.IntegrationTest;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.web.servlet.MockMvc;

/** {@code GET /status} (issue 18): public, a problem document, 200 while the database answers, 503 when it does not. */
@IntegrationTest
class StatusTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ProblemResponses problems;

    @Test
    void theServiceIsUpForAnyoneWithoutLogin() throws Exception {
        mvc.perform(get("/status"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(jsonPath("$.status").value(200))
                .andExpect(jsonPath("$.title").value("Servizio disponibile"));
    }

    @Test
    void aMonitorThatAcceptsOnlyJsonGetsJson() throws Exception {
        mvc.perform(get("/status").accept("application/json"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/json"))
                .andExpect(jsonPath("$.status").value(200));
    }

    @Test
    void aDatabaseThatDoesNotAnswerIs503WithRetryAfter() {
        // a database nobody listens on: the check fails as it does when the real one goes away
        DriverManagerDataSource nowhere = new DriverManagerDataSource("jdbc:postgresql://127.0.0.1:1/none", "x", "x");
        StatusController controller = new StatusController(new JdbcTemplate(nowhere), problems);

        ResponseEntity<ProblemDetail> answer = controller.status(Locale.ITALIAN);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("30");
        assertThat(answer.getBody().getStatus()).isEqualTo(503);
        assertThat(answer.getBody().getTitle()).isEqualTo("Servizio non disponibile");
    }

    @Test
    void theStatusIsInTheApiDocumentAsAPublicOperation() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(jsonPath("$.paths['/status'].get.security").isEmpty())
                .andExpect(jsonPath("$.paths['/status'].get.responses['200'].content['application/problem+json']")
                        .exists())
                .andExpect(jsonPath("$.paths['/status'].get.responses['503'].headers['Retry-After']").exists());
    }
}
