package it.retelavoro.catalogue;

import static it.retelavoro.catalogue.UploadedVersionFiles.replaceOnce;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.retelavoro.shared.OrganisationKind;
import it.retelavoro.support.IntegrationTest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A later regional act arrives as an upload: refused whole when malformed or clashing, leaving the rules
 * in force untouched; accepted, it is stored, audited, served by date and applied by the rule engine,
 * and registered again when the application starts.
 */
@IntegrationTest
class CatalogueVersionUploadTests {

    static final MediaType YAML = MediaType.parseMediaType("application/yaml");

    @Autowired
    MockMvc mvc;
    @Autowired
    Catalogue catalogue;
    @Autowired
    StoredCatalogueVersions stored;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    static MockHttpServletRequestBuilder upload(String yaml) {
        return post("/api/v1/catalogue/versions").contentType(YAML).content(yaml);
    }

    @Test
    void a_valid_version_with_a_later_date_changes_the_rules_from_that_date_only() throws Exception {
        String id = UploadedVersionFiles.uniqueId("a2-45");
        LocalDate from = LocalDate.of(2090, 5, 1);
        String yaml = UploadedVersionFiles.withA2IndividualMinutes(id, from, 45);

        mvc.perform(upload(yaml).with(httpBasic("admin", "demo")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/catalogue/versions/" + id))
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.validFrom").value("2090-05-01"))
                .andExpect(jsonPath("$.inForce").value(false))
                .andExpect(jsonPath("$.origin").value("UPLOADED"));

        a2IndividualMinutesOn("2090-04-30", 30);
        a2IndividualMinutesOn("2090-05-01", 45);
        a2IndividualMinutesOn(LocalDate.now(clock).toString(), 30);
        mvc.perform(get("/api/v1/catalogue/services/A2").param("version", id))
                .andExpect(jsonPath("$.modes[?(@.mode == 'INDIVIDUAL')].minMinutes").value(org.hamcrest.Matchers.contains(45)));
        mvc.perform(get("/api/v1/catalogue/versions"))
                .andExpect(jsonPath("$[?(@.id == '" + id + "')].origin").value(org.hamcrest.Matchers.contains("UPLOADED")));

        RuleEngine engine = catalogue.ruleEngine(Locale.ITALIAN);
        Verdict before = engine.check(fortyMinutesOfA2On(LocalDate.of(2090, 4, 30)));
        Verdict after = engine.check(fortyMinutesOfA2On(LocalDate.of(2090, 5, 2)));
        assertThat(before.isAllowed()).as(before.violations().toString()).isTrue();
        assertThat(before.catalogueVersion()).isNotEqualTo(java.util.Optional.of(id));
        assertThat(after.codes()).containsExactly(ViolationCode.MIN_DURATION);
        assertThat(after.catalogueVersion()).contains(id);
        assertThat(after.violations().get(0).message()).contains("45");

        assertThat(jdbc.sql("""
                select count(*) from audit_event
                where action = 'CATALOGUE_VERSION_UPLOAD' and object_type = 'CATALOGUE_VERSION'
                  and object_id = :id and outcome = 'SUCCESS' and username = 'admin'
                """).param("id", id).query(Long.class).single()).isEqualTo(1L);
    }

    @Test
    void a_malformed_version_is_refused_with_every_problem_and_the_rules_in_force_stay() throws Exception {
        String versionsBefore = body(get("/api/v1/catalogue/versions"));
        // Other tests may register versions from 2090 on: compare with what was in force before this upload.
        String a2InJuneBefore = body(get("/api/v1/catalogue/services/A2").param("date", "2090-06-02"));
        String id = UploadedVersionFiles.uniqueId("broken");
        String yaml = UploadedVersionFiles.withA2IndividualMinutes(id, LocalDate.of(2090, 6, 1), -5);
        yaml = replaceOnce(yaml, "- { mode: INDIVIDUAL, minMinutes: 60, minutesPer: MEETING }",
                "- { mode: INDIVIDUALE, minMinutes: 60, minutesPer: MEETING }");
        yaml = replaceOnce(yaml, "  - { code: \"6.2\"", "  - { code: \"6.x\"");

        mvc.perform(upload(yaml).with(httpBasic("admin", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://retelavoro.it/problems/invalid-input"))
                .andExpect(jsonPath("$.errors", hasSize(greaterThanOrEqualTo(3))))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("servizi.A2.modes[1].minMinutes")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("servizi.A3.modes[0].mode")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem(org.hamcrest.Matchers.startsWith("indicatori"))));

        mvc.perform(upload("id: [non chiusa\n").with(httpBasic("admin", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("yaml"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith("YAML non valido")));

        a2IndividualMinutesOn(LocalDate.now(clock).toString(), 30);
        assertThat(body(get("/api/v1/catalogue/services/A2").param("date", "2090-06-02"))).isEqualTo(a2InJuneBefore);
        assertThat(catalogue.versions().byId(id)).isEmpty();
        assertThat(stored.all()).noneMatch(upload -> upload.versionId().equals(id));
        String versionsAfter = body(get("/api/v1/catalogue/versions"));
        assertThat(versionsAfter).doesNotContain(id);
        assertThat(versionsAfter).contains("piemonte-2012");
        assertThat(versionsAfter.length()).isGreaterThanOrEqualTo(versionsBefore.length());
    }

    @Test
    void a_version_that_clashes_with_a_registered_one_is_refused_with_409() throws Exception {
        String id = UploadedVersionFiles.uniqueId("clash");
        LocalDate from = LocalDate.of(2090, 7, 1);
        mvc.perform(upload(UploadedVersionFiles.shippedAs(id, from)).with(httpBasic("admin", "demo")))
                .andExpect(status().isCreated());

        mvc.perform(upload(UploadedVersionFiles.withA2IndividualMinutes(id, LocalDate.of(2090, 7, 2), 40))
                        .with(httpBasic("admin", "demo")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://retelavoro.it/problems/conflict"))
                .andExpect(jsonPath("$.existing").value("/api/v1/catalogue/versions/" + id));
        String sameDay = UploadedVersionFiles.uniqueId("same-day");
        mvc.perform(upload(UploadedVersionFiles.withA2IndividualMinutes(sameDay, from, 40))
                        .with(httpBasic("admin", "demo")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("stesso giorno")));

        assertThat(catalogue.inForceOn(LocalDate.of(2090, 7, 2)).orElseThrow().id()).isEqualTo(id);
        assertThat(catalogue.versions().byId(sameDay)).isEmpty();
    }

    @Test
    void only_an_administrator_uploads_a_version() throws Exception {
        String yaml = UploadedVersionFiles.shippedAs(UploadedVersionFiles.uniqueId("nobody"), LocalDate.of(2090, 8, 1));
        mvc.perform(upload(yaml))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(upload(yaml).with(httpBasic("regione", "demo")))
                .andExpect(status().isForbidden());
        mvc.perform(upload(yaml).with(httpBasic("cpi.torino", "demo")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/catalogue/versions"))
                .andExpect(jsonPath("$[*].validFrom").value(not(hasItem("2090-08-01"))));
    }

    @Test
    void a_restart_registers_the_stored_uploads_again_after_the_shipped_versions() throws Exception {
        String id = UploadedVersionFiles.uniqueId("restart");
        mvc.perform(upload(UploadedVersionFiles.withA2IndividualMinutes(id, LocalDate.of(2090, 9, 1), 50))
                        .with(httpBasic("admin", "demo")))
                .andExpect(status().isCreated());

        Catalogue restarted = new Catalogue(clock, stored);

        assertThat(restarted.skippedUploads()).isEmpty();
        assertThat(restarted.versions().all().get(0).id()).isEqualTo("piemonte-2012");
        assertThat(restarted.versions().byId(id)).isPresent();
        assertThat(restarted.inForceOn(LocalDate.of(2090, 9, 1)).orElseThrow().id()).isEqualTo(id);
        assertThat(restarted.inForceOn(LocalDate.of(2090, 9, 1)).orElseThrow().service(ServiceCode.A2)
                .mode(DeliveryMode.INDIVIDUAL).orElseThrow().minMinutes()).hasValue(50);
        assertThat(restarted.current()).map(CatalogueVersion::id).contains("piemonte-2012");
    }

    @Test
    void an_upload_that_clashes_with_a_version_shipped_since_is_skipped_at_start_up() {
        String id = UploadedVersionFiles.uniqueId("shipped-since");
        CatalogueVersion shippedSince = new CatalogueVersionReader()
                .read(UploadedVersionFiles.shippedAs(id, LocalDate.of(2091, 1, 1)), id);
        StoredCatalogueVersions.StoredVersion upload = new StoredCatalogueVersions.StoredVersion(
                java.util.UUID.randomUUID(), id, UploadedVersionFiles.shippedAs(id, LocalDate.of(2091, 2, 1)), "admin",
                clock.instant());

        Catalogue restarted = new Catalogue(CatalogueVersions.of(CatalogueFixtures.shippedVersion(), shippedSince),
                java.util.List.of(upload), clock);

        assertThat(restarted.skippedUploads()).singleElement().asString().startsWith(id + ": ");
        assertThat(restarted.versions().byId(id).orElseThrow().validFrom()).isEqualTo(LocalDate.of(2091, 1, 1));
    }

    private String body(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private void a2IndividualMinutesOn(String date, int minutes) throws Exception {
        mvc.perform(get("/api/v1/catalogue/services/A2").param("date", date))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.modes[?(@.mode == 'INDIVIDUAL')].minMinutes")
                        .value(org.hamcrest.Matchers.contains(minutes)));
    }

    private static DeliveryCheck fortyMinutesOfA2On(LocalDate date) {
        return DeliveryCheck.of(ServiceCode.A2, DeliveryMode.INDIVIDUAL, date,
                        OperatorProfile.of(OrganisationKind.ACCREDITED_AGENCY),
                        new SiteProfile(EnumSet.allOf(SiteFeature.class)))
                .withMinutes(40).withOutputs(OutputCode.PERSONAL_RECORD, OutputCode.PACT_OUTCOME);
    }
}
