package it.retelavoro.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import it.retelavoro.shared.VatNumber;
import it.retelavoro.support.IntegrationTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The compliance of the demo network, as the JSON API reports it. */
@IntegrationTest
class ComplianceApiTests {

    private static final String TORINO_SEDE = "CPI Torino - Sede di via Bologna";
    private static final String TORINO_SPORTELLO = "CPI Torino - Sportello di Moncalieri";
    private static final String ALFA_SEDE = "Alfa Lavoro - Filiale di Torino";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private String organisationId(String name) throws Exception {
        String body = mvc.perform(get("/api/v1/organisations").with(httpBasic("admin", "demo")))
                .andReturn().getResponse().getContentAsString();
        List<String> ids = JsonPath.read(body, "$[?(@.name == '" + name + "')].id");
        return ids.get(0);
    }

    private ResultActions compliance(String organisationId, String username) throws Exception {
        return mvc.perform(get("/api/v1/compliance").param("organisationId", organisationId)
                .with(httpBasic(username, "demo")));
    }

    /** The path to one service in one mode at one site, in the report of a single organisation. */
    private static String at(String site, String code, String mode) {
        return "$.organisations[0].sites[?(@.name == '" + site + "')].services[?(@.code == '" + code
                + "' && @.mode == '" + mode + "')]";
    }

    private static String operator(String username) {
        return "$.organisations[0].operators[?(@.username == '" + username + "')]";
    }

    @Test
    void the_moncalieri_counter_cannot_host_a3_for_lack_of_an_isolated_workstation_while_via_bologna_can()
            throws Exception {
        compliance(organisationId("CPI Torino"), "regione")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.catalogueVersion").value("piemonte-2012"))
                .andExpect(jsonPath("$.date").isString())
                .andExpect(jsonPath(at(TORINO_SPORTELLO, "A3", "INDIVIDUAL") + ".met", contains(false)))
                .andExpect(jsonPath(at(TORINO_SPORTELLO, "A3", "INDIVIDUAL") + ".missingFeatures[*].code",
                        contains("ISOLATED_WORKSTATION")))
                .andExpect(jsonPath(at(TORINO_SPORTELLO, "A3", "INDIVIDUAL") + ".missingFeatures[*].label",
                        contains("Postazione isolata (a tutela della privacy)")))
                .andExpect(jsonPath(at(TORINO_SEDE, "A3", "INDIVIDUAL") + ".met", contains(true)))
                .andExpect(jsonPath(at(TORINO_SEDE, "A3", "INDIVIDUAL") + ".missingFeatures[*]", empty()));
    }

    @Test
    void the_summary_counts_the_sites_that_may_host_each_service_in_each_mode() throws Exception {
        String body = compliance(organisationId("CPI Torino"), "regione").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        List<Object> sites = JsonPath.read(body, "$.organisations[0].sites[*].id");
        List<Object> hostingA3 = JsonPath.read(body,
                "$.organisations[0].sites[*].services[?(@.code == 'A3' && @.mode == 'INDIVIDUAL' && @.met == true)]");
        List<Integer> sitesMet = JsonPath.read(body,
                "$.organisations[0].summary[?(@.code == 'A3' && @.mode == 'INDIVIDUAL')].sitesMet");
        List<Integer> total = JsonPath.read(body,
                "$.organisations[0].summary[?(@.code == 'A3' && @.mode == 'INDIVIDUAL')].sites");
        // The demo network has via Bologna, which can, and Moncalieri, which cannot.
        assertThat(hostingA3).isNotEmpty().hasSizeLessThan(sites.size());
        assertThat(sitesMet).containsExactly(hostingA3.size());
        assertThat(total).containsExactly(sites.size());
    }

    @Test
    void the_alfa_branch_hosts_group_services_only_individually_for_lack_of_a_classroom() throws Exception {
        ResultActions alfa = compliance(organisationId("Alfa Lavoro"), "admin").andExpect(status().isOk());
        for (String code : List.of("A2", "A5", "A6")) {
            alfa.andExpect(jsonPath(at(ALFA_SEDE, code, "GROUP") + ".met", contains(false)))
                    .andExpect(jsonPath(at(ALFA_SEDE, code, "GROUP") + ".missingFeatures[*].code",
                            contains("GROUP_CLASSROOM")))
                    .andExpect(jsonPath(at(ALFA_SEDE, code, "INDIVIDUAL") + ".met", contains(true)));
        }
        // Only the modes a scheda allows are judged: A1 is individual only.
        alfa.andExpect(jsonPath("$.organisations[0].sites[?(@.name == '" + ALFA_SEDE
                + "')].services[?(@.code == 'A1')].mode", contains("INDIVIDUAL")));
    }

    @Test
    void an_operator_with_prison_experience_may_serve_prisoners_but_not_persons_with_disabilities() throws Exception {
        compliance(organisationId("CPI Cuneo"), "regione")
                .andExpect(status().isOk())
                .andExpect(jsonPath(operator("cpi.cuneo") + ".targets[?(@.target == 'PRISONER')].met", contains(true)))
                .andExpect(jsonPath(operator("cpi.cuneo") + ".targets[?(@.target == 'DISABLED')].met", contains(false)))
                .andExpect(jsonPath(operator("cpi.cuneo") + ".targets[?(@.target == 'DISABLED')].missingCompetences[*].code",
                        contains("DISABILITY_EXPERIENCE")))
                .andExpect(jsonPath(operator("cpi.cuneo") + ".culturalMediation.met", contains(false)))
                .andExpect(jsonPath(operator("cpi.cuneo") + ".culturalMediation.missing[*].code",
                        contains("CULTURAL_MEDIATION")))
                // A CPI may exercise the collocamento mirato tied to the target.
                .andExpect(jsonPath(operator("cpi.cuneo")
                        + ".targets[?(@.target == 'DISABLED')].cpiExclusiveFunction.allowed", contains(true)));
    }

    @Test
    void the_agency_operator_may_serve_immigrants_with_cultural_mediation_but_no_collocamento_mirato()
            throws Exception {
        String alfa = organisationId("Alfa Lavoro");
        String body = compliance(alfa, "regione")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.organisations[0].kind").value("ACCREDITED_AGENCY"))
                .andExpect(jsonPath(operator("agenzia.alfa") + ".targets[?(@.target == 'IMMIGRANT')].met", contains(true)))
                .andExpect(jsonPath(operator("agenzia.alfa") + ".culturalMediation.met", contains(true)))
                .andExpect(jsonPath(operator("agenzia.alfa") + ".culturalMediation.missing[*]", empty()))
                .andExpect(jsonPath(operator("agenzia.alfa")
                        + ".targets[?(@.target == 'DISABLED')].cpiExclusiveFunction.code", contains("TARGETED_PLACEMENT")))
                .andExpect(jsonPath(operator("agenzia.alfa")
                        + ".targets[?(@.target == 'DISABLED')].cpiExclusiveFunction.allowed", contains(false)))
                .andExpect(jsonPath("$.organisations[0].cpiExclusiveFunctions[*].allowed", not(hasItem(true))))
                .andReturn().getResponse().getContentAsString();
        // The operator may deliver A3 at their branch, which has every feature but the classroom.
        List<String> branch = JsonPath.read(body, "$.organisations[0].sites[?(@.name == '" + ALFA_SEDE + "')].id");
        List<List<String>> a3Sites = JsonPath.read(body, operator("agenzia.alfa") + ".services[?(@.code == 'A3')].siteIds");
        assertThat(a3Sites).containsExactly(branch);
    }

    @Test
    void the_torino_operator_delivers_a3_only_at_the_site_that_can_host_it() throws Exception {
        String body = compliance(organisationId("CPI Torino"), "admin").andExpect(status().isOk())
                .andExpect(jsonPath(operator("cpi.torino") + ".siteIds", contains(hasSize(2))))
                .andReturn().getResponse().getContentAsString();
        List<String> sede = JsonPath.read(body, "$.organisations[0].sites[?(@.name == '" + TORINO_SEDE + "')].id");
        List<String> sportello = JsonPath.read(body,
                "$.organisations[0].sites[?(@.name == '" + TORINO_SPORTELLO + "')].id");
        List<List<String>> a3 = JsonPath.read(body, operator("cpi.torino") + ".services[?(@.code == 'A3')].siteIds");
        List<List<String>> a1 = JsonPath.read(body, operator("cpi.torino") + ".services[?(@.code == 'A1')].siteIds");
        assertThat(a3).containsExactly(sede);
        assertThat(a1.get(0)).containsExactlyInAnyOrder(sede.get(0), sportello.get(0));
    }

    @Test
    void an_operator_is_refused_with_a_403_problem_and_the_denial_is_audited() throws Exception {
        String torino = organisationId("CPI Torino");
        mvc.perform(get("/api/v1/compliance").with(httpBasic("cpi.torino", "demo")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://retelavoro.it/problems/forbidden"));
        long before = audited(torino, "DENIED");
        compliance(torino, "cpi.torino").andExpect(status().isForbidden());
        assertThat(audited(torino, "DENIED")).isEqualTo(before + 1);
    }

    @Test
    void an_unknown_organisation_is_a_404_problem() throws Exception {
        compliance(UUID.randomUUID().toString(), "regione")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://retelavoro.it/problems/not-found"));
    }

    @Test
    void a_date_without_a_catalogue_version_in_force_is_refused() throws Exception {
        mvc.perform(get("/api/v1/compliance").param("date", "2000-01-01").with(httpBasic("regione", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("date"));
        mvc.perform(get("/api/v1/compliance").param("date", "2013-06-30").with(httpBasic("regione", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.date").value("2013-06-30"))
                .andExpect(jsonPath("$.catalogueVersion").value("piemonte-2012"));
    }

    @Test
    void a_site_opened_with_no_features_meets_nothing() throws Exception {
        String organisation = JsonPath.read(mvc.perform(post("/api/v1/organisations")
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"name": "Agenzia Spoglia %s", "kind": "ACCREDITED_AGENCY", "fiscalCode": "%s"}"""
                        .formatted(UUID.randomUUID().toString().substring(0, 8), vatNumber()))
                .with(httpBasic("admin", "demo"))).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(), "$.id");
        mvc.perform(post("/api/v1/organisations/" + organisation + "/sites").contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"name": "Sede vuota", "comune": "F952", "features": []}""")
                .with(httpBasic("admin", "demo"))).andExpect(status().isCreated());
        String body = compliance(organisation, "regione")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.organisations", hasSize(1)))
                .andExpect(jsonPath("$.organisations[0].sites[0].comuneLabel").isString())
                .andExpect(jsonPath("$.organisations[0].sites[0].services[?(@.met == true)]", empty()))
                .andExpect(jsonPath("$.organisations[0].summary[?(@.sitesMet > 0)]", empty()))
                .andExpect(jsonPath("$.organisations[0].operators", empty()))
                .andReturn().getResponse().getContentAsString();
        // Every service in every mode its scheda allows is judged, and none is met.
        List<String> modes = JsonPath.read(body, "$.services[*].modes[*]");
        List<Boolean> judged = JsonPath.read(body, "$.organisations[0].sites[0].services[*].met");
        assertThat(judged).hasSize(modes.size()).containsOnly(false);
    }

    @Test
    void the_report_of_one_organisation_contains_only_it_and_its_reading_is_audited() throws Exception {
        String cuneo = organisationId("CPI Cuneo");
        long before = audited(cuneo, "SUCCESS");
        String body = compliance(cuneo, "regione")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.organisations", hasSize(1)))
                .andExpect(jsonPath("$.organisations[0].id").value(cuneo))
                .andExpect(jsonPath("$.organisations[0].name").value("CPI Cuneo"))
                .andExpect(jsonPath("$.organisations[0].sites[*].name", hasItem("CPI Cuneo - Sede")))
                .andExpect(jsonPath("$.organisations[0].sites[*].name", not(hasItem(TORINO_SEDE))))
                .andExpect(jsonPath("$.organisations[0].operators[*].username", hasItem("cpi.cuneo")))
                .andExpect(jsonPath("$.organisations[0].operators[*].username", not(hasItem("cpi.torino"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(audited(cuneo, "SUCCESS")).isEqualTo(before + 1);
        // Other tests may open sites in CPI Cuneo: the report has exactly those the network knows today.
        List<String> reported = JsonPath.read(body, "$.organisations[0].sites[*].id");
        List<String> known = JsonPath.read(mvc.perform(get("/api/v1/organisations/" + cuneo + "/sites")
                .with(httpBasic("regione", "demo"))).andReturn().getResponse().getContentAsString(), "$[*].id");
        assertThat(reported).containsExactlyInAnyOrderElementsOf(known);
    }

    @Test
    void without_an_organisation_the_report_covers_the_region_but_not_the_regional_administration()
            throws Exception {
        mvc.perform(get("/api/v1/compliance").with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.services", hasSize(10)))
                .andExpect(jsonPath("$.organisations[*].name", hasItem("CPI Torino")))
                .andExpect(jsonPath("$.organisations[*].name", hasItem("CPI Cuneo")))
                .andExpect(jsonPath("$.organisations[*].name", hasItem("Alfa Lavoro")))
                .andExpect(jsonPath("$.organisations[*].kind", not(hasItem("REGION"))));
    }

    @Test
    void labels_follow_the_language_of_the_request() throws Exception {
        mvc.perform(get("/api/v1/compliance").param("organisationId", organisationId("CPI Torino"))
                        .header("Accept-Language", "en").with(httpBasic("regione", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath(at(TORINO_SPORTELLO, "A3", "INDIVIDUAL") + ".missingFeatures[*].label",
                        contains("Isolated workstation (for privacy)")));
    }

    private long audited(String organisationId, String outcome) {
        return jdbc.sql("""
                select count(*) from audit_event
                where action = 'COMPLIANCE_READ' and object_id = :id and outcome = :outcome""")
                .param("id", organisationId).param("outcome", outcome).query(Long.class).single();
    }

    /** A valid, random Italian VAT number (partita IVA), so the test never clashes with another run. */
    private static String vatNumber() {
        String base = String.format("%010d", Math.abs(UUID.randomUUID().getMostSignificantBits() % 10_000_000_000L));
        return base + VatNumber.checkDigit(base);
    }
}
