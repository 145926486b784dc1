package it.retelavoro.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.retelavoro.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Issue 14, point 4: the vocabularies and the addresses as a person reads them. */
@IntegrationTest
class WordingPagesTests {

    @Autowired
    MockMvc mvc;

    @Test
    void the_vocabulary_page_names_each_vocabulary_not_its_file() throws Exception {
        String page = mvc.perform(get("/admin/vocabularies").with(httpBasic("admin", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Professioni (ISTAT CP2021)").contains("Comuni italiani (ANPR)")
                .contains("Titoli di studio (ISTAT)").contains("Attività economiche (ATECO 2007)")
                .doesNotContain("reference/").doesNotContain(".csv)");
    }

    @Test
    void where_to_go_writes_the_comune_of_a_site_once() throws Exception {
        String page = mvc.perform(get("/portal/where-to-go")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();

        assertThat(page).contains("Via Bologna 153, Torino (TO)").doesNotContain("Torino, Torino (TO)");
    }
}
