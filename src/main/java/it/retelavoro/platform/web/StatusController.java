package it.retelavoro.platform.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The API's health for the clients and the monitors of other administrations (the interoperability guidelines'
 * {@code /status}): a problem document, 200 when the application answers and its database too, 503 otherwise. It says
 * nothing else about the installation; the actuator's health is for the operators of the platform.
 */
@RestController
@Tag(name = "Stato", description = "Lo stato del servizio, per i client e i sistemi di monitoraggio")
class StatusController {

    static final String PATH = "/status";
    private static final Logger LOG = LoggerFactory.getLogger(StatusController.class);

    private final JdbcTemplate jdbc;
    private final ProblemResponses problems;

    StatusController(JdbcTemplate jdbc, ProblemResponses problems) {
        JdbcTemplate checking = new JdbcTemplate(jdbc.getDataSource());
        checking.setQueryTimeout(2);
        this.jdbc = checking;
        this.problems = problems;
    }

    @GetMapping(path = PATH, produces = {MediaType.APPLICATION_PROBLEM_JSON_VALUE, MediaType.APPLICATION_JSON_VALUE})
    @Operation(operationId = "status", summary = "Lo stato del servizio",
            description = """
                    Dice se l'API è in grado di rispondere: 200 quando l'applicazione e la sua base dati rispondono, \
                    503 quando la base dati non è raggiungibile (con Retry-After). Pubblica, senza autenticazione; \
                    la risposta è un application/problem+json (o application/json a chi chiede solo quello) e non va \
                    conservata in cache.""",
            security = {})
    @ApiResponse(responseCode = "200", description = "Il servizio è disponibile",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(ref = "#/components/schemas/Problem")))
    @ApiResponse(responseCode = "503", description = "Il servizio non è disponibile",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(ref = "#/components/schemas/Problem")))
    ResponseEntity<ProblemDetail> status(Locale locale) {
        ResponseEntity.BodyBuilder answer;
        ProblemDetail problem;
        try {
            jdbc.queryForObject("select 1", Integer.class);
            problem = problems.problem(HttpStatus.OK, "status-ok", "problem.status-ok.detail", locale);
            answer = ResponseEntity.ok();
        } catch (DataAccessException unreachable) {
            LOG.warn("Status: the database does not answer ({})", unreachable.getClass().getSimpleName());
            problem = problems.problem(HttpStatus.SERVICE_UNAVAILABLE, "status-unavailable",
                    "problem.status-unavailable.detail", locale);
            answer = ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "30");
        }
        return answer.cacheControl(CacheControl.noStore()).body(problem);
    }
}
