package it.retelavoro.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import it.retelavoro.matching.MatchingScenario;
import it.retelavoro.monitoring.MonitoringScenario.Organisation;
import it.retelavoro.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The job board's place search takes the comune's or the province's name, and says what it searched for. */
@IntegrationTest
class BoardPlaceTests {

    @Autowired
    MockMvc mvc;

    String word;
    String vacancy;

    @BeforeEach
    void aPublishedVacancyInCuneo() throws Exception {
        MatchingScenario scenario = new MatchingScenario(mvc);
        Organisation office = scenario.organisation();
        word = "luogo" + UUID.randomUUID().toString().substring(0, 8);
        vacancy = scenario.vacancy(office, scenario.company(office), "Commesso " + word, "5.1.2.2.0", "D205", "{}",
                true, false);
    }

    @Test
    void finds_a_vacancy_by_the_name_of_its_comune_or_of_its_province() throws Exception {
        for (String[] place : new String[][] {{"comune", "cuneo"}, {"comune", "CUNEO"}, {"comune", "provincia di Cuneo"},
                {"comune", "CN"}, {"comune", "D205"}, {"province", "Cuneo"}, {"province", "CN"}}) {
            mvc.perform(get("/api/v1/public/vacancies").param("q", word).param(place[0], place[1]))
                    .andExpect(jsonPath("$[*].id", contains(vacancy)));
        }
        for (String[] place : new String[][] {{"comune", "Torino"}, {"comune", "Atlantide"}, {"province", "Torino"}}) {
            mvc.perform(get("/api/v1/public/vacancies").param("q", word).param(place[0], place[1]))
                    .andExpect(jsonPath("$.length()").value(0));
        }
    }

    @Test
    void the_board_says_which_place_it_searched_and_when_no_place_has_that_name() throws Exception {
        String found = page("/portal?q=" + word + "&comune=cuneo");
        assertThat(found).contains(vacancy).contains("Offerte cercate a: Cuneo (CN).");

        String unknown = page("/portal?q=" + word + "&comune=Atlantide");
        assertThat(unknown).contains("data-testid=\"unknown-place\"").contains("«Atlantide»")
                .contains("data-testid=\"no-results\"");
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).header("Accept-Language", "it")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
