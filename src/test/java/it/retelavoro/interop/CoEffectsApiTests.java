package it.retelavoro.interop;

import static it.retelavoro.desk.DeskFixtures.ALFA;
import static it.retelavoro.desk.DeskFixtures.CPI_TORINO;
import static it.retelavoro.desk.DeskFixtures.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import it.retelavoro.desk.DeskFixtures;
import it.retelavoro.monitoring.MonitoringScenario;
import it.retelavoro.pathway.DidEmploymentEffects;
import it.retelavoro.person.FiscalCodes;
import it.retelavoro.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Issue 15, part 1: what a Comunicazione Obbligatoria does beyond the work history, in the same transaction: the
 * referral of the worker to a vacancy of the same company becomes HIRED or is confirmed (6.4 and 10.3 by "fonte",
 * the records with the CO's code); the DID is suspended by a short contract and back in force at its cessation or
 * end, closed by a long or open-ended one; the CPI sees each change and reverses it; a hire an operator records
 * proposes the change, which the CPI confirms or dismisses.
 */
@IntegrationTest
class CoEffectsApiTests {

    static final RequestPostProcessor FLOWS = httpBasic("flussi.nazionali", "demo");
    static final RequestPostProcessor CPI_CUNEO = httpBasic("cpi.cuneo", "demo");
    static final LocalDate BIRTH = LocalDate.of(1990, 5, 20);

    @Autowired
    MockMvc mvc;

    @Autowired
    DidEmploymentEffects didEffects;

    DeskFixtures fixtures;
    String worker;
    String person;
    String company;
    String vacancy;
    String referral;

    /** A person of cpi.torino with a certified DID, a Patto and a PAI, referred today to a company of cpi.torino. */
    @BeforeEach
    void aPersonWithACertifiedDidReferredToACompany() throws Exception {
        fixtures = new DeskFixtures(mvc);
        worker = FiscalCodes.random(BIRTH, "M", "L219");
        person = read(json(post("/api/v1/persons"), """
                {"fiscalCode": "%s", "firstName": "Paolo", "lastName": "Esposito", "birthDate": "%s", "sex": "M",
                 "birthPlace": "L219", "citizenship": "IT", "residence": {"address": "Via Po 1", "comune": "L219"}}"""
                .formatted(worker, BIRTH), CPI_TORINO).andDo(CoEffectsApiTests::created), "$.id");
        json(post("/api/v1/persons/" + person + "/did"), """
                {"declaredOn": "%s", "channel": "CPI_COUNTER"}""".formatted(today().minusDays(5)), CPI_TORINO)
                .andDo(CoEffectsApiTests::created);
        json(post("/api/v1/persons/" + person + "/did/certification"), """
                {"certifiedOn": "%s"}""".formatted(today().minusDays(5)), CPI_TORINO).andExpect(status().isOk());
        fixtures.signPact(person);
        fixtures.signPlan(person, today().plusMonths(1));
        company = MonitoringScenario.vatNumber();
        String companyId = read(json(post("/api/v1/employers"), """
                {"fiscalCode": "%s", "name": "Officine Dora", "legalForm": "SRL", "ateco": "25.62.00",
                 "sizeClass": "SMALL", "comune": "L219", "address": "Corso Dora 10"}""".formatted(company), CPI_TORINO)
                .andDo(CoEffectsApiTests::created), "$.id");
        String sites = mvc.perform(get("/api/v1/organisations/" + read(mvc.perform(get("/api/v1/me")
                .with(CPI_TORINO)), "$.organisation.id") + "/sites").with(CPI_TORINO)).andReturn().getResponse()
                .getContentAsString();
        String site = JsonPath.<List<String>>read(sites, "$[?(@.name == 'CPI Torino - Sede di via Bologna')].id")
                .get(0);
        json(post("/api/v1/employers/" + companyId + "/deliveries"), """
                {"service": "B2", "mode": "INDIVIDUAL", "date": "%s", "minutes": 45, "siteId": "%s",
                 "outputs": {"pact": {"outcome": "SIGNED", "commitments": "Segnalare le vacancy entro 5 giorni",
                                      "plannedServices": ["B3", "B4"]}}}""".formatted(today(), site), CPI_TORINO)
                .andDo(CoEffectsApiTests::created);
        vacancy = read(json(post("/api/v1/employers/" + companyId + "/vacancies"), """
                {"title": "Saldatore", "description": "Saldatura a filo", "occupation": "2.1.1.4.1",
                 "positions": 2, "comune": "L219", "contractType": "FIXED_TERM", "hoursPerWeek": 40,
                 "published": true, "anonymous": false, "expiresOn": "%s"}""".formatted(today().plusMonths(2)),
                CPI_TORINO).andDo(CoEffectsApiTests::created), "$.id");
        referral = read(json(post("/api/v1/vacancies/" + vacancy + "/referrals"), """
                {"personId": "%s", "date": "%s", "minutes": 120}""".formatted(person, today()), CPI_TORINO)
                .andDo(CoEffectsApiTests::created), "$.id");
    }

    @Test
    void a_short_hire_makes_the_referral_hired_and_suspends_the_did_until_its_cessation() throws Exception {
        UniLavDocument hire = UniLavDocument.hire(company, worker, today(), today().plusMonths(3), "A.02.00", "F");
        send(hire);

        referralNow().andExpect(jsonPath("$.status").value("HIRED"))
                .andExpect(jsonPath("$.hireSource").value("CO")).andExpect(jsonPath("$.coCode").value(hire.code()))
                .andExpect(jsonPath("$.contractStart").value(today().toString()))
                .andExpect(jsonPath("$.contractType").value("FIXED_TERM"))
                .andExpect(jsonPath("$.history[-1].feedback").value("Comunicazione obbligatoria " + hire.code()));
        assertThat(didState()).isEqualTo("SUSPENDED");
        String change = onlyChange();
        mvc.perform(get("/api/v1/did-employment-changes/" + change).with(CPI_TORINO))
                .andExpect(jsonPath("$.kind").value("SUSPENSION")).andExpect(jsonPath("$.status").value("APPLIED"))
                .andExpect(jsonPath("$.source").value("CO")).andExpect(jsonPath("$.coCode").value(hire.code()))
                .andExpect(jsonPath("$.contractEnd").value(today().plusMonths(3).toString()))
                .andExpect(jsonPath("$.previousState").value("CERTIFIED"));
        // the list is the DID's CPI's: another CPI and an agency do not see it
        mvc.perform(get("/api/v1/did-employment-changes/" + change).with(CPI_CUNEO))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/did-employment-changes").with(ALFA)).andExpect(status().isForbidden());

        // the SAP's work experiences carry the employment the CO told
        mvc.perform(get("/api/v1/persons/" + person + "/sap").with(CPI_TORINO)).andExpect(status().isOk())
                .andExpect(jsonPath("$.workExperiences.employments.length()").value(1))
                .andExpect(jsonPath("$.workExperiences.employments[0].employerFiscalCode").value(company))
                .andExpect(jsonPath("$.workExperiences.employments[0].start").value(today().toString()))
                .andExpect(jsonPath("$.workExperiences.employments[0].contractType.code").value("A.02.00"));

        // 6.4 counts the hire by source CO, and its record names the CO
        assertThat(recordOf("6.4").get("coCodes")).isEqualTo(List.of(hire.code()));
        String bySource = mvc.perform(get("/api/v1/indicators").param("from", today().toString())
                .param("to", today().toString()).param("groupBy", "source").with(CPI_TORINO))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<Integer>>read(bySource, "$.groups[?(@.code == '6.4' && @.group.source == 'CO')]"
                + ".value")).singleElement().satisfies(value -> assertThat(value).isPositive());

        // the cessation puts the DID back in force
        send(UniLavDocument.cessation(company, worker, today(), today(), "LI"));
        assertThat(didState()).isEqualTo("CERTIFIED");
        mvc.perform(get("/api/v1/did-employment-changes/" + change).with(CPI_TORINO))
                .andExpect(jsonPath("$.status").value("ENDED"))
                .andExpect(jsonPath("$.endedOn").value(today().plusDays(1).toString()));
    }

    @Test
    void a_contract_planned_for_less_than_six_months_suspends_one_of_six_months_closes() throws Exception {
        UniLavDocument hire = UniLavDocument.hire(company, worker, today(), today().plusMonths(6).minusDays(1),
                "A.02.00", "F");
        send(hire);
        assertThat(didState()).isEqualTo("SUSPENDED");
        // rectified to six months: the suspension becomes a closure
        send(UniLavDocument.hire(company, worker, today(), today().plusMonths(6), "A.02.00", "F")
                .rectifying(hire.code()));
        assertThat(didState()).isEqualTo("REVOKED");
        mvc.perform(get("/api/v1/did-employment-changes/" + onlyChange()).with(CPI_TORINO))
                .andExpect(jsonPath("$.kind").value("CLOSURE")).andExpect(jsonPath("$.previousState")
                        .value("CERTIFIED"));
    }

    @Test
    void a_suspension_ends_the_night_after_the_contracts_end() throws Exception {
        send(UniLavDocument.hire(company, worker, today(), today().plusMonths(2), "A.02.00", "F"));
        assertThat(didState()).isEqualTo("SUSPENDED");
        // the night of the contract's last day the DID is still suspended; the night after, back in force
        didEffects.reinstateEndedSuspensions(today().plusMonths(2), 100_000);
        assertThat(didState()).isEqualTo("SUSPENDED");
        didEffects.reinstateEndedSuspensions(today().plusMonths(2).plusDays(1), 100_000);
        assertThat(didState()).isEqualTo("CERTIFIED");
        mvc.perform(get("/api/v1/did-employment-changes/" + onlyChange()).with(CPI_TORINO))
                .andExpect(jsonPath("$.status").value("ENDED"));
    }

    @Test
    void an_extension_beyond_six_months_turns_the_suspension_into_a_closure_and_a_cancellation_undoes_both()
            throws Exception {
        UniLavDocument hire = UniLavDocument.hire(company, worker, today(), today().plusMonths(5), "A.02.00", "F");
        send(hire);
        assertThat(didState()).isEqualTo("SUSPENDED");
        UniLavDocument extension = UniLavDocument.extension(company, worker, today(), today().plusMonths(9));
        send(extension);
        assertThat(didState()).isEqualTo("REVOKED");
        String change = onlyChange();
        mvc.perform(get("/api/v1/did-employment-changes/" + change).with(CPI_TORINO))
                .andExpect(jsonPath("$.kind").value("CLOSURE")).andExpect(jsonPath("$.coCode").value(extension.code()));

        // the extension cancelled: a short contract again, the DID suspended again
        send(extension.cancellation());
        assertThat(didState()).isEqualTo("SUSPENDED");
        // the hire cancelled: nothing of the job is left, the DID is back in force and the referral as it was
        send(hire.cancellation());
        assertThat(didState()).isEqualTo("CERTIFIED");
        referralNow().andExpect(jsonPath("$.status").value("SENT")).andExpect(jsonPath("$.coCode").doesNotExist());
        mvc.perform(get("/api/v1/did-employment-changes").param("status", "APPLIED").with(CPI_TORINO))
                .andExpect(jsonPath("$.content[?(@.personId == '" + person + "')]").isEmpty());
    }

    @Test
    void the_changes_are_paged_with_the_guidelines_names_too() throws Exception {
        // issue 18: limit and offset, the names the interoperability guidelines recommend, beside size and page
        mvc.perform(get("/api/v1/did-employment-changes").param("limit", "1").param("offset", "2").with(CPI_TORINO))
                .andExpect(status().isOk()).andExpect(jsonPath("$.size").value(1))
                .andExpect(jsonPath("$.page").value(2));
        mvc.perform(get("/api/v1/did-employment-changes").param("size", "3").param("page", "1").with(CPI_TORINO))
                .andExpect(status().isOk()).andExpect(jsonPath("$.size").value(3))
                .andExpect(jsonPath("$.page").value(1));
        mvc.perform(get("/api/v1/did-employment-changes").param("limit", "2").param("offset", "3").with(CPI_TORINO))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("offset"));
    }

    @Test
    void an_operator_hire_proposes_the_closure_a_co_then_confirms_and_the_cpi_reverses_it() throws Exception {
        outcome("SELECTED", null);
        outcome("HIRED", "PERMANENT");
        assertThat(didState()).isEqualTo("CERTIFIED");
        String proposal = onlyChange();
        mvc.perform(get("/api/v1/did-employment-changes/" + proposal).with(CPI_TORINO))
                .andExpect(jsonPath("$.status").value("PROPOSED")).andExpect(jsonPath("$.kind").value("CLOSURE"))
                .andExpect(jsonPath("$.source").value("REFERRAL")).andExpect(jsonPath("$.referralId").value(referral));
        referralNow().andExpect(jsonPath("$.hireSource").value("OPERATOR"));

        UniLavDocument hire = UniLavDocument.hire(company, worker, today(), null, "A.01.00", "F");
        send(hire);
        referralNow().andExpect(jsonPath("$.status").value("HIRED")).andExpect(jsonPath("$.hireSource").value("CO"))
                .andExpect(jsonPath("$.coCode").value(hire.code()))
                .andExpect(jsonPath("$.history.length()").value(3));
        assertThat(didState()).isEqualTo("REVOKED");
        mvc.perform(get("/api/v1/did-employment-changes/" + proposal).with(CPI_TORINO))
                .andExpect(jsonPath("$.status").value("SUPERSEDED"));
        String closure = JsonPath.<List<String>>read(changes(), "$.content[?(@.personId == '" + person
                + "' && @.status == 'APPLIED')].id").get(0);

        // the CPI reverses the closure: the income is under the thresholds
        mvc.perform(post("/api/v1/did-employment-changes/" + closure + "/reversal")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \" \"}").with(CPI_TORINO))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(post("/api/v1/did-employment-changes/" + closure + "/reversal")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"Reddito annuo sotto la soglia\"}").with(CPI_CUNEO))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/did-employment-changes/" + closure + "/reversal")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"Reddito annuo sotto la soglia\"}").with(CPI_TORINO))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("REVERSED"))
                .andExpect(jsonPath("$.reason").value("Reddito annuo sotto la soglia"));
        assertThat(didState()).isEqualTo("CERTIFIED");
        // a later communication of the same job does not apply again what the CPI reversed
        send(hire.rectifying(hire.code()));
        assertThat(didState()).isEqualTo("CERTIFIED");

        // the CO cancelled: the operator's hire stands, no longer confirmed
        send(hire.cancellation());
        referralNow().andExpect(jsonPath("$.status").value("HIRED"))
                .andExpect(jsonPath("$.hireSource").value("OPERATOR")).andExpect(jsonPath("$.coCode").doesNotExist());
    }

    @Test
    void the_cpi_confirms_or_dismisses_what_an_operator_hire_proposes() throws Exception {
        outcome("SELECTED", null);
        outcome("HIRED", "FIXED_TERM");
        String proposal = onlyChange();
        mvc.perform(post("/api/v1/did-employment-changes/" + proposal + "/confirmation").with(ALFA))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/did-employment-changes/" + proposal + "/confirmation").with(CPI_TORINO))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPLIED"))
                .andExpect(jsonPath("$.kind").value("SUSPENSION"));
        assertThat(didState()).isEqualTo("SUSPENDED");
        mvc.perform(post("/api/v1/did-employment-changes/" + proposal + "/confirmation").with(CPI_TORINO))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/v1/did-employment-changes/" + proposal + "/reversal")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"Errore\"}").with(CPI_TORINO))
                .andExpect(status().isOk());
        assertThat(didState()).isEqualTo("CERTIFIED");

        // a second person whose proposal the CPI dismisses, through the pages
        String other = fixtures.person(CPI_TORINO, "Greco", "Luca");
        json(post("/api/v1/persons/" + other + "/did"), """
                {"declaredOn": "%s", "channel": "CPI_COUNTER"}""".formatted(today()), CPI_TORINO);
        json(post("/api/v1/persons/" + other + "/did/certification"), "{}", CPI_TORINO);
        fixtures.signPact(other);
        fixtures.signPlan(other, today().plusMonths(1));
        String secondReferral = read(json(post("/api/v1/vacancies/" + vacancy + "/referrals"), """
                {"personId": "%s", "date": "%s", "minutes": 120}""".formatted(other, today()), CPI_TORINO)
                .andDo(CoEffectsApiTests::created), "$.id");
        referral = secondReferral;
        outcome("SELECTED", null);
        outcome("HIRED", "PERMANENT");
        String dismissed = JsonPath.<List<String>>read(changes(), "$.content[?(@.personId == '" + other
                + "')].id").get(0);
        String refused = mvc.perform(post("/did-employment-changes/" + dismissed + "/dismissal").param("reason", "")
                        .with(CPI_TORINO).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("aria-invalid=\"true\"").doesNotContain("??");
        mvc.perform(post("/did-employment-changes/" + dismissed + "/dismissal")
                        .param("reason", "Contratto di due settimane").with(CPI_TORINO).with(csrf()))
                .andExpect(status().isFound());
        String page = mvc.perform(get("/did-employment-changes/" + dismissed).with(CPI_TORINO))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Respinto dal CPI").contains("Contratto di due settimane").doesNotContain("??");
        String list = mvc.perform(get("/did-employment-changes").with(CPI_TORINO)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(list).contains("Greco Luca").contains("Chiusura per occupazione").doesNotContain("??");
        mvc.perform(get("/api/v1/persons/" + other + "/did").with(CPI_TORINO))
                .andExpect(jsonPath("$.state").value("CERTIFIED"));
    }

    @Test
    void a_hire_by_another_company_or_beyond_120_days_from_the_referral_leaves_the_referral_alone()
            throws Exception {
        String elsewhere = UniLavDocument.newEmployer();
        send(UniLavDocument.hire(elsewhere, worker, today(), today().plusMonths(2), "A.02.00", "F"));
        referralNow().andExpect(jsonPath("$.status").value("SENT"));
        // the short job elsewhere still suspends the DID
        assertThat(didState()).isEqualTo("SUSPENDED");
        // the same company, 121 days after the referral: beyond the 120 days
        send(UniLavDocument.hire(company, worker, today().plusDays(121), null, "A.01.00", "F"));
        referralNow().andExpect(jsonPath("$.status").value("SENT"));
        // the open-ended one closes it
        assertThat(didState()).isEqualTo("REVOKED");
        assertThat(JsonPath.<List<String>>read(changes(), "$.content[?(@.personId == '" + person + "')].kind"))
                .containsExactly("CLOSURE", "SUSPENSION");
        // the short job extended beyond six months once the DID is closed: applied, the DID stays closed
        send(UniLavDocument.extension(elsewhere, worker, today(), today().plusMonths(9)));
        assertThat(didState()).isEqualTo("REVOKED");
        assertThat(JsonPath.<List<String>>read(changes(), "$.content[?(@.personId == '" + person + "')].kind"))
                .containsExactly("CLOSURE", "CLOSURE");
    }

    @Test
    void two_short_jobs_at_once_keep_the_did_suspended_until_both_ended() throws Exception {
        String first = UniLavDocument.newEmployer();
        String second = UniLavDocument.newEmployer();
        send(UniLavDocument.hire(first, worker, today(), today().plusMonths(2), "A.02.00", "P"));
        send(UniLavDocument.hire(second, worker, today(), today().plusMonths(3), "A.02.00", "P"));
        assertThat(didState()).isEqualTo("SUSPENDED");
        send(UniLavDocument.cessation(first, worker, today(), today(), "LI"));
        assertThat(didState()).isEqualTo("SUSPENDED");
        send(UniLavDocument.cessation(second, worker, today(), today(), "LI"));
        assertThat(didState()).isEqualTo("CERTIFIED");
    }

    @Test
    void the_co_of_a_job_whose_proposal_the_cpi_confirmed_takes_the_change_over_and_its_cessation_ends_it()
            throws Exception {
        outcome("SELECTED", null);
        outcome("HIRED", "FIXED_TERM");
        String change = onlyChange();
        mvc.perform(post("/api/v1/did-employment-changes/" + change + "/confirmation").with(CPI_TORINO))
                .andExpect(status().isOk());
        assertThat(didState()).isEqualTo("SUSPENDED");
        UniLavDocument hire = UniLavDocument.hire(company, worker, today(), today().plusMonths(3), "A.02.00", "F");
        send(hire);
        referralNow().andExpect(jsonPath("$.coCode").value(hire.code()));
        assertThat(onlyChange()).isEqualTo(change);
        mvc.perform(get("/api/v1/did-employment-changes/" + change).with(CPI_TORINO))
                .andExpect(jsonPath("$.status").value("APPLIED")).andExpect(jsonPath("$.coCode").value(hire.code()))
                .andExpect(jsonPath("$.contractEnd").value(today().plusMonths(3).toString()));
        send(UniLavDocument.cessation(company, worker, today(), today(), "LI"));
        assertThat(didState()).isEqualTo("CERTIFIED");
        mvc.perform(get("/api/v1/did-employment-changes/" + change).with(CPI_TORINO))
                .andExpect(jsonPath("$.status").value("ENDED"));
    }

    private void outcome(String status, String contractType) throws Exception {
        String body = contractType == null ? "{\"status\": \"%s\", \"date\": \"%s\"}".formatted(status, today())
                : """
                {"status": "%s", "date": "%s", "contractStart": "%s", "contractType": "%s"}"""
                .formatted(status, today(), today(), contractType);
        json(post("/api/v1/referrals/" + referral + "/outcome"), body, CPI_TORINO).andExpect(status().isOk());
    }

    private ResultActions referralNow() throws Exception {
        return mvc.perform(get("/api/v1/referrals/" + referral).with(CPI_TORINO)).andExpect(status().isOk());
    }

    /** The state of the person's DID (the last one). */
    private String didState() throws Exception {
        return read(mvc.perform(get("/api/v1/persons/" + person + "/did").with(CPI_TORINO))
                .andExpect(status().isOk()), "$.state");
    }

    private String changes() throws Exception {
        return mvc.perform(get("/api/v1/did-employment-changes").param("size", "200").with(CPI_TORINO))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** The one change about the person. */
    private String onlyChange() throws Exception {
        List<String> ids = JsonPath.read(changes(), "$.content[?(@.personId == '" + person + "')].id");
        assertThat(ids).hasSize(1);
        return ids.get(0);
    }

    /** The person's record behind an indicator today, once monitoring has it with a CO code. */
    private Map<String, Object> recordOf(String code) throws Exception {
        Instant deadline = Instant.now().plusSeconds(30);
        while (true) {
            String records = mvc.perform(get("/api/v1/indicators/" + code + "/records")
                    .param("from", today().toString()).param("to", today().toString()).with(CPI_TORINO))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            List<Map<String, Object>> found = JsonPath.read(records, "$[?(@.subjectId == '" + person + "')]");
            if (!found.isEmpty() && !((List<?>) found.get(0).get("coCodes")).isEmpty()
                    || Instant.now().isAfter(deadline)) {
                assertThat(found).hasSize(1);
                return found.get(0);
            }
            Thread.sleep(100);
        }
    }

    private void send(UniLavDocument document) throws Exception {
        mvc.perform(post("/api/v1/co/communications").contentType(MediaType.APPLICATION_XML)
                        .content(document.bytes()).with(FLOWS))
                .andExpect(status().isOk()).andExpect(jsonPath("$.refused").value(0));
    }

    private ResultActions json(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
            String body, RequestPostProcessor who) throws Exception {
        return mvc.perform(request.contentType(MediaType.APPLICATION_JSON).content(body).with(who));
    }

    private static void created(org.springframework.test.web.servlet.MvcResult result) throws Exception {
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(201);
    }

    private static String read(ResultActions result, String path) throws Exception {
        return JsonPath.read(result.andReturn().getResponse().getContentAsString(), path);
    }
}
