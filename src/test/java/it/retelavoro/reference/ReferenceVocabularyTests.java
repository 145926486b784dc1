package it.retelavoro.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.retelavoro.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class ReferenceVocabularyTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EducationLevels educationLevels;

    @Test
    void countries_are_iso_codes_with_italian_names_and_a_belfiore_code_where_istat_gives_one() throws Exception {
        mvc.perform(get("/api/v1/vocabularies/countries").param("q", "maroc"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].code").value("MA"))
                .andExpect(jsonPath("$[0].label").value("Marocco"));
        Countries countries = new Countries();
        assertThat(countries.byCode("MA").orElseThrow().belfioreCode()).contains("Z330");
        assertThat(countries.byCode("RO").orElseThrow().europeanUnion()).isTrue();
        assertThat(countries.byCode("MA").orElseThrow().europeanUnion()).isFalse();
        assertThat(countries.byCode("IT").orElseThrow().belfioreCode()).isEmpty();
        assertThat(countries.foreignState("Z135").orElseThrow().ceased()).isTrue();
    }

    @Test
    void birthplaces_are_current_and_ceased_comuni_and_foreign_states() {
        BirthPlaces places = new BirthPlaces(new Comuni(), new Countries());
        assertThat(places.byCode("L219").orElseThrow().label()).isEqualTo("Torino (TO)");
        assertThat(places.byCode("Z330").orElseThrow().foreign()).isTrue();
        assertThat(places.byCode("A003").orElseThrow().ceased()).isTrue();
        assertThat(places.exists("Q999")).isFalse();
    }

    @Test
    void occupations_show_the_code_beside_the_name_and_expose_the_upper_levels() throws Exception {
        mvc.perform(get("/api/v1/vocabularies/occupations").param("q", "5.2.2.1"))
                .andExpect(jsonPath("$[0].code").value("5.2.2.1.0"))
                .andExpect(jsonPath("$[0].label").value(org.hamcrest.Matchers.startsWith("5.2.2.1.0 ")));
        mvc.perform(get("/api/v1/vocabularies/occupations").param("level", "1"))
                .andExpect(jsonPath("$", hasSize(9)))
                .andExpect(jsonPath("$[2].label").value("3 Professioni tecniche"));
        mvc.perform(get("/api/v1/vocabularies/occupations").param("level", "3").param("q", "5.2.2"))
                .andExpect(jsonPath("$[0].label").value("5.2.2 (gruppo)"));
        mvc.perform(get("/api/v1/vocabularies/occupations").param("limit", "1000"))
                .andExpect(jsonPath("$", hasSize(813)));
    }

    @Test
    void publishes_languages_licences_cefr_levels_education_levels_and_complex_targets() throws Exception {
        mvc.perform(get("/api/v1/vocabularies/languages").param("q", "arab"))
                .andExpect(jsonPath("$[0].code").value("ar"));
        mvc.perform(get("/api/v1/vocabularies/driving-licences")).andExpect(jsonPath("$", hasSize(18)))
                .andExpect(jsonPath("$[*].code", hasItem("CQC_GOODS")));
        mvc.perform(get("/api/v1/vocabularies/cefr-levels")).andExpect(jsonPath("$", hasSize(6)));
        mvc.perform(get("/api/v1/vocabularies/education-levels")).andExpect(jsonPath("$[0].code").value("NED"));
        mvc.perform(get("/api/v1/vocabularies/complex-targets")).andExpect(jsonPath("$", hasSize(5)));
        mvc.perform(get("/api/v1/vocabularies/foreign-states").param("q", "Z330"))
                .andExpect(jsonPath("$[0].label").value("Marocco"));
    }

    @Test
    void only_an_administrator_imports_and_a_bad_file_is_refused_with_its_line() throws Exception {
        String header = "code,label\r\n";
        mvc.perform(post("/api/v1/vocabularies/education-levels/import").contentType("text/csv")
                        .content(header + "NED,Nessuno\r\n").with(httpBasic("cpi.torino", "demo")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/vocabularies/education-levels/import").contentType("text/csv")
                        .content(header + "NED,Nessuno\r\n"))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/vocabularies/education-levels/import").contentType("text/csv")
                        .content("codice,descrizione\r\nNED,Nessuno\r\n").with(httpBasic("admin", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
        mvc.perform(post("/api/v1/vocabularies/education-levels/import").contentType("text/csv")
                        .content(header + "NED,Nessuno\r\nNED,Doppio\r\n").with(httpBasic("admin", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("3")));
        assertThat(educationLevels.exists("RDD")).isTrue();
    }

    @Test
    void an_imported_file_replaces_the_shipped_one_and_is_kept_for_the_next_start() throws Exception {
        String shipped = CsvTables.shipped(ReferenceFile.EDUCATION_LEVELS);
        String newer = shipped.stripTrailing() + "\r\nXYZ,Titolo di prova\r\n";
        try {
            mvc.perform(multipart("/api/v1/vocabularies/education-levels/import")
                            .file(new MockMultipartFile("file", "levels.csv", "text/csv",
                                    newer.getBytes(StandardCharsets.UTF_8)))
                            .with(httpBasic("admin", "demo")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.rows").value(17));
            mvc.perform(get("/api/v1/vocabularies/education-levels").param("q", "XYZ"))
                    .andExpect(jsonPath("$[0].label").value("Titolo di prova"));
            // a restart reads the stored file: a new table over the same store
            EducationLevels restarted = new EducationLevels(java.util.Optional.of(new ImportedFiles(jdbc)));
            restarted.afterSingletonsInstantiated();
            assertThat(restarted.exists("XYZ")).isTrue();
            assertThat(jdbc.sql("select count(*) from audit_event where action = 'VOCABULARY_IMPORT' "
                    + "and outcome = 'SUCCESS'").query(Long.class).single()).isPositive();
        } finally {
            mvc.perform(post("/api/v1/vocabularies/education-levels/import").contentType("text/csv")
                    .content(shipped).with(httpBasic("admin", "demo"))).andExpect(status().isOk());
        }
        assertThat(educationLevels.exists("XYZ")).isFalse();
    }

    @Autowired
    AtecoClassification ateco;

    @Test
    void an_administrator_imports_the_full_ateco_list_and_companies_may_then_use_its_codes() throws Exception {
        String shipped = CsvTables.shipped(ReferenceFile.ATECO);
        String newer = shipped.stripTrailing() + "\r\n99.00.09,subcategory,Attività di prova,99.00.0\r\n";
        assertThat(ateco.isActivityCode("99.00.09")).isFalse();
        try {
            mvc.perform(post("/api/v1/vocabularies/ateco/import").contentType("text/csv")
                            .content(newer).with(httpBasic("admin", "demo")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.rows").value(3141));
            assertThat(ateco.isActivityCode("99.00.09")).isTrue();
            mvc.perform(get("/api/v1/vocabularies/ateco").param("q", "99.00.09"))
                    .andExpect(jsonPath("$[0].code").value("99.00.09"));
            mvc.perform(post("/api/v1/vocabularies/ateco/import").contentType("text/csv")
                            .content("code,level,label,parent_code\r\nZZ,section,Sbagliato,\r\n")
                            .with(httpBasic("admin", "demo")))
                    .andExpect(status().isBadRequest());
            assertThat(ateco.isActivityCode("99.00.09")).as("a refused file changes nothing").isTrue();
        } finally {
            mvc.perform(post("/api/v1/vocabularies/ateco/import").contentType("text/csv")
                    .content(shipped).with(httpBasic("admin", "demo"))).andExpect(status().isOk());
        }
        assertThat(ateco.isActivityCode("99.00.09")).isFalse();
        assertThat(ateco.isActivityCode("62.01.00")).isTrue();
    }
}
