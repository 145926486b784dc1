package it.retelavoro.pathway;

import static it.retelavoro.pathway.PathwayApi.CPI_TORINO;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.retelavoro.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Trainings and internships happen between 1900 and 2100: a date outside is a 400 naming the field. */
@IntegrationTest
class SensibleDatesTests {

    @Autowired
    MockMvc mvc;

    private ResultActions postJson(String path, String body) throws Exception {
        return mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(body).with(CPI_TORINO));
    }

    @Test
    void refuses_internships_starting_before_1900_or_ending_after_2100() throws Exception {
        String person = new PathwayApi(mvc).person(CPI_TORINO);
        postJson("/api/v1/persons/" + person + "/internships", """
                {"start": "1899-12-31", "end": "2000-01-01", "host": "Officine Rossi", "tutor": "Maria Verdi"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("start"));
        postJson("/api/v1/persons/" + person + "/internships", """
                {"start": "2026-01-01", "end": "2101-01-01", "host": "Officine Rossi", "tutor": "Maria Verdi"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("end"));
    }

    @Test
    void refuses_training_dated_before_1900() throws Exception {
        String person = new PathwayApi(mvc).person(CPI_TORINO);
        postJson("/api/v1/persons/" + person + "/training", """
                {"event": "REFERRED", "date": "0001-01-01", "course": "Saldatura", "provider": "Ente"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("date"));
    }
}
