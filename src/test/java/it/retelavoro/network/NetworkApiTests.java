package it.retelavoro.network;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import it.retelavoro.support.IntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class NetworkApiTests {

    @Autowired
    MockMvc mvc;

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void me_tells_the_operator_who_they_are_and_their_organisation() throws Exception {
        mvc.perform(get("/api/v1/me").with(httpBasic("cpi.torino", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("cpi.torino"))
                .andExpect(jsonPath("$.roles[0]").value("OPERATOR"))
                .andExpect(jsonPath("$.organisation.name").value("CPI Torino"))
                .andExpect(jsonPath("$.organisation.kind").value("CPI"))
                .andExpect(jsonPath("$.organisation.id").isString());
        mvc.perform(get("/api/v1/me").with(httpBasic("agenzia.alfa", "demo")))
                .andExpect(jsonPath("$.organisation.kind").value("ACCREDITED_AGENCY"));
        mvc.perform(get("/api/v1/me").with(httpBasic("regione", "demo")))
                .andExpect(jsonPath("$.roles[0]").value("ANALYST"));
    }

    @Test
    void me_answers_401_as_a_problem_without_or_with_wrong_credentials() throws Exception {
        mvc.perform(get("/api/v1/me"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string("WWW-Authenticate", "Basic realm=\"retelavoro\""))
                .andExpect(jsonPath("$.type").value("https://retelavoro.it/problems/unauthorized"));
        mvc.perform(get("/api/v1/me").with(httpBasic("cpi.cuneo", "wrong-password")))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/me").with(httpBasic("nobody", "demo")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void only_an_administrator_registers_organisations() throws Exception {
        String name = unique("CPI Prova");
        mvc.perform(json(post("/api/v1/organisations"), """
                {"name": "%s", "kind": "CPI", "fiscalCode": "01000000016"}""".formatted(name))
                        .with(httpBasic("cpi.torino", "demo")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(json(post("/api/v1/organisations"), """
                {"name": "%s", "kind": "CPI", "fiscalCode": "01000000016"}""".formatted(name))
                        .with(httpBasic("regione", "demo")))
                .andExpect(status().isForbidden());
        String body = mvc.perform(json(post("/api/v1/organisations"), """
                {"name": "%s", "kind": "CPI", "fiscalCode": "01000000016"}""".formatted(name))
                        .with(httpBasic("admin", "demo")))
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location"))
                .andExpect(jsonPath("$.id").isString())
                .andExpect(jsonPath("$.kind").value("CPI"))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.id");
        mvc.perform(get("/api/v1/organisations/" + id).with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value(name));
        mvc.perform(get("/api/v1/organisations").with(httpBasic("regione", "demo")))
                .andExpect(jsonPath("$[*].name", hasItem(name)));
    }

    @Test
    void refuses_an_invalid_fiscal_code_and_a_duplicate_name() throws Exception {
        mvc.perform(json(post("/api/v1/organisations"), """
                {"name": "Agenzia Errata", "kind": "ACCREDITED_AGENCY", "fiscalCode": "02000000015"}""")
                        .with(httpBasic("admin", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://retelavoro.it/problems/invalid-input"))
                .andExpect(jsonPath("$.errors[0].field").value("fiscalCode"));
        mvc.perform(json(post("/api/v1/organisations"), """
                {"name": "cpi torino", "kind": "CPI", "fiscalCode": "01000000016"}""")
                        .with(httpBasic("admin", "demo")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://retelavoro.it/problems/conflict"));
        mvc.perform(json(post("/api/v1/organisations"), """
                {"name": "%s", "kind": "ACCREDITED_AGENCY", "fiscalCode": "02000000014"}""".formatted(unique("Doppia")))
                        .with(httpBasic("admin", "demo")))
                .andExpect(status().isConflict());
    }

    @Test
    void an_operator_sees_only_their_own_organisation() throws Exception {
        String cuneoId = JsonPath.read(mvc.perform(get("/api/v1/me").with(httpBasic("cpi.cuneo", "demo")))
                .andReturn().getResponse().getContentAsString(), "$.organisation.id");
        mvc.perform(get("/api/v1/organisations").with(httpBasic("cpi.torino", "demo")))
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].name").value("CPI Torino"));
        mvc.perform(get("/api/v1/organisations/" + cuneoId).with(httpBasic("cpi.torino", "demo")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/organisations/" + cuneoId + "/sites").with(httpBasic("agenzia.alfa", "demo")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/users").with(httpBasic("cpi.torino", "demo")))
                .andExpect(jsonPath("$[*].username", hasItem("cpi.torino")))
                .andExpect(jsonPath("$[*].username", not(hasItem("cpi.cuneo"))));
    }

    @Test
    void an_administrator_opens_a_site_with_its_features_and_changes_it_with_optimistic_locking() throws Exception {
        String organisationId = createOrganisation("ACCREDITED_AGENCY", "03000000012");
        String site = mvc.perform(json(post("/api/v1/organisations/" + organisationId + "/sites"), """
                {"name": "Sede di Novara", "address": "Via Roma 1", "comune": "F952",
                 "features": ["ISOLATED_WORKSTATION", "PC_WITH_INTERNET"]}""")
                        .with(httpBasic("admin", "demo")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.comune").value("F952"))
                .andExpect(jsonPath("$.features", containsInAnyOrder("ISOLATED_WORKSTATION", "PC_WITH_INTERNET")))
                .andReturn().getResponse().getContentAsString();
        String siteId = JsonPath.read(site, "$.id");
        mvc.perform(get("/api/v1/organisations/" + organisationId + "/sites").with(httpBasic("regione", "demo")))
                .andExpect(jsonPath("$[0].name").value("Sede di Novara"));

        mvc.perform(json(put("/api/v1/sites/" + siteId), """
                {"name": "Sede di Novara centro", "comune": "F952", "features": ["GROUP_CLASSROOM"]}""")
                        .header("If-Match", "0").with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.features", containsInAnyOrder("GROUP_CLASSROOM")));
        mvc.perform(json(put("/api/v1/sites/" + siteId), """
                {"name": "Modifica con versione vecchia", "comune": "F952", "features": []}""")
                        .header("If-Match", "0").with(httpBasic("admin", "demo")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://retelavoro.it/problems/concurrent-modification"));
    }

    @Test
    void refuses_a_site_in_an_unknown_comune_or_by_an_operator() throws Exception {
        String organisationId = createOrganisation("ACCREDITED_AGENCY", "03000000020");
        mvc.perform(json(post("/api/v1/organisations/" + organisationId + "/sites"), """
                {"name": "Sede", "comune": "Q999", "features": []}""").with(httpBasic("admin", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("comune"));
        mvc.perform(json(post("/api/v1/organisations/" + organisationId + "/sites"), """
                {"name": "Sede", "comune": "L219", "features": []}""").with(httpBasic("cpi.torino", "demo")))
                .andExpect(status().isForbidden());
    }

    @Test
    void an_administrator_creates_an_operator_who_can_then_log_in() throws Exception {
        String organisationId = createOrganisation("ACCREDITED_AGENCY", "03000000038");
        String siteId = JsonPath.read(mvc.perform(json(post("/api/v1/organisations/" + organisationId + "/sites"), """
                {"name": "Sede di Asti", "comune": "A479", "features": ["PC_WITH_INTERNET"]}""")
                        .with(httpBasic("admin", "demo"))).andReturn().getResponse().getContentAsString(), "$.id");
        String username = "op." + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(json(post("/api/v1/users"), """
                {"username": "%s", "password": "una-password-lunga", "role": "OPERATOR", "organisationId": "%s",
                 "siteIds": ["%s"], "competences": ["PRISON_EXPERIENCE"]}""".formatted(username, organisationId, siteId))
                        .with(httpBasic("admin", "demo")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.competences[0]").value("PRISON_EXPERIENCE"))
                .andExpect(jsonPath("$.siteIds[0]").value(siteId))
                .andExpect(jsonPath("$.password").doesNotExist());
        mvc.perform(get("/api/v1/me").with(httpBasic(username, "una-password-lunga")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.organisation.id").value(organisationId));
        mvc.perform(json(post("/api/v1/users"), """
                {"username": "%s", "password": "una-password-lunga", "role": "OPERATOR", "organisationId": "%s",
                 "siteIds": ["%s"]}""".formatted(username, organisationId, siteId)).with(httpBasic("admin", "demo")))
                .andExpect(status().isConflict());
    }

    @Test
    void an_operator_speaks_languages_the_rules_compare_with_a_persons_language() throws Exception {
        String alfa = JsonPath.read(mvc.perform(get("/api/v1/me").with(httpBasic("agenzia.alfa", "demo")))
                .andReturn().getResponse().getContentAsString(), "$.organisation.id");
        String alfaSite = JsonPath.read(mvc.perform(get("/api/v1/users").with(httpBasic("agenzia.alfa", "demo")))
                .andReturn().getResponse().getContentAsString(), "$[0].siteIds[0]");
        String username = "lingue." + UUID.randomUUID().toString().substring(0, 6);
        String created = mvc.perform(json(post("/api/v1/users"), """
                {"username": "%s", "password": "una-password-lunga", "role": "OPERATOR", "organisationId": "%s",
                 "siteIds": ["%s"], "languages": ["ro", "ar"]}""".formatted(username, alfa, alfaSite))
                        .with(httpBasic("admin", "demo")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.languages[0]").value("ar"))
                .andExpect(jsonPath("$.languages[1]").value("ro"))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(created, "$.id");
        Integer version = JsonPath.read(created, "$.version");

        mvc.perform(json(put("/api/v1/users/" + id + "/assignment"), """
                {"siteIds": ["%s"], "languages": ["en"]}""".formatted(alfaSite))
                        .header("If-Match", String.valueOf(version)).with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.languages.length()").value(1))
                .andExpect(jsonPath("$.languages[0]").value("en"));
        mvc.perform(json(post("/api/v1/users"), """
                {"username": "%s-x", "password": "una-password-lunga", "role": "OPERATOR", "organisationId": "%s",
                 "siteIds": ["%s"], "languages": ["zz"]}""".formatted(username, alfa, alfaSite))
                        .with(httpBasic("admin", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("languages"));
    }

    @Test
    void refuses_a_short_password_and_a_site_of_another_organisation() throws Exception {
        String organisationId = createOrganisation("ACCREDITED_AGENCY", "03000000046");
        String otherSite = JsonPath.read(mvc.perform(get("/api/v1/users").with(httpBasic("cpi.cuneo", "demo")))
                .andReturn().getResponse().getContentAsString(), "$[0].siteIds[0]");
        mvc.perform(json(post("/api/v1/users"), """
                {"username": "corta", "password": "corta", "role": "OPERATOR", "organisationId": "%s",
                 "siteIds": ["%s"]}""".formatted(organisationId, otherSite)).with(httpBasic("admin", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("password"));
        mvc.perform(json(post("/api/v1/users"), """
                {"username": "altra.sede", "password": "abbastanza-lunga", "role": "OPERATOR", "organisationId": "%s",
                 "siteIds": ["%s"]}""".formatted(organisationId, otherSite)).with(httpBasic("admin", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("siteIds"));
    }

    @Test
    void five_wrong_passwords_from_one_address_make_it_wait_even_with_the_right_one() throws Exception {
        String organisationId = createOrganisation("ACCREDITED_AGENCY", "03000000053");
        String siteId = JsonPath.read(mvc.perform(json(post("/api/v1/organisations/" + organisationId + "/sites"), """
                {"name": "Sede di Biella", "comune": "A859", "features": []}""")
                        .with(httpBasic("admin", "demo"))).andReturn().getResponse().getContentAsString(), "$.id");
        String username = "bloccato." + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(json(post("/api/v1/users"), """
                {"username": "%s", "password": "password-giusta", "role": "OPERATOR", "organisationId": "%s",
                 "siteIds": ["%s"]}""".formatted(username, organisationId, siteId)).with(httpBasic("admin", "demo")))
                .andExpect(status().isCreated());
        for (int attempt = 0; attempt < 5; attempt++) {
            mvc.perform(get("/api/v1/me").with(httpBasic(username, "password-sbagliata")))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/v1/me").with(httpBasic(username, "password-giusta")))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Troppi tentativi")));
    }

    @Test
    void publishes_the_codes_sites_and_users_take() throws Exception {
        mvc.perform(get("/api/v1/vocabularies/site-features"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code", hasItem("ISOLATED_WORKSTATION")))
                .andExpect(jsonPath("$[?(@.code == 'ISOLATED_WORKSTATION')].label")
                        .value(hasItem("Postazione isolata (a tutela della privacy)")));
        mvc.perform(get("/api/v1/vocabularies/competences").header("Accept-Language", "en"))
                .andExpect(jsonPath("$[?(@.code == 'CULTURAL_MEDIATION')].label").value(hasItem("Cultural mediation")));
        mvc.perform(get("/api/v1/vocabularies/comuni").param("q", "torino"))
                .andExpect(jsonPath("$[0].code").value("L219"));
        mvc.perform(get("/api/v1/vocabularies/unknown"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    private String createOrganisation(String kind, String fiscalCode) throws Exception {
        String body = mvc.perform(json(post("/api/v1/organisations"), """
                {"name": "%s", "kind": "%s", "fiscalCode": "%s"}""".formatted(unique("Org"), kind, fiscalCode))
                        .with(httpBasic("admin", "demo")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }
}
