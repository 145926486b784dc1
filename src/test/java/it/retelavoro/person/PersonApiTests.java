package it.retelavoro.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import it.retelavoro.support.IntegrationTest;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The registry through its API, trying to break segregation between organisations and special categories. */
@IntegrationTest
@RecordApplicationEvents
class PersonApiTests {

    static final RequestPostProcessor CPI_TORINO = httpBasic("cpi.torino", "demo");
    static final RequestPostProcessor CPI_CUNEO = httpBasic("cpi.cuneo", "demo");
    static final RequestPostProcessor ALFA = httpBasic("agenzia.alfa", "demo");
    static final RequestPostProcessor ANALYST = httpBasic("regione", "demo");
    static final RequestPostProcessor ADMIN = httpBasic("admin", "demo");
    static final LocalDate BIRTH = LocalDate.of(1985, 12, 10);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    static String body(String fiscalCode, LocalDate birthDate, String sex, String birthPlace) {
        return """
                {"fiscalCode": "%s", "firstName": "Mario", "lastName": "Rossi-%s", "birthDate": "%s", "sex": "%s",
                 "birthPlace": "%s", "citizenship": "IT",
                 "residence": {"address": "Via Roma 1", "comune": "L219"}, "phone": "+39 011 1234567",
                 "email": "mario.rossi@example.org", "educationLevel": "NED", "matchingConsent": true,
                 "profile": {"experiences": [{"employer": "Ristorante Da Gino", "occupation": "5.2.2.1.0",
                                              "from": "2010-01-01", "to": "2015-06-30", "description": "Cuoco"}],
                             "languages": [{"language": "it", "motherTongue": true},
                                           {"language": "en", "level": "B1", "motherTongue": false}],
                             "drivingLicences": ["B", "CQC_GOODS"], "desiredOccupations": ["5.2.2.1.0", "5.2"],
                             "availability": {"hours": "FULL_TIME", "maxKm": 30, "provinces": ["TO", "CN"],
                                              "willingToRelocate": false}}}"""
                .formatted(fiscalCode, UUID.randomUUID().toString().substring(0, 6), birthDate, sex, birthPlace);
    }

    String register(RequestPostProcessor who, String fiscalCode) throws Exception {
        String response = mvc.perform(json(post("/api/v1/persons"), body(fiscalCode, BIRTH, "M", "L219")).with(who))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(response, "$.id");
    }

    static String newCode() {
        return FiscalCodes.random(BIRTH, "M", "L219");
    }

    String organisationOf(RequestPostProcessor who) throws Exception {
        return JsonPath.read(mvc.perform(get("/api/v1/me").with(who)).andReturn().getResponse().getContentAsString(),
                "$.organisation.id");
    }

    /** Issue 14: what a profile lacks (driving licences, feminine) reads "Nessuna", not "Nessuno". */
    @Test
    void the_person_page_says_nessuna_for_the_licences_a_person_does_not_hold() throws Exception {
        String without = body(newCode(), BIRTH, "M", "L219")
                .replace("\"drivingLicences\": [\"B\", \"CQC_GOODS\"]", "\"drivingLicences\": []");
        assertThat(without).contains("\"drivingLicences\": []");
        String id = JsonPath.read(mvc.perform(json(post("/api/v1/persons"), without).with(CPI_TORINO))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");

        String page = mvc.perform(get("/persons/" + id).with(CPI_TORINO)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("<span>Nessuna</span>").doesNotContain(">Nessuno<");
    }

    @Test
    void registers_a_person_with_profile_and_reads_it_back() throws Exception {
        String code = newCode();
        String id = register(CPI_TORINO, code);
        mvc.perform(get("/api/v1/persons/" + id).with(CPI_TORINO))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fiscalCode").value(code))
                .andExpect(jsonPath("$.birthDate").value("1985-12-10"))
                .andExpect(jsonPath("$.sex").value("M"))
                .andExpect(jsonPath("$.birthPlace").value("L219"))
                .andExpect(jsonPath("$.residence.comune").value("L219"))
                .andExpect(jsonPath("$.matchingConsent").value(true))
                .andExpect(jsonPath("$.matchingConsentDate").isString())
                .andExpect(jsonPath("$.profile.experiences[0].occupation").value("5.2.2.1.0"))
                .andExpect(jsonPath("$.profile.experiences[0].from").value("2010-01-01"))
                .andExpect(jsonPath("$.profile.languages", hasSize(2)))
                .andExpect(jsonPath("$.profile.drivingLicences", hasItem("CQC_GOODS")))
                .andExpect(jsonPath("$.profile.availability.provinces", hasItem("CN")))
                .andExpect(jsonPath("$.inCharge.name").value("CPI Torino"));
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'PERSON_READ' and object_id = :id "
                + "and outcome = 'SUCCESS' and username = 'cpi.torino'").param("id", id).query(Long.class).single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'PERSON_CREATE' and object_id = :id")
                .param("id", id).query(Long.class).single()).isEqualTo(1);
        // the event, persisted by the publication registry, carries monitoring dimensions, no personal data
        PersonEvents.PersonRegistered registered = events.stream(PersonEvents.PersonRegistered.class)
                .filter(event -> event.personId().value().toString().equals(id)).findFirst().orElseThrow();
        assertThat(registered.birthYear()).isEqualTo(1985);
        assertThat(registered.sex()).isEqualTo(Sex.M);
        assertThat(registered.citizenshipGroup()).isEqualTo(PersonEvents.CitizenshipGroup.ITALIAN);
        assertThat(registered.residenceProvince()).isEqualTo("TO");
        assertThat(registered.educationLevel()).isEqualTo("NED");
        assertThat(registered.toString()).doesNotContain(code).doesNotContain("Mario").doesNotContain("Roma");
    }

    @Test
    void refuses_a_wrong_check_character_naming_the_field() throws Exception {
        String code = newCode();
        char wrong = code.charAt(15) == 'A' ? 'B' : 'A';
        mvc.perform(json(post("/api/v1/persons"), body(code.substring(0, 15) + wrong, BIRTH, "M", "L219"))
                        .with(CPI_TORINO))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("fiscalCode"))
                .andExpect(jsonPath("$.errors[0].message", containsString("controllo")));
    }

    @Test
    void refuses_a_birth_date_sex_or_birthplace_that_contradict_the_code() throws Exception {
        String code = newCode();
        mvc.perform(json(post("/api/v1/persons"), body(code, BIRTH.plusDays(1), "F", "Z330")).with(CPI_TORINO))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("birthDate")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("sex")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("birthPlace")));
        mvc.perform(json(post("/api/v1/persons"), body(code, BIRTH, "X", "Q999")).with(CPI_TORINO))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("sex")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("birthPlace")));
        // nothing was stored
        mvc.perform(get("/api/v1/persons").param("fiscalCode", code).with(CPI_TORINO))
                .andExpect(jsonPath("$", hasSize(0)));
    }

    @Test
    void registers_a_woman_born_in_morocco() throws Exception {
        LocalDate birth = LocalDate.of(1990, 4, 22);
        String code = FiscalCodes.random(birth, "F", "Z330");
        String response = mvc.perform(json(post("/api/v1/persons"), body(code, birth, "F", "Z330")
                        .replace("\"citizenship\": \"IT\"", "\"citizenship\": \"MA\"")).with(ALFA))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(response, "$.citizenship")).isEqualTo("MA");
    }

    @Test
    void refuses_a_second_registration_and_an_omocode_of_the_same_person() throws Exception {
        String code = newCode();
        String id = register(CPI_TORINO, code);
        mvc.perform(json(post("/api/v1/persons"), body(code, BIRTH, "M", "L219")).with(CPI_TORINO))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.existing").value("/api/v1/persons/" + id));
        String omocode = FiscalCodes.omocode(code, 3);
        mvc.perform(json(post("/api/v1/persons"), body(omocode, BIRTH, "M", "L219")).with(CPI_TORINO))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.existing").value("/api/v1/persons/" + id));
        // another organisation learns that the person exists and who has them, nothing else
        String conflict = mvc.perform(json(post("/api/v1/persons"), body(omocode, BIRTH, "M", "L219")).with(ALFA))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.existing").doesNotExist())
                .andExpect(jsonPath("$.detail", containsString("CPI Torino")))
                .andReturn().getResponse().getContentAsString();
        assertThat(conflict).doesNotContain(id).doesNotContain("Mario").doesNotContain(code);
        // and an omocode finds the person in search
        mvc.perform(get("/api/v1/persons").param("fiscalCode", omocode).with(CPI_TORINO))
                .andExpect(jsonPath("$[0].id").value(id));
    }

    @Test
    void an_omocode_registered_first_keeps_the_code_as_issued_and_stores_the_base_code() throws Exception {
        String code = newCode();
        String omocode = FiscalCodes.omocode(code, 1);
        String response = mvc.perform(json(post("/api/v1/persons"), body(omocode, BIRTH, "M", "L219"))
                        .with(CPI_TORINO))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(response, "$.fiscalCode")).isEqualTo(code);
        assertThat((String) JsonPath.read(response, "$.fiscalCodeAsIssued")).isEqualTo(omocode);
        mvc.perform(json(post("/api/v1/persons"), body(code, BIRTH, "M", "L219")).with(CPI_TORINO))
                .andExpect(status().isConflict());
    }

    @Test
    void another_organisation_can_neither_read_nor_change_nor_find_the_person() throws Exception {
        String code = newCode();
        String id = register(CPI_TORINO, code);
        mvc.perform(get("/api/v1/persons/" + id).with(CPI_CUNEO)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/persons/" + id).with(ALFA)).andExpect(status().isForbidden());
        mvc.perform(json(put("/api/v1/persons/" + id), "{\"phone\": \"3331234567\"}").header("If-Match", "0")
                .with(CPI_CUNEO)).andExpect(status().isForbidden());
        mvc.perform(json(put("/api/v1/persons/" + id + "/complex-targets"), "{\"targets\": [\"PRISONER\"]}")
                .with(CPI_CUNEO)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/persons/" + id + "/transfers").with(CPI_CUNEO)).andExpect(status().isForbidden());
        mvc.perform(json(post("/api/v1/persons/" + id + "/transfer"),
                "{\"toOrganisationId\": \"%s\", \"reason\": \"x\"}".formatted(organisationOf(CPI_CUNEO)))
                .with(CPI_CUNEO)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/persons").param("fiscalCode", code).with(CPI_CUNEO))
                .andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(0)));
        String lastName = JsonPath.read(mvc.perform(get("/api/v1/persons/" + id).with(CPI_TORINO)).andReturn()
                .getResponse().getContentAsString(), "$.lastName");
        mvc.perform(get("/api/v1/persons").param("name", lastName).with(CPI_CUNEO))
                .andExpect(jsonPath("$", hasSize(0)));
        mvc.perform(get("/api/v1/persons").param("name", lastName.toLowerCase()).with(CPI_TORINO))
                .andExpect(jsonPath("$[0].id").value(id));
        // what they may learn: who has the person in charge
        mvc.perform(get("/api/v1/persons/in-charge").param("fiscalCode", code).with(CPI_CUNEO))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.inCharge.name").value("CPI Torino"))
                .andExpect(jsonPath("$.fiscalCode").doesNotExist())
                .andExpect(jsonPath("$.firstName").doesNotExist());
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'PERSON_READ' and object_id = :id "
                + "and outcome = 'DENIED'").param("id", id).query(Long.class).single()).isEqualTo(2);
        mvc.perform(get("/api/v1/persons/" + UUID.randomUUID()).with(CPI_TORINO)).andExpect(status().isNotFound());
    }

    @Test
    void analysts_and_administrators_read_no_personal_data() throws Exception {
        String code = newCode();
        String id = register(CPI_TORINO, code);
        for (RequestPostProcessor who : new RequestPostProcessor[] {ANALYST, ADMIN}) {
            mvc.perform(get("/api/v1/persons/" + id).with(who)).andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/persons").param("fiscalCode", code).with(who)).andExpect(status().isForbidden());
            mvc.perform(json(post("/api/v1/persons"), body(newCode(), BIRTH, "M", "L219")).with(who))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/persons/in-charge").param("fiscalCode", code).with(who))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void updates_contacts_and_profile_with_the_version_read() throws Exception {
        String id = register(CPI_TORINO, newCode());
        String update = """
                {"residence": {"address": "Corso Francia 2", "comune": "D205"}, "phone": "3331234567",
                 "educationLevel": "NED", "matchingConsent": false,
                 "profile": {"desiredOccupations": ["8.1.4.2.0"], "availability": {"hours": "PART_TIME"}}}""";
        mvc.perform(json(put("/api/v1/persons/" + id), update).header("If-Match", "\"0\"").with(CPI_TORINO))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.residence.comune").value("D205"))
                .andExpect(jsonPath("$.matchingConsent").value(false))
                .andExpect(jsonPath("$.matchingConsentDate").doesNotExist())
                .andExpect(jsonPath("$.profile.experiences", hasSize(0)))
                .andExpect(jsonPath("$.profile.availability.hours").value("PART_TIME"))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(json(put("/api/v1/persons/" + id), update).header("If-Match", "0").with(CPI_TORINO))
                .andExpect(status().isConflict());
        mvc.perform(json(put("/api/v1/persons/" + id), "{\"residence\": {\"comune\": \"XXXX\"}}")
                .header("If-Match", "1").with(CPI_TORINO))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("residence.comune"));
    }

    @Test
    void complex_targets_are_seen_only_with_the_competence_and_by_the_cpi() throws Exception {
        // agenzia.alfa (CULTURAL_MEDIATION, FOREIGN_LANGUAGES) registers a person
        String id = register(ALFA, newCode());
        // alfa may record IMMIGRANT (FOREIGN_LANGUAGES) and the mediation, but not DISABLED
        mvc.perform(json(put("/api/v1/persons/" + id + "/complex-targets"),
                        "{\"targets\": [\"DISABLED\"], \"culturalMediation\": true}").with(ALFA))
                .andExpect(status().isForbidden());
        mvc.perform(json(put("/api/v1/persons/" + id + "/complex-targets"),
                        "{\"targets\": [\"IMMIGRANT\"], \"culturalMediation\": true}").with(ALFA))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.complexTargets", hasItem("IMMIGRANT")))
                .andExpect(jsonPath("$.culturalMediation").value(true));
        // the person moves to CPI Torino, whose operators see everything and record DISABLED
        String torino = organisationOf(CPI_TORINO);
        mvc.perform(json(post("/api/v1/persons/" + id + "/transfer"),
                        "{\"toOrganisationId\": \"%s\", \"reason\": \"Collocamento mirato\"}".formatted(torino))
                        .with(ALFA))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.inCharge.name").value("CPI Torino"));
        mvc.perform(json(put("/api/v1/persons/" + id + "/complex-targets"),
                        "{\"targets\": [\"DISABLED\", \"IMMIGRANT\"]}").with(CPI_TORINO))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/persons/" + id).with(CPI_TORINO))
                .andExpect(jsonPath("$.specialCategories.complexTargets", hasItem("DISABLED")))
                .andExpect(jsonPath("$.specialCategories.complexTargets", hasItem("IMMIGRANT")))
                .andExpect(jsonPath("$.specialCategories.culturalMediation").value(true));
        // alfa lost the person altogether
        mvc.perform(get("/api/v1/persons/" + id).with(ALFA)).andExpect(status().isForbidden());
    }

    @Test
    void an_agency_operator_without_the_competence_does_not_see_the_target_in_json() throws Exception {
        String id = register(ALFA, newCode());
        String admin = organisationOf(ALFA);
        // CPI Torino records DISABLED while it has the person, then hands them back to Alfa
        String torino = organisationOf(CPI_TORINO);
        mvc.perform(json(post("/api/v1/persons/" + id + "/transfer"),
                "{\"toOrganisationId\": \"%s\", \"reason\": \"Valutazione\"}".formatted(torino)).with(ALFA))
                .andExpect(status().isOk());
        mvc.perform(json(put("/api/v1/persons/" + id + "/complex-targets"),
                "{\"targets\": [\"DISABLED\"], \"culturalMediation\": false}").with(CPI_TORINO))
                .andExpect(status().isOk());
        mvc.perform(json(post("/api/v1/persons/" + id + "/transfer"),
                "{\"toOrganisationId\": \"%s\", \"reason\": \"Rientro\"}".formatted(admin)).with(CPI_TORINO))
                .andExpect(status().isOk());
        String json = mvc.perform(get("/api/v1/persons/" + id).with(ALFA))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.specialCategories.complexTargets", not(hasItem("DISABLED"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(json).doesNotContain("DISABLED");
        // recording IMMIGRANT keeps the DISABLED they cannot see
        mvc.perform(json(put("/api/v1/persons/" + id + "/complex-targets"), "{\"targets\": [\"IMMIGRANT\"]}")
                .with(ALFA)).andExpect(status().isOk());
        assertThat(jdbc.sql("select target from person_complex_target where person_id = :id order by target")
                .param("id", UUID.fromString(id)).query(String.class).list()).containsExactly("DISABLED", "IMMIGRANT");
        // the history shows both transfers
        mvc.perform(get("/api/v1/persons/" + id + "/transfers").with(ALFA))
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[1].reason").value("Rientro"));
    }

    @Test
    void the_field_is_absent_for_an_operator_who_may_see_no_special_category() throws Exception {
        // an Alfa operator without any competence, created by the administrator
        String alfa = organisationOf(ALFA);
        String site = JsonPath.read(mvc.perform(get("/api/v1/organisations/" + alfa + "/sites").with(ADMIN))
                .andReturn().getResponse().getContentAsString(), "$[0].id");
        String username = "alfa.base." + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(json(post("/api/v1/users"), """
                {"username": "%s", "password": "una-password-lunga", "role": "OPERATOR", "organisationId": "%s",
                 "siteIds": ["%s"], "competences": []}""".formatted(username, alfa, site)).with(ADMIN))
                .andExpect(status().isCreated());
        RequestPostProcessor plain = httpBasic(username, "una-password-lunga");
        String id = register(ALFA, newCode());
        mvc.perform(json(put("/api/v1/persons/" + id + "/complex-targets"),
                "{\"targets\": [\"IMMIGRANT\"], \"culturalMediation\": true}").with(ALFA)).andExpect(status().isOk());
        String json = mvc.perform(get("/api/v1/persons/" + id).with(plain))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.specialCategories").doesNotExist())
                .andReturn().getResponse().getContentAsString();
        assertThat(json).doesNotContain("IMMIGRANT").doesNotContain("culturalMediation");
        mvc.perform(json(put("/api/v1/persons/" + id + "/complex-targets"), "{\"targets\": []}").with(plain))
                .andExpect(status().isForbidden());
        mvc.perform(json(put("/api/v1/persons/" + id + "/complex-targets"), "{\"culturalMediation\": false}")
                .with(plain)).andExpect(status().isForbidden());
        // their refused attempts changed nothing
        mvc.perform(get("/api/v1/persons/" + id).with(ALFA))
                .andExpect(jsonPath("$.specialCategories.complexTargets", hasItem("IMMIGRANT")))
                .andExpect(jsonPath("$.specialCategories.culturalMediation").value(true));
        // a CPI operator sees the property even when nothing is recorded
        String cuneoPerson = register(CPI_CUNEO, newCode());
        mvc.perform(get("/api/v1/persons/" + cuneoPerson).with(CPI_CUNEO))
                .andExpect(jsonPath("$.specialCategories.complexTargets", hasSize(0)))
                .andExpect(jsonPath("$.specialCategories.culturalMediation").value(false));
    }

    @Test
    void transfer_moves_ownership_and_the_old_organisation_loses_access() throws Exception {
        String code = newCode();
        String id = register(CPI_TORINO, code);
        String cuneo = organisationOf(CPI_CUNEO);
        mvc.perform(json(post("/api/v1/persons/" + id + "/transfer"), "{\"toOrganisationId\": \"%s\"}"
                .formatted(cuneo)).with(CPI_TORINO))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(json(post("/api/v1/persons/" + id + "/transfer"),
                        "{\"toOrganisationId\": \"%s\", \"reason\": \"Trasferimento di residenza\"}".formatted(cuneo))
                        .with(CPI_TORINO))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/persons/" + id).with(CPI_TORINO)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/persons/" + id).with(CPI_CUNEO)).andExpect(status().isOk())
                .andExpect(jsonPath("$.inCharge.name").value("CPI Cuneo"));
        mvc.perform(get("/api/v1/persons").param("fiscalCode", code).with(CPI_TORINO))
                .andExpect(jsonPath("$", hasSize(0)));
        // an administrator may transfer too, without reading the person
        String torino = organisationOf(CPI_TORINO);
        mvc.perform(json(post("/api/v1/persons/" + id + "/transfer"),
                        "{\"toOrganisationId\": \"%s\", \"reason\": \"Rettifica\"}".formatted(torino)).with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.inCharge.name").value("CPI Torino"))
                .andExpect(jsonPath("$.firstName").doesNotExist());
        assertThat(jdbc.sql("select count(*) from person_transfer where person_id = :id")
                .param("id", UUID.fromString(id)).query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'PERSON_TRANSFER' and object_id = :id")
                .param("id", id).query(Long.class).single()).isEqualTo(2);
        assertThat(events.stream(PersonEvents.PersonTransferred.class)
                .filter(event -> event.personId().value().toString().equals(id)))
                .extracting(event -> event.to().value().toString()).containsExactly(cuneo, torino);
    }
}
