package it.retelavoro.catalogue.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.retelavoro.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The public pages answer without login, in both languages, and say 404 for what does not exist. */
@IntegrationTest
class CataloguePagesTests {

    @Autowired
    MockMvc mvc;

    @Test
    void every_public_page_answers_without_login_with_the_catalogue_highlighted() throws Exception {
        for (String path : new String[] {"/catalogue", "/catalogue/services/A2", "/catalogue/targets",
            "/catalogue/indicators", "/catalogue/versions"}) {
            mvc.perform(get(path))
                    .andExpect(status().isOk())
                    .andExpect(model().attribute("activeNav", "catalogue"));
        }
    }

    @Test
    void an_unknown_service_or_version_is_a_404_page() throws Exception {
        mvc.perform(get("/catalogue/services/Z9")).andExpect(status().isNotFound());
        mvc.perform(get("/catalogue/targets").param("version", "mai-esistita")).andExpect(status().isNotFound());
    }

    @Test
    void the_pages_speak_english_when_asked_while_the_repertorio_stays_in_italian() throws Exception {
        mvc.perform(get("/catalogue/services/A3").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The rules the system applies")))
                .andExpect(content().string(containsString("Orientamento professionale")));
    }

    @Test
    void only_an_administrator_reaches_the_upload_page() throws Exception {
        mvc.perform(get("/admin/catalogue").with(user("cpi.torino").roles("OPERATOR")))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/admin/catalogue/versions")
                        .file(new MockMultipartFile("file", "v.yaml", "application/yaml", "id: x".getBytes()))
                        .with(user("cpi.torino").roles("OPERATOR")).with(csrf()))
                .andExpect(status().isForbidden());
    }
}
