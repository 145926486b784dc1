package it.retelavoro.reference;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.retelavoro.support.IntegrationTest;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** {@code GET /api/v1/vocabularies/{name}?q=}: names searched by words, accents and case ignored (issue 14). */
@IntegrationTest
class VocabularySearchApiTests {

    @Autowired
    MockMvc mvc;

    @Test
    void finds_a_comune_by_its_name_without_accents_the_code_stored_and_the_label_shown() throws Exception {
        mvc.perform(get("/api/v1/vocabularies/comuni").param("q", "torino").param("limit", "5"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].code").value("L219"))
                .andExpect(jsonPath("$[0].label").value("Torino (TO)"))
                .andExpect(jsonPath("$", hasSize(5)));
        mvc.perform(get("/api/v1/vocabularies/comuni").param("q", "AGLIE"))
                .andExpect(jsonPath("$[0].code").value("A074"));
    }

    @Test
    void finds_an_occupation_by_the_beginnings_of_the_words_of_its_name() throws Exception {
        mvc.perform(get("/api/v1/vocabularies/occupations").param("q", "cuochi alberghi").param("limit", "20"))
                .andExpect(jsonPath("$[0].code").value("5.2.2.1.0"))
                .andExpect(jsonPath("$[0].label").value("5.2.2.1.0 Cuochi in alberghi e ristoranti"));
        mvc.perform(get("/api/v1/vocabularies/occupations").param("q", "CUOCHI"))
                .andExpect(jsonPath("$[*].code", hasItem("5.2.2.1.0")));
    }

    @Test
    void finds_an_ateco_activity_by_words_and_never_a_section() throws Exception {
        mvc.perform(get("/api/v1/vocabularies/ateco").param("q", "ristorazione somministrazione"))
                .andExpect(jsonPath("$[*].code", hasItem("56.10.11")));
        mvc.perform(get("/api/v1/vocabularies/ateco").param("q", "56.10.1"))
                .andExpect(jsonPath("$[0].code").value("56.10.1"))
                .andExpect(jsonPath("$[*].code", hasItem("56.10.11")));
        mvc.perform(get("/api/v1/vocabularies/ateco").param("q", "i"))
                .andExpect(jsonPath("$[*].code", not(hasItem("I"))));
    }

    @Test
    void finds_education_levels_countries_and_languages_by_name_in_the_readers_language() throws Exception {
        mvc.perform(get("/api/v1/vocabularies/education-levels").param("q", "maturita"))
                .andExpect(jsonPath("$[0].code").value("USG"));
        mvc.perform(get("/api/v1/vocabularies/countries").param("q", "stati uniti"))
                .andExpect(jsonPath("$[*].code", hasItem("US")));
        mvc.perform(get("/api/v1/vocabularies/languages").param("q", "ingl"))
                .andExpect(jsonPath("$[0].code").value("en"));
        mvc.perform(get("/api/v1/vocabularies/languages").param("q", "engl").locale(Locale.ENGLISH))
                .andExpect(jsonPath("$[0].code").value("en"))
                .andExpect(jsonPath("$[0].label").value("English"));
    }

    @Test
    void finds_a_place_of_birth_among_the_comuni_and_the_foreign_states_by_name() throws Exception {
        mvc.perform(get("/api/v1/vocabularies/birth-places").param("q", "torino"))
                .andExpect(jsonPath("$[0].code").value("L219"))
                .andExpect(jsonPath("$[0].label").value("Torino (TO)"));
        mvc.perform(get("/api/v1/vocabularies/birth-places").param("q", "marocco"))
                .andExpect(jsonPath("$[*].code", hasItem("Z330")));
    }

    @Test
    void gives_at_most_the_limit_asked_and_nothing_for_words_no_name_has() throws Exception {
        mvc.perform(get("/api/v1/vocabularies/comuni").param("q", "san").param("limit", "20"))
                .andExpect(jsonPath("$", hasSize(20)));
        mvc.perform(get("/api/v1/vocabularies/occupations").param("q", "zzzz"))
                .andExpect(jsonPath("$", hasSize(0)));
    }
}
