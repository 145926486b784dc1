package it.retelavoro.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import it.retelavoro.matching.MatchingScenario;
import it.retelavoro.matching.MatchingScenario.Protected;
import it.retelavoro.monitoring.MonitoringScenario.Organisation;
import it.retelavoro.person.FiscalCodes;
import it.retelavoro.support.IntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@IntegrationTest
class PortalApiTests {

    static final String NO_REQUIREMENTS = "{}";

    @Autowired
    MockMvc mvc;

    MatchingScenario scenario;
    Organisation office;
    String word;
    String company;
    String vacancy;

    @BeforeEach
    void aPublishedVacancyWithAUniqueWord() throws Exception {
        scenario = new MatchingScenario(mvc);
        office = scenario.organisation();
        company = scenario.company(office);
        word = "parola" + UUID.randomUUID().toString().substring(0, 8);
        vacancy = scenario.vacancy(office, company, "Commesso " + word, "5.1.2.2.0", "D205", NO_REQUIREMENTS, true,
                false);
    }

    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    static String anAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    ResultActions apply(String vacancyId, String fiscalCode, String address, String website) throws Exception {
        return apply(vacancyId, fiscalCode, address, website, token(vacancyId, address));
    }

    ResultActions apply(String vacancyId, String fiscalCode, String address, String website, String token)
            throws Exception {
        return mvc.perform(post("/api/v1/public/vacancies/" + vacancyId + "/applications")
                .contentType(MediaType.APPLICATION_JSON).with(from(address))
                .content("""
                        {"fiscalCode": "%s", "firstName": "Marta", "lastName": "Candidata", "email": "marta@example.org",
                         "cvText": "Commessa per tre anni", "privacyAccepted": true, "website": "%s", "formToken": "%s"}"""
                        .formatted(fiscalCode, website == null ? "" : website, token)));
    }

    /** The form token the board issues to a client at the address, for an application to the vacancy. */
    String token(String vacancyId, String address) throws Exception {
        return JsonPath.read(mvc.perform(get("/api/v1/public/vacancies/" + vacancyId + "/application-token")
                .with(from(address))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(),
                "$.formToken");
    }

    @Test
    void searches_published_open_vacancies_by_words_occupation_place_and_contract() throws Exception {
        String hidden = scenario.vacancy(office, company, "Magazziniere " + word, "8.1.3.1.0", "L219", NO_REQUIREMENTS,
                false, false);
        mvc.perform(get("/api/v1/public/vacancies").param("q", word))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", containsInAnyOrder(vacancy)))
                .andExpect(jsonPath("$[*].id", not(hasItem(hidden))));
        for (String[] criterion : List.of(new String[] {"occupation", "5.1.2"}, new String[] {"occupation", "commessi"},
                new String[] {"province", "CN"}, new String[] {"comune", "D205"},
                new String[] {"contractType", "FIXED_TERM"})) {
            mvc.perform(get("/api/v1/public/vacancies").param("q", word).param(criterion[0], criterion[1]))
                    .andExpect(jsonPath("$[*].id", containsInAnyOrder(vacancy)));
        }
        for (String[] criterion : List.of(new String[] {"occupation", "2.1"}, new String[] {"province", "TO"},
                new String[] {"comune", "L219"}, new String[] {"contractType", "PERMANENT"})) {
            mvc.perform(get("/api/v1/public/vacancies").param("q", word).param(criterion[0], criterion[1]))
                    .andExpect(jsonPath("$.length()").value(0));
        }
        mvc.perform(get("/api/v1/public/vacancies/" + hidden)).andExpect(status().isNotFound());
    }

    @Test
    void hides_the_employer_of_an_anonymous_vacancy() throws Exception {
        String anonymous = scenario.vacancy(office, company, "Cassiere " + word, "5.1.2.4.0", "D205", NO_REQUIREMENTS,
                true, true);
        String employerName = JsonPath.read(mvc.perform(get("/api/v1/employers/" + company).with(office.operator()))
                .andReturn().getResponse().getContentAsString(), "$.name");
        mvc.perform(get("/api/v1/public/vacancies/" + anonymous))
                .andExpect(status().isOk()).andExpect(jsonPath("$.employerName").doesNotExist());
        mvc.perform(get("/api/v1/public/vacancies/" + vacancy)).andExpect(jsonPath("$.employerName").value(employerName));
        String board = mvc.perform(get("/api/v1/public/vacancies").param("q", word)).andReturn().getResponse()
                .getContentAsString();
        List<java.util.Map<String, Object>> entries = JsonPath.read(board, "$[?(@.id == '" + anonymous + "')]");
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).get("employerName")).isNull();
        String page = mvc.perform(get("/portal/vacancies/" + anonymous)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).doesNotContain(employerName).contains("Azienda riservata");
    }

    @Test
    void validates_the_application_field_by_field() throws Exception {
        String address = anAddress();
        mvc.perform(post("/api/v1/public/vacancies/" + vacancy + "/applications").contentType(MediaType.APPLICATION_JSON)
                        .with(from(address)).content("{\"fiscalCode\": \"RSSMRA80A01L219X\", \"formToken\": \""
                                + token(vacancy, address) + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("fiscalCode", "firstName", "lastName",
                        "cvText", "email", "privacyAccepted")));
        mvc.perform(post("/api/v1/public/vacancies/" + UUID.randomUUID() + "/applications")
                        .contentType(MediaType.APPLICATION_JSON).with(from(anAddress())).content("{}"))
                .andExpect(status().isNotFound());
    }

    @Test
    void answers_alike_whether_the_codice_fiscale_is_known_or_not() throws Exception {
        String known = scenario.person(office, Protected.plain(), "L219", null, true, "{}");
        String knownCode = JsonPath.read(mvc.perform(get("/api/v1/persons/" + known).with(office.operator()))
                .andReturn().getResponse().getContentAsString(), "$.fiscalCode");
        String unknownCode = FiscalCodes.random(LocalDate.of(1990, 5, 5), "M", "L219");
        String first = apply(vacancy, knownCode, anAddress(), null).andExpect(status().isAccepted()).andReturn()
                .getResponse().getContentAsString();
        String second = apply(vacancy, unknownCode, anAddress(), null).andExpect(status().isAccepted()).andReturn()
                .getResponse().getContentAsString();
        assertThat(first.replaceAll("RL-[A-Z0-9]+", "RL-X")).isEqualTo(second.replaceAll("RL-[A-Z0-9]+", "RL-X"));
        assertThat((String) JsonPath.read(first, "$.reference")).matches("RL-[A-Z0-9]{10}");
    }

    @Test
    void limits_the_applications_from_one_address() throws Exception {
        String address = anAddress();
        for (int i = 0; i < 5; i++) {
            apply(vacancy, FiscalCodes.random(LocalDate.of(1990, 5, 5), "M", "L219"), address, null)
                    .andExpect(status().isAccepted());
        }
        apply(vacancy, FiscalCodes.random(LocalDate.of(1990, 5, 5), "M", "L219"), address, null)
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(jsonPath("$.type").value("https://retelavoro.it/problems/too-many-requests"));
        apply(vacancy, FiscalCodes.random(LocalDate.of(1990, 5, 5), "M", "L219"), anAddress(), null)
                .andExpect(status().isAccepted());
    }

    @Test
    void refused_and_invalid_requests_do_not_use_up_the_quota_of_a_vacancy() throws Exception {
        // More refused requests than the quota of 50, each from an address of its own.
        for (int i = 0; i < 30; i++) {
            apply(vacancy, "NONVALIDO", anAddress(), null).andExpect(status().isBadRequest());
        }
        for (int i = 0; i < 30; i++) {
            apply(vacancy, FiscalCodes.random(LocalDate.of(1990, 5, 5), "M", "L219"), anAddress(), null, "x.1.y")
                    .andExpect(status().isBadRequest());
        }
        apply(vacancy, FiscalCodes.random(LocalDate.of(1990, 5, 5), "M", "L219"), anAddress(), null)
                .andExpect(status().isAccepted());
    }

    @Test
    void the_addresses_of_one_ipv6_subscriber_count_as_one() throws Exception {
        String block = "2001:db8:" + Integer.toHexString(ThreadLocalRandom.current().nextInt(1, 0xffff)) + ":"
                + Integer.toHexString(ThreadLocalRandom.current().nextInt(1, 0xffff)) + ":";
        for (int i = 1; i <= 5; i++) {
            apply(vacancy, FiscalCodes.random(LocalDate.of(1990, 5, 5), "M", "L219"), block + ":" + i, null)
                    .andExpect(status().isAccepted());
        }
        apply(vacancy, FiscalCodes.random(LocalDate.of(1990, 5, 5), "M", "L219"), block + "abcd:1:2:3", null)
                .andExpect(status().isTooManyRequests());
    }

    @Test
    void a_form_token_is_good_once_for_its_vacancy_and_its_client_only() throws Exception {
        String address = anAddress();
        String fiscalCode = FiscalCodes.random(LocalDate.of(1990, 5, 5), "F", "L219");
        apply(vacancy, fiscalCode, address, null, "").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("formToken"));

        String fromElsewhere = token(vacancy, anAddress());
        apply(vacancy, fiscalCode, address, null, fromElsewhere).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("formToken"));

        String another = scenario.vacancy(office, company, "Magazziniere " + word, "5.1.2.2.0", "D205",
                NO_REQUIREMENTS, true, false);
        apply(vacancy, fiscalCode, address, null, token(another, address)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("formToken"));

        String token = token(vacancy, address);
        apply(vacancy, fiscalCode, address, null, token).andExpect(status().isAccepted());
        apply(vacancy, fiscalCode, address, null, token).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("formToken"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("già stato inviato")));
    }

    @Test
    void a_page_form_token_is_not_good_in_another_session() throws Exception {
        var session = new it.retelavoro.support.PageSession();
        String page = mvc.perform(get("/portal/vacancies/" + vacancy).with(session)).andDo(session.keep())
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        java.util.regex.Matcher found = java.util.regex.Pattern.compile("name=\"formToken\" value=\"([^\"]+)\"")
                .matcher(page);
        assertThat(found.find()).isTrue();
        String answer = mvc.perform(post("/portal/vacancies/" + vacancy + "/applications")
                        .with(new it.retelavoro.support.PageSession()).with(from(anAddress()))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .param("formToken", found.group(1)).param("fiscalCode", FiscalCodes.random(LocalDate.of(1990, 5,
                                5), "M", "L219")).param("firstName", "Marta").param("lastName", "Candidata")
                        .param("email", "marta@example.org").param("cvText", "Commessa").param("privacyAccepted", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(answer).contains("non è valido per questa offerta o per questa sessione");
    }

    @Test
    void an_application_is_verified_and_referred_by_the_organisation_owning_the_vacancy_only() throws Exception {
        String person = scenario.proposable(office, Protected.plain(), "D205", null, "{}");
        String code = JsonPath.read(mvc.perform(get("/api/v1/persons/" + person).with(office.operator()))
                .andReturn().getResponse().getContentAsString(), "$.fiscalCode");
        String reference = JsonPath.read(apply(vacancy, code, anAddress(), null).andReturn().getResponse()
                .getContentAsString(), "$.reference");
        String robot = JsonPath.read(apply(vacancy, code, anAddress(), "http://spam.example").andExpect(status().isAccepted())
                .andReturn().getResponse().getContentAsString(), "$.reference");

        String queue = mvc.perform(get("/api/v1/applications").with(office.operator())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        List<String> ids = JsonPath.read(queue, "$[?(@.reference == '" + reference + "')].id");
        assertThat(ids).hasSize(1);
        assertThat(queue).doesNotContain(robot);
        String application = ids.get(0);

        Organisation other = scenario.organisation();
        mvc.perform(get("/api/v1/applications").with(other.operator()))
                .andExpect(jsonPath("$[*].reference", not(hasItem(reference))));
        mvc.perform(post("/api/v1/applications/" + application + "/verification").with(other.operator()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/applications/" + application + "/referral").with(office.operator()))
                .andExpect(status().isConflict());

        mvc.perform(post("/api/v1/applications/" + application + "/verification").with(office.operator()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("VERIFIED"))
                .andExpect(jsonPath("$.personId").value(person));
        // The referral registers the person's A6 of the day in back office, with its minutes (issue 13).
        mvc.perform(post("/api/v1/applications/" + application + "/referral")
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON).content("{\"minutes\": 120}")
                        .with(office.operator()))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/vacancies/" + vacancy + "/referrals").with(office.operator()))
                .andExpect(jsonPath("$[*].personId", hasItem(person)));
        mvc.perform(get("/api/v1/applications/" + application).with(office.operator()))
                .andExpect(jsonPath("$.status").value("REFERRED"));
    }

    @Test
    void an_unknown_applicant_must_be_registered_before_verification_and_may_be_declined() throws Exception {
        String code = FiscalCodes.random(LocalDate.of(1992, 2, 2), "F", "L219");
        String reference = JsonPath.read(apply(vacancy, code, anAddress(), null).andReturn().getResponse()
                .getContentAsString(), "$.reference");
        String queue = mvc.perform(get("/api/v1/applications").with(office.operator())).andReturn().getResponse()
                .getContentAsString();
        String application = JsonPath.<List<String>>read(queue, "$[?(@.reference == '" + reference + "')].id").get(0);
        mvc.perform(post("/api/v1/applications/" + application + "/verification").with(office.operator()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("personId"));
        mvc.perform(post("/api/v1/applications/" + application + "/decline").contentType(MediaType.APPLICATION_JSON)
                        .content("{}").with(office.operator()))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/applications/" + application + "/decline").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"Profilo non adatto\"}").with(office.operator()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DECLINED"));
        mvc.perform(get("/api/v1/applications").with(office.operator()))
                .andExpect(jsonPath("$[*].reference", not(hasItem(reference))));
    }

    @Test
    void where_to_go_lists_the_sites_with_their_services_without_login() throws Exception {
        String page = mvc.perform(get("/portal/where-to-go")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("CPI Torino - Sede di via Bologna").contains("Incontro domanda/offerta (A6)")
                .contains("href=\"/catalogue\"");
        mvc.perform(get("/portal").param("q", word)).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("/portal/vacancies/" + vacancy)));
    }
}
