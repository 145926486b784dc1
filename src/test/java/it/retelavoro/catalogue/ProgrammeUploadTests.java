package it.retelavoro.catalogue;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.retelavoro.support.IntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** A programme uploaded by an administrator through the API, as versions are: 201, 400 with places, 409, 403. */
@IntegrationTest
class ProgrammeUploadTests {

    @Autowired
    MockMvc mvc;

    private static String programme(String code, String version) {
        return """
                code: "%s"
                name: "Programma di prova"
                act: "D.G.R. di prova"
                validFrom: 2024-01-01
                catalogueVersion: "%s"
                description: "Un programma caricato da un amministratore"
                eligibility: { minAge: 18, didInForce: true, naspiRecipient: false }
                services:
                  A5: { minHours: 2, maxHours: 10 }
                hourlyRate: "30.00"
                """.formatted(code, version);
    }

    @Test
    @DisplayName("An administrator uploads a programme: registered at once, listed, and a second upload of its code is 409")
    void an_administrator_uploads_a_programme() throws Exception {
        String code = "PROVA-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();

        mvc.perform(post("/api/v1/catalogue/programmes").contentType(CatalogueVersionUploadTests.YAML)
                        .content(programme(code, "piemonte-2012")).with(httpBasic("admin", "demo")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.hourlyRate").value(30.0));
        mvc.perform(get("/api/v1/catalogue/programmes"))
                .andExpect(jsonPath("$[*].code", hasItem(code)));
        mvc.perform(post("/api/v1/catalogue/programmes").contentType(CatalogueVersionUploadTests.YAML)
                        .content(programme(code, "piemonte-2012")).with(httpBasic("admin", "demo")))
                .andExpect(status().isConflict());
    }

    @Test
    @DisplayName("A programme on an unknown version is refused (400, field catalogueVersion); an operator may not upload (403)")
    void refuses_an_invalid_programme_and_a_caller_who_is_not_an_administrator() throws Exception {
        mvc.perform(post("/api/v1/catalogue/programmes").contentType(CatalogueVersionUploadTests.YAML)
                        .content(programme("PROVA-X", "nessuna")).with(httpBasic("admin", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("catalogueVersion"));
        mvc.perform(post("/api/v1/catalogue/programmes").contentType(CatalogueVersionUploadTests.YAML)
                        .content(programme("PROVA-Y", "piemonte-2012")).with(httpBasic("cpi.torino", "demo")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/catalogue/programmes/PROVA-Y")).andExpect(status().isNotFound());
    }
}
