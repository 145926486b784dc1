package it.retelavoro.citizen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import it.retelavoro.matching.MatchingScenario;
import it.retelavoro.matching.MatchingScenario.Protected;
import it.retelavoro.monitoring.MonitoringScenario.Organisation;
import it.retelavoro.person.FiscalCodes;
import it.retelavoro.support.IntegrationTest;
import it.retelavoro.support.OidcFlow;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The person's own area (issue 17, point 2): a person registered by an agency logs in with SPID and reads their data,
 * their Patto as PDF, withdraws the consent to matching (and is out of the vacancy's candidates at once), downloads
 * everything (the file read back equals the API's answer) and sees who accessed their record, without names.
 */
@IntegrationTest
class CitizenAreaTests {

    private static final org.springframework.test.web.servlet.request.RequestPostProcessor CPI_TORINO =
            org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic(
                    "cpi.torino", "demo");

    private static final String PROFILE = MatchingScenario.profile("5.1.2.2.0", LocalDate.of(2019, 1, 1),
            LocalDate.of(2023, 1, 1), "vendita al banco", "", "", "FULL_TIME");

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    MatchingScenario scenario;
    Organisation agency;
    String person;
    String fiscalCode;

    @BeforeEach
    void aPersonInChargeOfAnAgency() throws Exception {
        scenario = new MatchingScenario(mvc);
        agency = scenario.organisation();
        person = scenario.proposable(agency, Protected.plain(), "L219", null, PROFILE);
        fiscalCode = JsonPath.read(mvc.perform(get("/api/v1/persons/" + person).with(agency.operator()))
                .andReturn().getResponse().getContentAsString(), "$.fiscalCode");
    }

    @Test
    void theAreaShowsTheRecordThePathwayAndWhoHasThemInCharge() {
        OidcFlow browser = new OidcFlow(port).asCitizen(fiscalCode, "Candida", "Prova");

        String page = browser.get("/me").body();

        assertThat(page).contains(fiscalCode).contains("Candida Prova").contains("Via Po 1")
                .contains("Servizi Incrocio").contains("Patto di servizio del").contains("Bilancio di competenze")
                .contains("Proposte di lavoro da tutta la rete");
    }

    @Test
    void theWorkHistoryOfTheComunicazioniObbligatorieIsInTheArea() throws Exception {
        it.retelavoro.interop.UniLavDocument hire = it.retelavoro.interop.UniLavDocument.hire(
                it.retelavoro.interop.UniLavDocument.newEmployer(), fiscalCode, LocalDate.of(2024, 3, 4),
                LocalDate.of(2024, 9, 3), "A.02.00", "F");
        mvc.perform(post("/api/v1/co/communications").contentType(MediaType.APPLICATION_XML).content(hire.bytes())
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .httpBasic("flussi.nazionali", "demo")))
                .andExpect(status().isOk());
        OidcFlow browser = new OidcFlow(port).asCitizen(fiscalCode, "Candida", "Prova");

        assertThat(browser.get("/me").body()).contains("data-testid=\"citizen-work-history\"").contains("04/03/2024");
        String export = browser.get("/api/v1/citizen/export").body();
        assertThat(JsonPath.<List<String>>read(export, "$.employments[*].startDate")).containsExactly("2024-03-04");
        assertThat(text(browser.bytes("/me/export.pdf").body())).contains("I tuoi rapporti di lavoro")
                .contains("04/03/2024");
    }

    @Test
    void theCitizenOpensTheirPattoAsPdf() throws Exception {
        OidcFlow browser = new OidcFlow(port).asCitizen(fiscalCode, "Candida", "Prova");

        HttpResponse<byte[]> pdf = browser.bytes("/me/pact.pdf");

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(text(pdf.body())).contains(fiscalCode).contains("Ogni 30 giorni");
    }

    @Test
    void withdrawingTheConsentToMatchingTakesThemOutOfTheCandidatesAtOnce() throws Exception {
        String company = scenario.company(agency);
        String vacancy = scenario.vacancy(agency, company, "Commesso", "5.1.2.2.0", "L219", "{}", true, false);
        assertThat(candidates(vacancy)).contains(person);
        OidcFlow browser = new OidcFlow(port).asCitizen(fiscalCode, "Candida", "Prova");
        assertThat(browser.get("/me").body()).contains("data-testid=\"citizen-matches\"").contains("Commesso")
                .contains("/portal/vacancies/" + vacancy);

        HttpResponse<String> done = browser.post("/me/consents", "/me", "purpose=MATCHING&given=false");

        assertThat(OidcFlow.location(done).getPath()).isEqualTo("/me");
        assertThat(candidates(vacancy)).doesNotContain(person);
        String page = browser.get("/me").body();
        assertThat(page).contains("Consenso revocato").contains("La mia area")
                .contains("citizen-matches-no-consent").doesNotContain("/portal/vacancies/" + vacancy);

        HttpResponse<String> given = browser.json("PUT", "/api/v1/citizen/consents",
                "[{\"purpose\": \"MATCHING\", \"given\": true}, {\"purpose\": \"CONTACT_SMS\", \"given\": true}]");
        assertThat(given.statusCode()).as(given.body()).isEqualTo(200);
        assertThat(JsonPath.<List<Boolean>>read(given.body(), "$[?(@.purpose == 'MATCHING')].given")).containsExactly(true);
        assertThat(JsonPath.<List<String>>read(given.body(), "$[?(@.purpose == 'CONTACT_SMS')].channel"))
                .containsExactly("CITIZEN_AREA");
        assertThat(candidates(vacancy)).contains(person);
        String history = browser.get("/api/v1/citizen/export").body();
        assertThat(JsonPath.<List<Object>>read(history, "$.consentHistory")).hasSize(3);
        assertThat(JsonPath.<String>read(history, "$.consentHistory[2].textVersion")).isEqualTo("2026-12");
    }

    @Test
    void anOperatorsChangeAtTheDeskIsInTheHistoryToo() throws Exception {
        String version = mvc.perform(get("/api/v1/persons/" + person).with(agency.operator())).andReturn()
                .getResponse().getHeader("ETag");
        mvc.perform(put("/api/v1/persons/" + person).with(agency.operator()).header("If-Match", version)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"residence": {"address": "Via Po 1", "comune": "L219"}, "matchingConsent": false,
                                 "profile": %s}""".formatted(PROFILE)))
                .andExpect(status().isOk());
        OidcFlow browser = new OidcFlow(port).asCitizen(fiscalCode, "Candida", "Prova");

        String export = browser.get("/api/v1/citizen/export").body();

        assertThat(JsonPath.<List<String>>read(export, "$.consentHistory[*].channel")).containsExactly("OPERATOR");
        assertThat(JsonPath.<List<Boolean>>read(export, "$.consents[?(@.purpose == 'MATCHING')].given"))
                .containsExactly(false);
    }

    @Test
    void aRequestOfRectificationReachesTheOrganisationInChargeAndItsAnswerTheCitizen() throws Exception {
        OidcFlow browser = new OidcFlow(port).asCitizen(fiscalCode, "Candida", "Prova");

        HttpResponse<String> asked = browser.json("POST", "/api/v1/citizen/rectification-requests",
                "{\"field\": \"RESIDENCE\", \"proposedValue\": \"Via Garibaldi 3, Torino\", \"note\": \"trasloco\"}");

        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(201);
        String id = JsonPath.read(asked.body(), "$.id");
        String queue = mvc.perform(get("/api/v1/rectification-requests").with(agency.operator()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(queue, "$[*].id")).contains(id);
        assertThat(mvc.perform(get("/api/v1/rectification-requests").with(CPI_TORINO)).andReturn().getResponse()
                .getContentAsString()).doesNotContain(id);
        mvc.perform(post("/api/v1/rectification-requests/" + id + "/answer").with(CPI_TORINO)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"accepted\": true, \"reason\": \"x\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/rectification-requests/" + id + "/answer").with(agency.operator())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"accepted\": true}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/rectification-requests/" + id + "/answer").with(agency.operator())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"accepted\": true, \"reason\": \"Residenza aggiornata sulla scheda\"}"))
                .andExpect(status().isOk());

        String export = browser.get("/api/v1/citizen/export").body();
        assertThat(JsonPath.<List<String>>read(export, "$.rectifications[*].state")).containsExactly("ACCEPTED");
        assertThat(browser.get("/me").body()).contains("Accolta").contains("Residenza aggiornata sulla scheda");
    }

    @Test
    void aRequestOfRectificationFollowsThePersonTransferredToAnotherOrganisation() throws Exception {
        OidcFlow browser = new OidcFlow(port).asCitizen(fiscalCode, "Candida", "Prova");
        String id = JsonPath.read(browser.json("POST", "/api/v1/citizen/rectification-requests",
                "{\"field\": \"PHONE\", \"proposedValue\": \"3331112222\"}").body(), "$.id");
        String torino = JsonPath.read(mvc.perform(get("/api/v1/me").with(CPI_TORINO)).andReturn().getResponse()
                .getContentAsString(), "$.organisation.id");

        mvc.perform(post("/api/v1/persons/" + person + "/transfer").with(agency.operator())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"toOrganisationId\": \"%s\", \"reason\": \"Trasferimento\"}".formatted(torino)))
                .andExpect(status().isOk());

        assertThat(mvc.perform(get("/api/v1/rectification-requests").with(agency.operator())).andReturn()
                .getResponse().getContentAsString()).doesNotContain(id);
        assertThat(mvc.perform(get("/api/v1/rectification-requests").with(CPI_TORINO)).andReturn().getResponse()
                .getContentAsString()).contains(id);
        mvc.perform(post("/api/v1/rectification-requests/" + id + "/answer").with(agency.operator())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"accepted\": false, \"reason\": \"x\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void anOmocodeIsAnotherPersonAndFindsNoRecord() {
        // the registry holds the base code; an omocode was issued to someone else with the same base
        String base = fiscalCode;
        char[] chars = base.toCharArray();
        chars[14] = "LMNPQRSTUV".charAt(chars[14] - '0');
        String first15 = new String(chars, 0, 15);
        String omocode = first15 + it.retelavoro.person.FiscalCode.checkCharacter(first15);

        OidcFlow browser = new OidcFlow(port).asCitizen(omocode, "Altra", "Persona");

        assertThat(browser.get("/me").body()).contains("Non risulti ancora registrato").doesNotContain(base);
        assertThat(browser.bytes("/me/pact.pdf").statusCode()).isEqualTo(404);
    }

    @Test
    void aRequestOfRectificationWithoutAValueShowsItsError() {
        OidcFlow browser = new OidcFlow(port).asCitizen(fiscalCode, "Candida", "Prova");

        HttpResponse<String> page = browser.post("/me/rectification-requests", "/me", "field=PHONE&proposedValue=");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Scrivi il valore corretto.").contains("aria-invalid=\"true\"");
    }

    @Test
    void theCitizenSeesTheirApplicationsAndErasesThoseNotReferred() throws Exception {
        String vacancy = scenario.vacancy(agency, scenario.company(agency), "Magazziniere", "5.1.2.2.0", "L219", "{}",
                true, false);
        java.util.UUID received = application(vacancy, "RECEIVED");
        java.util.UUID referred = application(vacancy, "REFERRED");
        OidcFlow browser = new OidcFlow(port).asCitizen(fiscalCode, "Candida", "Prova");
        assertThat(browser.get("/me").body()).contains("Magazziniere").contains("resta come atto del servizio");

        assertThat(browser.json("DELETE", "/api/v1/citizen/applications/" + referred, "").statusCode()).isEqualTo(400);
        assertThat(browser.json("DELETE", "/api/v1/citizen/applications/" + received, "").statusCode()).isEqualTo(204);

        String export = browser.get("/api/v1/citizen/export").body();
        assertThat(JsonPath.<List<String>>read(export, "$.applications[*].status")).containsExactly("REFERRED");
        assertThat(text(browser.bytes("/me/export.pdf").body())).contains("Le tue candidature").contains("Magazziniere");
        assertThat(jdbc.sql("select count(*) from portal_application where id = :id").param("id", received)
                .query(Long.class).single()).isZero();
    }

    @Test
    void erasingTheConsentsWithdrawsThemAllAndDeletesTheirHistory() throws Exception {
        String company = scenario.company(agency);
        String vacancy = scenario.vacancy(agency, company, "Cassiere", "5.1.2.2.0", "L219", "{}", true, false);
        OidcFlow browser = new OidcFlow(port).asCitizen(fiscalCode, "Candida", "Prova");
        browser.json("PUT", "/api/v1/citizen/consents", "[{\"purpose\": \"CONTACT_EMAIL\", \"given\": true}]");

        HttpResponse<String> erased = browser.post("/me/consents/erase", "/me", "");

        assertThat(OidcFlow.location(erased).getPath()).isEqualTo("/me");
        String export = browser.get("/api/v1/citizen/export").body();
        assertThat(JsonPath.<List<Object>>read(export, "$.consentHistory")).isEmpty();
        assertThat(JsonPath.<List<Boolean>>read(export, "$.consents[*].given")).containsOnly(false);
        assertThat(candidates(vacancy)).doesNotContain(person);
        assertThat(browser.get("/me").body()).contains("non si cancellano su richiesta");
    }

    private java.util.UUID application(String vacancy, String status) {
        java.util.UUID id = java.util.UUID.randomUUID();
        jdbc.sql("""
                insert into portal_application (id, reference, vacancy_id, organisation_id, fiscal_code, first_name,
                    last_name, cv_text, privacy_accepted_at, submitted_at, status, version)
                values (:id, :reference, :vacancy, :organisation, :code, 'Candida', 'Prova', 'cv', now(), now(),
                    :status, 0)""")
                .param("id", id).param("reference", "T-" + id.toString().substring(0, 12))
                .param("vacancy", java.util.UUID.fromString(vacancy))
                .param("organisation", java.util.UUID.fromString(agency.id())).param("code", fiscalCode)
                .param("status", status).update();
        return id;
    }

    @Test
    void aChangeWithoutTheSessionsCsrfTokenIsRefused() {
        OidcFlow browser = new OidcFlow(port).asCitizen(fiscalCode, "Candida", "Prova");
        assertThat(browser.get("/api/v1/citizen/me").statusCode()).isEqualTo(200);
        HttpResponse<String> forged = browser.jsonWithoutCsrf("PUT", "/api/v1/citizen/consents",
                "[{\"purpose\": \"MATCHING\", \"given\": false}]");
        assertThat(forged.statusCode()).isEqualTo(403);
    }

    @Test
    void theDownloadReadBackIsWhatTheApiAnswers() throws Exception {
        OidcFlow browser = new OidcFlow(port).asCitizen(fiscalCode, "Candida", "Prova");

        HttpResponse<String> file = browser.get("/me/export.json");
        String api = browser.get("/api/v1/citizen/export").body();

        assertThat(file.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment");
        Map<String, Object> downloaded = JsonPath.read(file.body(), "$");
        Map<String, Object> answered = JsonPath.read(api, "$");
        downloaded.remove("exportedAt");
        answered.remove("exportedAt");
        // the citizen's own reads are not in their access log: both answers list the same accesses
        assertThat(downloaded).isEqualTo(answered);
        assertThat(JsonPath.<String>read(file.body(), "$.registry.fiscalCode")).isEqualTo(fiscalCode);
        assertThat(JsonPath.<List<Object>>read(file.body(), "$.services")).hasSize(2);
        assertThat(JsonPath.<String>read(file.body(), "$.pacts[0].meetingFrequency")).isEqualTo("Ogni 30 giorni");

        HttpResponse<byte[]> pdf = browser.bytes("/me/export.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(text(pdf.body())).contains(fiscalCode).contains("Anagrafica").contains("Patto di servizio del")
                .contains("Proposte di lavoro da tutta la rete");
    }

    @Test
    void theAccessLogNamesTheOrganisationAndRoleNeverTheOperator() throws Exception {
        mvc.perform(get("/api/v1/persons/" + person).with(agency.operator())).andExpect(status().isOk());
        OidcFlow browser = new OidcFlow(port).asCitizen(fiscalCode, "Candida", "Prova");

        String log = browser.get("/api/v1/citizen/access-log").body();
        String page = browser.get("/me/access-log").body();

        assertThat(JsonPath.<List<String>>read(log, "$[*].action")).contains("PERSON_READ", "PERSON_CREATE");
        assertThat(JsonPath.<List<String>>read(log, "$[*].role")).containsOnly("OPERATOR");
        assertThat(JsonPath.<List<String>>read(log, "$[*].organisation")).allSatisfy(name ->
                assertThat(name).startsWith("Servizi Incrocio"));
        assertThat(log).doesNotContain(scenario.lastUsername());
        assertThat(page).contains("Servizi Incrocio").contains("Operatore").doesNotContain(scenario.lastUsername());
    }

    @Test
    void aCitizenWithNoRecordSeesWhereToGoAndHasNoConsentsToChange() {
        OidcFlow browser = new OidcFlow(port).asCitizen(
                FiscalCodes.random(LocalDate.of(1999, 9, 9), "M", "L219"), "Nuovo", "Utente");

        assertThat(browser.get("/me").body()).contains("Non risulti ancora registrato").contains("/portal/where-to-go");
        HttpResponse<String> refused = browser.json("PUT", "/api/v1/citizen/consents",
                "[{\"purpose\": \"MATCHING\", \"given\": true}]");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(browser.get("/api/v1/citizen/access-log").body()).isEqualTo("[]");
    }

    @Test
    void withoutALoginTheAreaAndItsApiAreClosed() {
        OidcFlow anonymous = new OidcFlow(port);
        assertThat(OidcFlow.location(anonymous.get("/me")).getPath()).isEqualTo("/login");
        assertThat(anonymous.get("/api/v1/citizen/me").statusCode()).isEqualTo(401);
        assertThat(anonymous.bytes("/me/pact.pdf").statusCode()).isIn(302, 401);
    }

    private List<String> candidates(String vacancy) throws Exception {
        String body = mvc.perform(get("/api/v1/vacancies/" + vacancy + "/candidates").param("limit", "200")
                        .param("own", "true").with(agency.operator()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$[*].personId");
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
