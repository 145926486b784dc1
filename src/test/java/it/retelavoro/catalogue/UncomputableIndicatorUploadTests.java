package it.retelavoro.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.retelavoro.support.IntegrationTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An uploaded version whose indicators monitoring cannot compute is refused with the reason, naming the
 * indicator, instead of being registered and reading zero for ever.
 */
@IntegrationTest
class UncomputableIndicatorUploadTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Catalogue catalogue;
    @Autowired
    StoredCatalogueVersions stored;

    @Test
    void a_version_with_an_indicator_monitoring_cannot_compute_is_refused_with_the_reason() throws Exception {
        String id = UploadedVersionFiles.uniqueId("extra-indicator");
        String yaml = IndicatorChecksTest.withExtraIndicator(id, LocalDate.of(2092, 1, 1), "11.1");

        mvc.perform(post("/api/v1/catalogue/versions").contentType(CatalogueVersionUploadTests.YAML).content(yaml)
                        .with(httpBasic("admin", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://retelavoro.it/problems/invalid-input"))
                .andExpect(jsonPath("$.errors", hasSize(1)))
                .andExpect(jsonPath("$.errors[0].field").value("indicatori[25].code"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString(
                        "il monitoraggio non sa calcolare l'indicatore 11.1")));

        assertThat(catalogue.versions().byId(id)).isEmpty();
        assertThat(stored.all()).noneMatch(upload -> upload.versionId().equals(id));
    }

    @Test
    void a_version_where_an_indicator_counts_something_else_is_refused_with_the_reason() throws Exception {
        String id = UploadedVersionFiles.uniqueId("other-counting");
        String yaml = UploadedVersionFiles.replaceOnce(UploadedVersionFiles.shippedAs(id, LocalDate.of(2092, 2, 1)),
                "code: \"3.3\", service: A3, counts: DISTINCT_PERSONS",
                "code: \"3.3\", service: A3, counts: DISTINCT_COMPANIES");

        mvc.perform(post("/api/v1/catalogue/versions").contentType(CatalogueVersionUploadTests.YAML).content(yaml)
                        .with(httpBasic("admin", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("indicatori[5].code")))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString(
                        "l'indicatore 3.3 conta DISTINCT_COMPANIES")));

        assertThat(catalogue.versions().byId(id)).isEmpty();
    }

    @Test
    void every_indicator_of_the_shipped_versions_is_computed_by_monitoring() {
        assertThat(catalogue.versions().all()).allSatisfy(version ->
                assertThat(catalogue.uncomputableIndicators(version)).isEmpty());
    }
}
