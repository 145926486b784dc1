package it.retelavoro.matching;

import static it.retelavoro.monitoring.MonitoringScenario.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import it.retelavoro.matching.MatchingScenario.Protected;
import it.retelavoro.monitoring.MonitoringScenario.Organisation;
import it.retelavoro.support.IntegrationTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class MatchingApiTests {

    static final String SALES = "5.1.2.2.0";
    static final String CASHIER = "5.1.2.4.0";
    static final String REQUIREMENTS = """
            {"experienceMonths": 12, "drivingLicences": ["C"], "languages": [{"language": "en", "level": "B1"}],
             "skills": ["cassa"]}""";

    @Autowired
    MockMvc mvc;

    MatchingScenario scenario;
    Organisation office;
    Organisation otherOffice;
    String vacancy;

    @BeforeEach
    void aCompanyWithAPactAndAVacancyForShopAssistantsInTorino() throws Exception {
        scenario = new MatchingScenario(mvc);
        office = scenario.organisation();
        otherOffice = scenario.organisation();
        String company = scenario.company(office);
        vacancy = scenario.vacancy(office, company, "Commesso " + office.id().substring(0, 6), SALES, "L219",
                REQUIREMENTS, true, false);
    }

    /** Three profiles: same occupation in Torino; same group (cashier) in Torino; another job in Cuneo. */
    List<String> threeProfiles() {
        return List.of(
                MatchingScenario.profile(SALES, LocalDate.of(2021, 1, 1), LocalDate.of(2024, 1, 1), "vendita e cassa",
                        "\"B\", \"C\"", "{\"language\": \"en\", \"level\": \"B2\", \"motherTongue\": false}", "FULL_TIME"),
                MatchingScenario.profile(CASHIER, LocalDate.of(2022, 1, 1), LocalDate.of(2024, 1, 1), "cassa",
                        "\"B\"", "", "ANY"),
                MatchingScenario.profile("8.1.4.3.0", LocalDate.of(2020, 1, 1), LocalDate.of(2023, 1, 1), "pulizie",
                        "", "", "PART_TIME"));
    }

    List<String> comuni() {
        return List.of("L219", "L219", "D205");
    }

    Map<String, Map<String, Object>> candidates(Organisation who, int limit) throws Exception {
        return candidates(who, limit, false);
    }

    /** With {@code own}, only the persons of the caller's organisation: the shared test database holds many. */
    Map<String, Map<String, Object>> candidates(Organisation who, int limit, boolean own) throws Exception {
        String body = mvc.perform(get("/api/v1/vacancies/" + vacancy + "/candidates").param("limit", "" + limit)
                        .param("own", "" + own).with(who.operator()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<Map<String, Object>> list = JsonPath.read(body, "$");
        Map<String, Map<String, Object>> byKey = new LinkedHashMap<>();
        list.forEach(each -> byKey.put(each.get("personId") == null ? (String) each.get("pseudonym")
                : (String) each.get("personId"), each));
        return byKey;
    }

    @Test
    void ranks_the_same_occupation_and_place_first_the_same_group_next_and_explains_every_candidate() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(scenario.proposable(office, Protected.plain(), comuni().get(i), null, threeProfiles().get(i)));
        }
        Map<String, Map<String, Object>> ranked = candidates(office, 200, true);
        assertThat(ranked.values()).allSatisfy(each -> assertThat(each.get("personId")).isNotNull());
        List<String> order = ranked.keySet().stream().filter(ids::contains).toList();
        assertThat(order).containsExactly(ids.get(0), ids.get(1), ids.get(2));

        List<Integer> scores = ranked.values().stream().map(each -> (Integer) each.get("score")).toList();
        assertThat(scores).isSortedAccordingTo((a, b) -> b - a);

        @SuppressWarnings("unchecked")
        List<String> best = (List<String>) ranked.get(ids.get(0)).get("reasons");
        assertThat(best).contains("stessa professione nelle esperienze di lavoro", "3 anni di esperienza nella professione",
                "ha la patente C", "abita nello stesso comune", "inglese livello B2",
                "competenze presenti nelle esperienze: cassa");
        @SuppressWarnings("unchecked")
        List<String> worst = (List<String>) ranked.get(ids.get(2)).get("reasons");
        assertThat(worst).contains("manca la patente C", "abita in un'altra provincia (CN)",
                "manca la lingua inglese (richiesto B1)", "cerca solo un tempo parziale");
        @SuppressWarnings("unchecked")
        List<String> middle = (List<String>) ranked.get(ids.get(1)).get("reasons");
        assertThat(middle).contains("professione della stessa classe nelle esperienze di lavoro");
    }

    @Test
    void sex_age_citizenship_and_complex_targets_change_no_score_no_reason_and_no_ranking() throws Exception {
        List<String> plain = new ArrayList<>();
        List<String> other = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            plain.add(scenario.proposable(office, Protected.plain(), comuni().get(i), "USG", threeProfiles().get(i)));
            other.add(scenario.proposable(office, Protected.other(), comuni().get(i), "USG", threeProfiles().get(i)));
        }
        Map<String, Map<String, Object>> ranked = candidates(office, 200, true);
        for (int i = 0; i < 3; i++) {
            assertThat(ranked.get(other.get(i)).get("score")).isEqualTo(ranked.get(plain.get(i)).get("score"));
            assertThat(ranked.get(other.get(i)).get("reasons")).isEqualTo(ranked.get(plain.get(i)).get("reasons"));
        }
        List<Integer> plainOrder = ranked.keySet().stream().filter(plain::contains).map(plain::indexOf).toList();
        List<Integer> otherOrder = ranked.keySet().stream().filter(other::contains).map(other::indexOf).toList();
        assertThat(otherOrder).isEqualTo(plainOrder).containsExactly(0, 1, 2);
    }

    @Test
    void leaves_out_persons_without_consent_or_patto_and_shows_other_organisations_persons_only_by_pseudonym()
            throws Exception {
        String profile = threeProfiles().get(0);
        String noConsent = scenario.person(office, Protected.plain(), "L219", null, false, profile);
        scenario.base().pact(office, noConsent, today());
        String noPact = scenario.person(office, Protected.plain(), "L219", null, true, profile);
        String elsewhere = scenario.proposable(otherOffice, Protected.plain(), "L219", null, profile);

        String body = mvc.perform(get("/api/v1/vacancies/" + vacancy + "/candidates").with(office.operator()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain(noConsent).doesNotContain(noPact).doesNotContain(elsewhere)
                .doesNotContain("Candida").doesNotContain("Prova");
        List<Map<String, Object>> fromOther = JsonPath.read(body, "$[?(@.organisationId == '" + otherOffice.id() + "')]");
        assertThat(fromOther).isNotEmpty();
        assertThat(fromOther.get(0).get("personId")).isNull();
        assertThat((String) fromOther.get(0).get("pseudonym")).startsWith("C-");
    }

    @Test
    void only_the_organisation_handling_the_vacancy_reads_its_candidates_within_the_limits() throws Exception {
        mvc.perform(get("/api/v1/vacancies/" + vacancy + "/candidates").with(otherOffice.operator()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/vacancies/" + vacancy + "/candidates")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/vacancies/" + vacancy + "/candidates").param("limit", "0").with(office.operator()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("limit"));
        mvc.perform(get("/api/v1/vacancies/" + vacancy + "/candidates").param("limit", "201").with(office.operator()))
                .andExpect(status().isBadRequest());
        for (int i = 0; i < 3; i++) {
            scenario.proposable(office, Protected.plain(), "L219", null, threeProfiles().get(0));
        }
        mvc.perform(get("/api/v1/vacancies/" + vacancy + "/candidates").param("limit", "2").with(office.operator()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(2));
    }

    /** Issue 14: the ranked candidates can be read past the first page, in the API and on the page. */
    @Test
    void the_ranking_goes_on_past_its_first_page_in_the_api_and_on_the_page() throws Exception {
        for (int i = 0; i < 5; i++) {
            scenario.proposable(office, Protected.plain(), "L219", null, threeProfiles().get(0));
        }
        List<String> all = new java.util.ArrayList<>(candidates(office, 200, true).keySet());
        assertThat(all).hasSizeGreaterThanOrEqualTo(5);
        List<String> paged = new java.util.ArrayList<>();
        for (int page = 0; page < 2; page++) {
            String body = mvc.perform(get("/api/v1/vacancies/" + vacancy + "/candidates").param("limit", "2")
                            .param("own", "true").param("page", "" + page).with(office.operator()))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            paged.addAll(JsonPath.<List<String>>read(body, "$[*].personId"));
        }
        assertThat(paged).containsExactlyElementsOf(all.subList(0, 4));
        mvc.perform(get("/api/v1/vacancies/" + vacancy + "/candidates").param("page", "-1").with(office.operator()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("page"));
        mvc.perform(get("/api/v1/vacancies/" + vacancy + "/candidates").param("limit", "200").param("page", "5")
                        .with(office.operator()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("page"));

        String html = mvc.perform(get("/vacancies/" + vacancy + "/candidates").param("limit", "2").param("own", "true")
                        .param("page", "1").with(office.operator()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Posizioni da 3 a 4").contains("rel=\"prev\"").contains("id=\"next-candidates\"")
                .contains("data-person=\"" + all.get(2) + "\"").doesNotContain("data-person=\"" + all.get(0) + "\"");
    }

    @Test
    void finds_the_vacancies_that_fit_a_person_for_the_organisation_in_charge_only() throws Exception {
        String person = scenario.proposable(office, Protected.plain(), "L219", null, threeProfiles().get(0));
        mvc.perform(get("/api/v1/persons/" + person + "/matching-vacancies").param("limit", "100").with(office.operator()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.vacancyId == '" + vacancy + "')].reasons[*]")
                        .value(org.hamcrest.Matchers.hasItem("stessa professione nelle esperienze di lavoro")));
        mvc.perform(get("/api/v1/persons/" + person + "/matching-vacancies").with(otherOffice.operator()))
                .andExpect(status().isForbidden());
    }

    @Test
    void pre_selects_checks_availability_and_refers_from_the_list() throws Exception {
        String person = scenario.proposable(office, Protected.plain(), "L219", null, threeProfiles().get(0));
        mvc.perform(post("/api/v1/vacancies/" + vacancy + "/preselections").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"personId\": \"%s\", \"siteId\": \"%s\"}".formatted(person, office.siteId()))
                        .with(office.operator()))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.preselectedOn").value(today().toString()));
        mvc.perform(get("/api/v1/persons/" + person + "/deliveries").with(office.operator()))
                .andExpect(jsonPath("$[*].service").value(org.hamcrest.Matchers.hasItem("A6")));
        mvc.perform(post("/api/v1/vacancies/" + vacancy + "/preselections/" + person + "/availability")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"available\": true}").with(office.operator()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.available").value(true));
        assertThat(candidates(office, 200, true).get(person).get("preselected")).isEqualTo(true);

        mvc.perform(post("/api/v1/vacancies/" + vacancy + "/referrals").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"personId\": \"%s\", \"date\": \"%s\"}".formatted(person, today()))
                        .with(office.operator()))
                .andExpect(status().isCreated());
        assertThat(candidates(office, 200, true)).doesNotContainKey(person);
        mvc.perform(get("/api/v1/vacancies/" + vacancy + "/candidates").with(httpBasic("cpi.cuneo", "demo")))
                .andExpect(status().isForbidden());
    }
}
