package it.retelavoro.catalogue.web;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.retelavoro.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The public, read-only catalogue API serves the shipped repertorio, number by number, without login. */
@IntegrationTest
class CatalogueApiTests {

    @Autowired
    MockMvc mvc;

    @Test
    void serves_the_ten_services_grouped_by_type_without_login() throws Exception {
        mvc.perform(get("/api/v1/catalogue/services"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(10)))
                .andExpect(jsonPath("$[*].code").value(contains("A1", "A2", "A3", "A4", "A5", "A6", "B1", "B2", "B3", "B4")))
                .andExpect(jsonPath("$[?(@.code == 'A1')].type").value(contains("PERSON")))
                .andExpect(jsonPath("$[?(@.code == 'B4')].type").value(contains("EMPLOYER")))
                .andExpect(jsonPath("$[?(@.code == 'A3')].title").value(contains("Orientamento professionale")))
                .andExpect(jsonPath("$[0].catalogueVersion").value("piemonte-2012"));
    }

    @Test
    void serves_every_minimum_duration_and_meeting_of_the_seed() throws Exception {
        mvc.perform(get("/api/v1/catalogue/services"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code == 'A1')].modes[0].minMinutes").value(contains(nullValue())))
                .andExpect(jsonPath("$[?(@.code == 'A2')].modes[?(@.mode == 'GROUP')].minMinutes").value(contains(60)))
                .andExpect(jsonPath("$[?(@.code == 'A2')].modes[?(@.mode == 'INDIVIDUAL')].minMinutes").value(contains(30)))
                .andExpect(jsonPath("$[?(@.code == 'A3')].modes[?(@.mode == 'INDIVIDUAL')].minMinutes").value(contains(60)))
                .andExpect(jsonPath("$[?(@.code == 'A4')].modes[?(@.mode == 'INDIVIDUAL')].minMinutes").value(contains(60)))
                .andExpect(jsonPath("$[?(@.code == 'A4')].modes[?(@.mode == 'INDIVIDUAL')].minMeetings").value(contains(2)))
                .andExpect(jsonPath("$[?(@.code == 'A4')].modes[?(@.mode == 'INDIVIDUAL')].minutesPer").value(contains("MEETING")))
                .andExpect(jsonPath("$[?(@.code == 'A5')].modes[*].minMinutes").value(contains(120, 120)))
                // issue 13: "minimo 2 ore" of the whole A.5; a group A.2 only for companies or projects
                .andExpect(jsonPath("$[?(@.code == 'A5')].modes[*].minutesPer").value(contains("DELIVERY", "DELIVERY")))
                .andExpect(jsonPath("$[?(@.code == 'A2')].modes[0].groupReasons[*]")
                        .value(org.hamcrest.Matchers.containsInAnyOrder("COMPANY_INTAKE", "PROJECT_CALL")))
                .andExpect(jsonPath("$[?(@.code == 'A6')].modes[*].minMinutes").value(contains(120, 120, 120)))
                .andExpect(jsonPath("$[?(@.code == 'A6')].modes[*].minutesPer").value(contains("DELIVERY", "DELIVERY", "DELIVERY")))
                .andExpect(jsonPath("$[?(@.code == 'B1')].modes[?(@.mode == 'INDIVIDUAL')].minMinutes").value(contains(30)))
                .andExpect(jsonPath("$[?(@.code == 'B2')].modes[?(@.mode == 'INDIVIDUAL')].minMinutes").value(contains(30)))
                .andExpect(jsonPath("$[?(@.code == 'B3')].modes[?(@.mode == 'INDIVIDUAL')].minMinutes").value(contains(nullValue())))
                .andExpect(jsonPath("$[?(@.code == 'B4')].modes[?(@.mode == 'BACK_OFFICE')].minMinutes").value(contains(nullValue())));
    }

    @Test
    void one_service_carries_the_scheda_texts_and_its_machine_rules() throws Exception {
        mvc.perform(get("/api/v1/catalogue/services/A3"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value("A3"))
                .andExpect(jsonPath("$.dottedCode").value("A.3"))
                .andExpect(jsonPath("$.type").value("PERSON"))
                .andExpect(jsonPath("$.purpose").value(org.hamcrest.Matchers.startsWith("Sostenere l'utente nella costruzione")))
                .andExpect(jsonPath("$.activities", hasSize(4)))
                .andExpect(jsonPath("$.modeAndDuration").value("Incontri individuali: durata minimo 1 ora"))
                .andExpect(jsonPath("$.preconditions.technicalStructural").value(hasItem("PC con accesso a internet")))
                .andExpect(jsonPath("$.preconditions.professional.capacities", hasSize(5)))
                .andExpect(jsonPath("$.preconditions.professional.knowledge", hasSize(7)))
                .andExpect(jsonPath("$.preconditions.operational", hasSize(2)))
                .andExpect(jsonPath("$.modes[0].mode").value("INDIVIDUAL"))
                .andExpect(jsonPath("$.modes[0].minMinutes").value(60))
                .andExpect(jsonPath("$.modes[0].minMeetings").value(1))
                .andExpect(jsonPath("$.access.afterAnyOf").value(contains("A2")))
                .andExpect(jsonPath("$.access.togetherWith", hasSize(0)))
                .andExpect(jsonPath("$.access.conditions").value(contains("PACT_SIGNED")))
                .andExpect(jsonPath("$.outputs[?(@.code == 'ACTION_PLAN_OUTCOME')].required").value(contains(true)))
                .andExpect(jsonPath("$.outputs[?(@.code == 'ACTION_PLAN_SIGNED')].required").value(contains(false)))
                .andExpect(jsonPath("$.siteFeatures").value(contains("ISOLATED_WORKSTATION", "PC_WITH_INTERNET")));
        mvc.perform(get("/api/v1/catalogue/services/B2"))
                .andExpect(jsonPath("$.outputs[?(@.code == 'COMPANY_ACTION_PLAN_OPENED')].requiredWhen")
                        .value(contains("COMPANY_PACT_SIGNED")))
                .andExpect(jsonPath("$.access.togetherWith").value(contains("B1")));
        mvc.perform(get("/api/v1/catalogue/services/A2"))
                .andExpect(jsonPath("$.siteFeaturesByMode.GROUP").value(contains("GROUP_CLASSROOM")));
    }

    @Test
    void an_unknown_service_is_a_problem_404() throws Exception {
        mvc.perform(get("/api/v1/catalogue/services/Z9"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://retelavoro.it/problems/not-found"));
    }

    @Test
    void serves_all_twenty_six_indicators_with_what_they_count() throws Exception {
        mvc.perform(get("/api/v1/catalogue/indicators"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(26)))
                .andExpect(jsonPath("$[*].code").value(containsInAnyOrder("1.1", "2.1", "2.2", "3.1", "3.2", "3.3",
                        "3.4", "3.5", "3.6", "4.1", "5.1", "5.2", "6.1", "6.2", "6.3", "6.4", "7.1", "7.2", "8.1", "8.2",
                        "8.3", "8.4", "9.1", "10.1", "10.2", "10.3")))
                .andExpect(jsonPath("$[?(@.code == '6.2')].label").value(contains("N° utenti inviati ai colloqui di selezione")))
                .andExpect(jsonPath("$[?(@.code == '6.2')].service").value(contains("A6")))
                .andExpect(jsonPath("$[?(@.code == '6.2')].counts").value(contains("DISTINCT_PERSONS")))
                .andExpect(jsonPath("$[?(@.code == '6.2')].mustAgreeWith").value(contains("10.1")))
                .andExpect(jsonPath("$[?(@.code == '5.2')].counts").value(contains("ITEMS")))
                .andExpect(jsonPath("$[?(@.code == '2.2')].alsoRecords[0]").value(contains("Data della firma del Patto")))
                // issue 13: the dimension of analysis that dates each indicator's records
                .andExpect(jsonPath("$[?(@.code == '3.2')].recordDate").value(contains("Data di apertura del PAI")))
                .andExpect(jsonPath("$[?(@.code == '2.2')].recordDate").value(contains("Data della firma del Patto")))
                .andExpect(jsonPath("$[?(@.code == '6.4')].recordDate").value(contains("Data avvio contratto")))
                .andExpect(jsonPath("$[?(@.code == '10.3')].recordDate").value(contains("Data avvio contratto")));
    }

    @Test
    void serves_the_complex_targets() throws Exception {
        mvc.perform(get("/api/v1/catalogue/targets"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(5)))
                .andExpect(jsonPath("$[?(@.target == 'DISABLED')].cpiExclusiveFunction").value(contains("TARGETED_PLACEMENT")))
                .andExpect(jsonPath("$[?(@.target == 'DISABLED')].operatorCompetences[0]").value(contains("DISABILITY_EXPERIENCE")))
                .andExpect(jsonPath("$[?(@.target == 'PRISONER')].networkPreconditions")
                        .value(contains(org.hamcrest.Matchers.startsWith("Ufficio Esecuzione Penale Esterna"))));
    }

    @Test
    void lists_the_versions_with_the_shipped_one_in_force() throws Exception {
        mvc.perform(get("/api/v1/catalogue/versions"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value("piemonte-2012"))
                .andExpect(jsonPath("$[0].validFrom").value("2012-01-01"))
                .andExpect(jsonPath("$[0].inForce").value(true))
                .andExpect(jsonPath("$[0].origin").value("SHIPPED"))
                .andExpect(jsonPath("$[0].act").value(org.hamcrest.Matchers.startsWith("Repertorio degli standard")));
        mvc.perform(get("/api/v1/catalogue/versions/piemonte-2012"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value("piemonte-2012"));
    }

    @Test
    void reads_a_version_by_id_or_date_and_says_when_there_is_none() throws Exception {
        mvc.perform(get("/api/v1/catalogue/services/A2").param("version", "piemonte-2012"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.catalogueVersion").value("piemonte-2012"));
        mvc.perform(get("/api/v1/catalogue/services/A2").param("date", "2015-06-30"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.catalogueVersion").value("piemonte-2012"));
        mvc.perform(get("/api/v1/catalogue/services").param("version", "mai-esistita"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/catalogue/indicators").param("date", "2011-12-31"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/catalogue/targets").param("date", "31/12/2011"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("date"));
        mvc.perform(get("/api/v1/catalogue/services").param("date", "2015-06-30").param("version", "piemonte-2012"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
    }
}
