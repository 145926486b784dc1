package it.retelavoro.employer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
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
import it.retelavoro.catalogue.ServiceCode;
import it.retelavoro.employer.EmployerEvents.CompanyPactSigned;
import it.retelavoro.employer.EmployerEvents.EmployerRegistered;
import it.retelavoro.employer.EmployerEvents.EmployerServiceDelivered;
import it.retelavoro.employer.EmployerEvents.VacancyRegistered;
import it.retelavoro.employer.EmployerEvents.VacancyStateChanged;
import it.retelavoro.network.NetworkManagement;
import it.retelavoro.network.Site;
import it.retelavoro.support.IntegrationTest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@IntegrationTest
@RecordApplicationEvents
class EmployerApiTests {

    static final String TORINO_MAIN = "CPI Torino - Sede di via Bologna";
    static final String MONCALIERI = "CPI Torino - Sportello di Moncalieri";

    @Autowired
    MockMvc mvc;

    @Autowired
    NetworkManagement network;

    @Autowired
    Clock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    // --- fixtures ------------------------------------------------------------------------------------

    LocalDate today() {
        return LocalDate.now(clock);
    }

    String site(String username, String name) {
        return network.findUserByUsername(username).orElseThrow().sites().stream()
                .map(id -> network.findSite(id).orElseThrow())
                .filter(site -> site.name().equals(name)).map(Site::id).findFirst().orElseThrow().toString();
    }

    String torinoSite() {
        return site("cpi.torino", TORINO_MAIN);
    }

    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    ResultActions postJson(String path, String body, String user) throws Exception {
        return mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(body)
                .with(httpBasic(user, "demo")));
    }

    String register(String fiscalCode, String name, String user) throws Exception {
        String body = postJson("/api/v1/employers", """
                {"fiscalCode": "%s", "name": "%s", "legalForm": "SRL", "ateco": "62.01.00", "sizeClass": "SMALL",
                 "comune": "L219", "address": "Via Roma 1",
                 "sites": [{"comune": "G674", "address": "Corso Torino 10"}],
                 "contacts": [{"name": "Anna Bianchi", "role": "HR", "phone": "011 123456", "email": "anna@example.it"}]}
                """.formatted(fiscalCode, name), user)
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    String aCompany() throws Exception {
        return register(EmployerFixtures.aVatNumber(), unique("Impresa"), "cpi.torino");
    }

    ResultActions deliver(String employer, String body) throws Exception {
        return postJson("/api/v1/employers/" + employer + "/deliveries", body, "cpi.torino");
    }

    ResultActions b1(String employer, LocalDate date, int minutes, Boolean interest) throws Exception {
        return deliver(employer, """
                {"service": "B1", "mode": "INDIVIDUAL", "date": "%s", "minutes": %d, "siteId": "%s",
                 "place": "AT_COMPANY", "needs": "Due sviluppatori", "outputs": {"interest": %s}}"""
                .formatted(date, minutes, torinoSite(), interest));
    }

    ResultActions b2(String employer, LocalDate date, String outcome) throws Exception {
        return deliver(employer, """
                {"service": "B2", "mode": "INDIVIDUAL", "date": "%s", "minutes": 45, "siteId": "%s",
                 "outputs": {"pact": {"outcome": "%s", "commitments": "Segnalare le vacancy entro 5 giorni",
                                      "plannedServices": ["B3", "B4"]}}}"""
                .formatted(date, torinoSite(), outcome));
    }

    ResultActions b3(String employer, LocalDate date, String siteId) throws Exception {
        return deliver(employer, """
                {"service": "B3", "mode": "INDIVIDUAL", "date": "%s", "minutes": 60, "siteId": "%s",
                 "outputs": {"topics": ["HIRING_INCENTIVES", "INTERNSHIPS"]}}""".formatted(date, siteId));
    }

    ResultActions b4(String employer, String mode, String vacancy) throws Exception {
        return deliver(employer, """
                {"service": "B4", "mode": "%s", "date": "%s", "minutes": 90, "siteId": "%s",
                 "outputs": {"vacancyId": "%s"}}""".formatted(mode, today(), torinoSite(), vacancy));
    }

    String aVacancy(String employer) throws Exception {
        String body = postJson("/api/v1/employers/" + employer + "/vacancies", """
                {"title": "Sviluppatore Java", "description": "Sviluppo di servizi web", "occupation": "2.1.1.4.1",
                 "positions": 2, "comune": "L219", "contractType": "PERMANENT", "hoursPerWeek": 40,
                 "requirements": {"educationLevel": "LM", "experienceMonths": 24,
                                  "languages": [{"language": "en", "level": "B2"}],
                                  "drivingLicences": ["B"], "skills": ["Java", "SQL"]},
                 "published": true, "anonymous": false, "expiresOn": "%s"}""".formatted(today().plusMonths(2)),
                "cpi.torino")
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    String aCompanyWithSignedPact() throws Exception {
        String employer = aCompany();
        b2(employer, today(), "SIGNED").andExpect(status().isCreated());
        return employer;
    }

    // --- registry ------------------------------------------------------------------------------------

    @Test
    void registers_a_company_and_reads_it_back_for_the_serving_organisation() throws Exception {
        String fiscalCode = EmployerFixtures.aVatNumber();
        String name = unique("Rossi Software");
        String id = register(fiscalCode, name, "cpi.torino");
        mvc.perform(get("/api/v1/employers/" + id).with(httpBasic("cpi.torino", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fiscalCode").value(fiscalCode))
                .andExpect(jsonPath("$.name").value(name))
                .andExpect(jsonPath("$.ateco").value("62.01.00"))
                .andExpect(jsonPath("$.sizeClass").value("SMALL"))
                .andExpect(jsonPath("$.comune").value("L219"))
                .andExpect(jsonPath("$.sites[0].comuneCode").value("G674"))
                .andExpect(jsonPath("$.contacts[0].name").value("Anna Bianchi"))
                .andExpect(jsonPath("$.soleTrader").value(false));
        mvc.perform(get("/api/v1/employers").param("fiscalCode", fiscalCode).with(httpBasic("cpi.torino", "demo")))
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].id").value(id))
                .andExpect(jsonPath("$[0].accessible").value(true));
        mvc.perform(get("/api/v1/employers").param("name", name.substring(5)).with(httpBasic("cpi.torino", "demo")))
                .andExpect(jsonPath("$[*].id", hasItem(id)));
        assertThat(events.stream(EmployerRegistered.class)
                .filter(e -> e.employerId().value().toString().equals(id))).hasSize(1);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'EMPLOYER_READ' and object_id = :id")
                .param("id", id).query(Long.class).single()).isPositive();
    }

    @Test
    void completes_the_record_with_the_version_read_and_never_changes_the_fiscal_code() throws Exception {
        String fiscalCode = EmployerFixtures.aVatNumber();
        String id = register(fiscalCode, unique("Da completare"), "cpi.torino");
        String record = """
                {"fiscalCode": "%s", "name": "Completata", "legalForm": "SPA", "ateco": "62.02.00", "sizeClass": "MEDIUM",
                 "comune": "D205", "contacts": [{"name": "Luca Neri", "email": "luca@example.it"}]}"""
                .formatted(EmployerFixtures.aVatNumber());
        mvc.perform(put("/api/v1/employers/" + id).header("If-Match", "0").contentType(MediaType.APPLICATION_JSON)
                        .content(record).with(httpBasic("cpi.torino", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fiscalCode").value(fiscalCode))
                .andExpect(jsonPath("$.name").value("Completata"))
                .andExpect(jsonPath("$.sizeClass").value("MEDIUM"))
                .andExpect(jsonPath("$.sites", hasSize(0)))
                .andExpect(jsonPath("$.contacts[0].name").value("Luca Neri"));
        mvc.perform(put("/api/v1/employers/" + id).header("If-Match", "0").contentType(MediaType.APPLICATION_JSON)
                        .content(record).with(httpBasic("cpi.torino", "demo")))
                .andExpect(status().isConflict());
        mvc.perform(put("/api/v1/employers/" + id).header("If-Match", "1").contentType(MediaType.APPLICATION_JSON)
                        .content(record).with(httpBasic("cpi.cuneo", "demo")))
                .andExpect(status().isForbidden());
    }

    @Test
    void accepts_a_sole_trader_by_codice_fiscale() throws Exception {
        String id = register(EmployerFixtures.aPersonalFiscalCode(), unique("Mario Rossi impianti"), "cpi.torino");
        mvc.perform(get("/api/v1/employers/" + id).with(httpBasic("cpi.torino", "demo")))
                .andExpect(jsonPath("$.soleTrader").value(true));
    }

    @Test
    void refuses_an_invalid_partita_iva_with_400_on_the_field() throws Exception {
        postJson("/api/v1/employers", """
                {"fiscalCode": "01000000017", "name": "Sbagliata", "ateco": "62.01.00", "sizeClass": "MICRO",
                 "comune": "L219"}""", "cpi.torino")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", contains("fiscalCode")));
    }

    @Test
    void refuses_an_unknown_ateco_code_or_comune() throws Exception {
        postJson("/api/v1/employers", """
                {"fiscalCode": "%s", "name": "Codici sbagliati", "ateco": "J", "sizeClass": "MICRO",
                 "comune": "ZZZZ"}""".formatted(EmployerFixtures.aVatNumber()), "cpi.torino")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("ateco")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("comune")));
    }

    @Test
    void refuses_a_division_as_the_activity_saying_a_six_digit_subcategory_is_needed() throws Exception {
        postJson("/api/v1/employers", """
                {"fiscalCode": "%s", "name": "Trattoria per divisione", "ateco": "56", "sizeClass": "MICRO",
                 "comune": "L219"}""".formatted(EmployerFixtures.aVatNumber()), "cpi.torino")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", contains("ateco")))
                .andExpect(jsonPath("$.errors[0].message", org.hamcrest.Matchers.containsString("divisione")))
                .andExpect(jsonPath("$.errors[0].message", org.hamcrest.Matchers.containsString("56.10.11")));
        postJson("/api/v1/employers", """
                {"fiscalCode": "%s", "name": "Trattoria per sottocategoria", "ateco": "56.10.11", "sizeClass": "MICRO",
                 "comune": "L219"}""".formatted(EmployerFixtures.aVatNumber()), "cpi.torino")
                .andExpect(status().isCreated());
    }

    @Test
    void refuses_a_second_record_of_the_same_fiscal_code_pointing_to_the_first() throws Exception {
        String fiscalCode = EmployerFixtures.aVatNumber();
        String id = register(fiscalCode, unique("Prima"), "cpi.torino");
        postJson("/api/v1/employers", """
                {"fiscalCode": "%s", "name": "Seconda", "ateco": "62.01.00", "sizeClass": "MICRO", "comune": "D205"}"""
                .formatted(fiscalCode), "cpi.cuneo")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.existing").value("/api/v1/employers/" + id))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("CPI Torino")));
    }

    @Test
    void another_organisation_sees_only_that_the_company_exists_and_who_serves_it() throws Exception {
        String fiscalCode = EmployerFixtures.aVatNumber();
        String id = register(fiscalCode, unique("Riservata"), "cpi.torino");
        for (String path : new String[] {"/api/v1/employers/" + id, "/api/v1/employers/" + id + "/deliveries",
            "/api/v1/employers/" + id + "/vacancies"}) {
            mvc.perform(get(path).with(httpBasic("cpi.cuneo", "demo")))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
        b1(id, today(), 30, true).andExpect(status().isCreated());
        postJson("/api/v1/employers/" + id + "/deliveries", """
                {"service": "B1", "mode": "INDIVIDUAL", "date": "%s", "minutes": 30, "siteId": "%s",
                 "place": "AT_OFFICE", "outputs": {"interest": true}}"""
                .formatted(today(), network.findUserByUsername("cpi.cuneo").orElseThrow().sites().iterator().next()),
                "cpi.cuneo")
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/employers").param("fiscalCode", fiscalCode).with(httpBasic("cpi.cuneo", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(id))
                .andExpect(jsonPath("$[0].servedBy.name").value("CPI Torino"))
                .andExpect(jsonPath("$[0].accessible").value(false));
        assertThat(jdbc.sql("""
                select count(*) from audit_event
                where action = 'EMPLOYER_READ' and outcome = 'DENIED' and object_id = :id""")
                .param("id", id).query(Long.class).single()).isPositive();
    }

    @Test
    void a_sole_trader_served_elsewhere_is_not_listed_by_name() throws Exception {
        String name = unique("Ditta Verdi");
        String id = register(EmployerFixtures.aPersonalFiscalCode(), name, "cpi.torino");
        mvc.perform(get("/api/v1/employers").param("name", name).with(httpBasic("cpi.cuneo", "demo")))
                .andExpect(jsonPath("$[*].id", not(hasItem(id))));
        mvc.perform(get("/api/v1/employers").param("name", name).with(httpBasic("cpi.torino", "demo")))
                .andExpect(jsonPath("$[*].id", hasItem(id)));
    }

    // --- services B.1-B.4 ----------------------------------------------------------------------------

    @Test
    void scouts_a_company_signs_its_pact_and_then_consulting_is_allowed() throws Exception {
        String employer = aCompany();
        b1(employer, today().minusDays(3), 45, true)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.outputs", contains("INTEREST_EXPRESSION")))
                .andExpect(jsonPath("$.interest").value(true))
                .andExpect(jsonPath("$.catalogueVersion").value("piemonte-2012"));
        b2(employer, today().minusDays(2), "SIGNED")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.outputs", hasItem("COMPANY_PACT_SIGNED")))
                .andExpect(jsonPath("$.outputs", hasItem("COMPANY_ACTION_PLAN_OPENED")));
        b3(employer, today(), torinoSite())
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.outputs", contains("COMPANY_ACTION_PLAN_ENTRY")))
                .andExpect(jsonPath("$.topics", hasSize(2)));
        mvc.perform(get("/api/v1/employers/" + employer).with(httpBasic("cpi.torino", "demo")))
                .andExpect(jsonPath("$.pact.outcome").value("SIGNED"))
                .andExpect(jsonPath("$.pact.date").value(today().minusDays(2).toString()))
                .andExpect(jsonPath("$.pact.planOpenedOn").value(today().minusDays(2).toString()))
                .andExpect(jsonPath("$.pact.plannedServices", hasSize(2)))
                .andExpect(jsonPath("$.pact.planEntries[0].service").value("B3"));
        mvc.perform(get("/api/v1/employers/" + employer + "/deliveries").with(httpBasic("cpi.torino", "demo")))
                .andExpect(jsonPath("$[*].service", contains("B1", "B2", "B3")));
        assertThat(events.stream(EmployerServiceDelivered.class)
                .filter(e -> e.employerId().value().toString().equals(employer)))
                .extracting(EmployerServiceDelivered::service, EmployerServiceDelivered::interest,
                        EmployerServiceDelivered::pactSigned)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ServiceCode.B1, true, null),
                        org.assertj.core.groups.Tuple.tuple(ServiceCode.B2, null, true),
                        org.assertj.core.groups.Tuple.tuple(ServiceCode.B3, null, null));
        assertThat(events.stream(CompanyPactSigned.class)
                .filter(e -> e.employerId().value().toString().equals(employer))).hasSize(1);
    }

    @Test
    void refuses_consulting_for_a_company_without_a_pact_and_saves_nothing() throws Exception {
        String employer = aCompany();
        b3(employer, today(), torinoSite())
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://retelavoro.it/problems/rule-violation"))
                .andExpect(jsonPath("$.violations[*].code", hasItem("ACCESS_RULE")))
                .andExpect(jsonPath("$.violations[?(@.code == 'ACCESS_RULE')].field", hasItem("history")))
                .andExpect(jsonPath("$.violations[0].message").isString());
        mvc.perform(get("/api/v1/employers/" + employer + "/deliveries").with(httpBasic("cpi.torino", "demo")))
                .andExpect(jsonPath("$", hasSize(0)));
    }

    @Test
    void refuses_matching_for_a_company_without_a_pact() throws Exception {
        String employer = aCompany();
        String vacancy = aVacancy(employer);
        b1(employer, today(), 30, true).andExpect(status().isCreated());
        b4(employer, "BACK_OFFICE", vacancy)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.violations[*].code", contains("ACCESS_RULE")));
    }

    @Test
    void matching_after_the_pact_is_entered_in_the_action_plan() throws Exception {
        String employer = aCompanyWithSignedPact();
        String vacancy = aVacancy(employer);
        b4(employer, "BACK_OFFICE", vacancy)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.vacancyId").value(vacancy));
        mvc.perform(get("/api/v1/employers/" + employer).with(httpBasic("cpi.torino", "demo")))
                .andExpect(jsonPath("$.pact.planEntries[*].service", contains("B4")));
    }

    @Test
    void refuses_matching_delivered_in_individual_mode() throws Exception {
        String employer = aCompanyWithSignedPact();
        String vacancy = aVacancy(employer);
        b4(employer, "INDIVIDUAL", vacancy)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.violations[*].code", contains("MODE_NOT_ALLOWED")))
                .andExpect(jsonPath("$.violations[0].field").value("mode"));
    }

    @Test
    void refuses_scouting_of_29_minutes_and_accepts_30() throws Exception {
        String employer = aCompany();
        b1(employer, today(), 29, true)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.violations[*].code", contains("MIN_DURATION")))
                .andExpect(jsonPath("$.violations[0].field").value("minutes"));
        b1(employer, today(), 30, true).andExpect(status().isCreated());
    }

    @Test
    void refuses_scouting_without_the_expression_of_interest() throws Exception {
        String employer = aCompany();
        b1(employer, today(), 40, null)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.violations[*].code", contains("OUTPUT_MISSING")));
        b1(employer, today(), 40, false).andExpect(status().isCreated())
                .andExpect(jsonPath("$.interest").value(false));
    }

    @Test
    void refuses_consulting_at_a_site_without_an_isolated_workstation() throws Exception {
        String employer = aCompanyWithSignedPact();
        b3(employer, today(), site("cpi.torino", MONCALIERI))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.violations[*].code", contains("SITE_PRECONDITION")))
                .andExpect(jsonPath("$.violations[0].field").value("siteId"));
    }

    @Test
    void refuses_a_delivery_dated_in_the_future_with_400_on_the_date() throws Exception {
        String employer = aCompany();
        b1(employer, today().plusDays(1), 30, true)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", contains("date")));
    }

    @Test
    void judges_a_back_dated_registration_by_the_history_and_the_catalogue_of_its_date() throws Exception {
        String employer = aCompany();
        b2(employer, today().minusDays(10), "SIGNED").andExpect(status().isCreated());
        // Before the Patto was signed, consulting was not yet allowed...
        b3(employer, today().minusDays(20), torinoSite())
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.violations[*].code", hasItem("ACCESS_RULE")));
        // ...after it, it was.
        b3(employer, today().minusDays(5), torinoSite()).andExpect(status().isCreated());
        // Before the first version of the repertorio there are no rules to register by.
        b1(employer, LocalDate.of(2011, 12, 31), 30, true)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.violations[*].code", contains("NO_CATALOGUE_VERSION")))
                .andExpect(jsonPath("$.violations[0].field").value("date"));
    }

    /**
     * Repertorio, B.2 "L'impresa vi accede da qualsiasi punto della rete" (issue 13, indicator 8.1): a company that
     * signed its Patto comes back for new needs; the new Patto supersedes the old one. Before issue 13 the second
     * B.2 was a 409.
     */
    @Test
    void a_company_that_signed_receives_b2_again_and_the_new_patto_supersedes_the_old_one() throws Exception {
        String employer = aCompany();
        b2(employer, today().minusDays(20), "SIGNED").andExpect(status().isCreated());
        b2(employer, today(), "SIGNED")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.outputs", hasItem("COMPANY_PACT_SIGNED")));
        // The plan in force is the new one: a B.3 after it is entered; a Patto dated before the one in force is not.
        b3(employer, today(), torinoSite()).andExpect(status().isCreated());
        b2(employer, today().minusDays(10), "SIGNED").andExpect(status().isConflict());
        mvc.perform(get("/api/v1/employers/" + employer + "/deliveries").with(httpBasic("cpi.torino", "demo")))
                .andExpect(jsonPath("$[?(@.service == 'B2')].pactOutcome", contains("SIGNED", "SIGNED")));
        mvc.perform(get("/api/v1/employers/" + employer + "/pact.pdf").with(httpBasic("cpi.torino", "demo")))
                .andExpect(status().isOk());
    }

    @Test
    void a_refused_pact_keeps_consulting_closed() throws Exception {
        String employer = aCompany();
        b2(employer, today(), "REFUSED")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.outputs", contains("COMPANY_PACT_OUTCOME")));
        b3(employer, today(), torinoSite()).andExpect(status().isUnprocessableContent());
        b2(employer, today(), "SIGNED").andExpect(status().isCreated());
        b3(employer, today(), torinoSite()).andExpect(status().isCreated());
    }

    @Test
    void refuses_a_site_of_another_organisation() throws Exception {
        String employer = aCompany();
        String cuneoSite = network.findUserByUsername("cpi.cuneo").orElseThrow().sites().iterator().next().toString();
        deliver(employer, """
                {"service": "B1", "mode": "INDIVIDUAL", "date": "%s", "minutes": 30, "siteId": "%s",
                 "place": "AT_OFFICE", "outputs": {"interest": true}}""".formatted(today(), cuneoSite))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", contains("siteId")));
    }

    @Test
    void prints_the_company_pact_with_name_and_date() throws Exception {
        String name = unique("Stampa Patto");
        String employer = register(EmployerFixtures.aVatNumber(), name, "cpi.torino");
        mvc.perform(get("/api/v1/employers/" + employer + "/pact.pdf").with(httpBasic("cpi.torino", "demo")))
                .andExpect(status().isNotFound());
        LocalDate signed = today().minusDays(1);
        b2(employer, signed, "SIGNED").andExpect(status().isCreated());
        byte[] pdf = mvc.perform(get("/api/v1/employers/" + employer + "/pact.pdf").with(httpBasic("cpi.torino", "demo")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isPositive();
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains(name)
                    .contains(signed.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")))
                    .contains("Patto di Servizio dell'impresa")
                    .contains("Segnalare le vacancy entro 5 giorni");
        }
        mvc.perform(get("/api/v1/employers/" + employer + "/pact.pdf").with(httpBasic("cpi.cuneo", "demo")))
                .andExpect(status().isForbidden());
    }

    // --- vacancies -----------------------------------------------------------------------------------

    @Test
    void registers_a_vacancy_and_records_every_change_of_state() throws Exception {
        String employer = aCompany();
        String vacancy = aVacancy(employer);
        mvc.perform(get("/api/v1/vacancies/" + vacancy).with(httpBasic("cpi.torino", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.employerId").value(employer))
                .andExpect(jsonPath("$.occupation").value("2.1.1.4.1"))
                .andExpect(jsonPath("$.positions").value(2))
                .andExpect(jsonPath("$.contractType").value("PERMANENT"))
                .andExpect(jsonPath("$.requirements.languages[0].level").value("B2"))
                .andExpect(jsonPath("$.requirements.drivingLicences", contains("B")))
                .andExpect(jsonPath("$.requirements.skills", contains("Java", "SQL")))
                .andExpect(jsonPath("$.published").value(true))
                .andExpect(jsonPath("$.state").value("OPEN"))
                .andExpect(jsonPath("$.acceptsCandidates").value(true))
                .andExpect(jsonPath("$.history", hasSize(1)));
        postJson("/api/v1/vacancies/" + vacancy + "/state", """
                {"state": "SUSPENDED", "date": "%s", "reason": "Riorganizzazione"}""".formatted(today()), "cpi.torino")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("SUSPENDED"))
                .andExpect(jsonPath("$.acceptsCandidates").value(false));
        postJson("/api/v1/vacancies/" + vacancy + "/state", """
                {"state": "OPEN", "date": "%s"}""".formatted(today()), "cpi.torino")
                .andExpect(status().isOk());
        postJson("/api/v1/vacancies/" + vacancy + "/state", """
                {"state": "FILLED", "date": "%s", "reason": "Assunti due candidati"}""".formatted(today()), "cpi.torino")
                .andExpect(status().isOk());
        postJson("/api/v1/vacancies/" + vacancy + "/state", """
                {"state": "OPEN", "date": "%s"}""".formatted(today()), "cpi.torino")
                .andExpect(status().isConflict());
        postJson("/api/v1/vacancies/" + vacancy + "/state", """
                {"state": "CLOSED", "date": "%s"}""".formatted(today().plusDays(1)), "cpi.torino")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("date")));
        mvc.perform(get("/api/v1/vacancies/" + vacancy).with(httpBasic("cpi.torino", "demo")))
                .andExpect(jsonPath("$.history[*].state", contains("OPEN", "SUSPENDED", "OPEN", "FILLED")))
                .andExpect(jsonPath("$.history[1].from").value("OPEN"))
                .andExpect(jsonPath("$.history[1].reason").value("Riorganizzazione"));
        mvc.perform(get("/api/v1/vacancies/" + vacancy).with(httpBasic("agenzia.alfa", "demo")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/employers/" + employer + "/vacancies").with(httpBasic("cpi.torino", "demo")))
                .andExpect(jsonPath("$[*].id", contains(vacancy)));
        assertThat(events.stream(VacancyRegistered.class)
                .filter(e -> e.vacancyId().value().toString().equals(vacancy)))
                .singleElement().satisfies(e -> {
                    assertThat(e.positions()).isEqualTo(2);
                    assertThat(e.occupation()).isEqualTo("2.1.1.4.1");
                    assertThat(e.comune()).isEqualTo("L219");
                });
        assertThat(events.stream(VacancyStateChanged.class)
                .filter(e -> e.vacancyId().value().toString().equals(vacancy))).hasSize(3);
    }

    @Autowired
    VacancyStateChanges vacancyStates;

    @Test
    void a_vacancy_past_its_expiry_date_expires_on_the_day_after() throws Exception {
        String employer = aCompany();
        String vacancy = aVacancy(employer);
        // time travel for the fixture: the vacancy was registered long ago and expired yesterday
        jdbc.sql("update vacancy set registered_on = :registered, expires_on = :expiry where id = :id")
                .param("registered", today().minusDays(30)).param("expiry", today().minusDays(1))
                .param("id", java.util.UUID.fromString(vacancy)).update();
        jdbc.sql("update vacancy_state_change set changed_on = :registered where vacancy_id = :id")
                .param("registered", today().minusDays(30)).param("id", java.util.UUID.fromString(vacancy)).update();

        assertThat(vacancyStates.expireVacancies()).isPositive();

        mvc.perform(get("/api/v1/vacancies/" + vacancy).with(httpBasic("cpi.torino", "demo")))
                .andExpect(jsonPath("$.state").value("EXPIRED"))
                .andExpect(jsonPath("$.acceptsCandidates").value(false))
                .andExpect(jsonPath("$.history[1].state").value("EXPIRED"))
                .andExpect(jsonPath("$.history[1].date").value(today().toString()));
        assertThat(vacancyStates.expireVacancies()).as("an expired vacancy expires once").isZero();
    }

    @Test
    void refuses_a_vacancy_with_an_unknown_occupation_or_no_positions() throws Exception {
        String employer = aCompany();
        postJson("/api/v1/employers/" + employer + "/vacancies", """
                {"title": "Senza codice", "occupation": "9.9.9.9.9", "positions": 0, "comune": "L219",
                 "contractType": "FIXED_TERM"}""", "cpi.torino")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("occupation")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("positions")));
        postJson("/api/v1/employers/" + employer + "/vacancies", """
                {"title": "Codice malformato", "occupation": "2.1.1", "positions": 1, "comune": "L219",
                 "contractType": "FIXED_TERM"}""", "cpi.torino")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", contains("occupation")));
    }

    @Test
    void scouting_may_capture_vacancies_of_the_company() throws Exception {
        String employer = aCompany();
        String vacancy = aVacancy(employer);
        deliver(employer, """
                {"service": "B1", "mode": "INDIVIDUAL", "date": "%s", "minutes": 30, "siteId": "%s",
                 "place": "AT_COMPANY", "outputs": {"interest": true, "vacancyIds": ["%s"]}}"""
                .formatted(today(), torinoSite(), vacancy))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.outputs", hasItem("VACANCIES_CAPTURED")))
                .andExpect(jsonPath("$.vacancyIds", contains(vacancy)));
        String other = aVacancy(aCompany());
        deliver(employer, """
                {"service": "B1", "mode": "INDIVIDUAL", "date": "%s", "minutes": 30, "siteId": "%s",
                 "place": "AT_COMPANY", "outputs": {"interest": true, "vacancyIds": ["%s"]}}"""
                .formatted(today(), torinoSite(), other))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", contains("outputs.vacancyIds")));
    }

    // --- vocabularies --------------------------------------------------------------------------------

    @Test
    void publishes_the_vocabularies_of_company_records_and_vacancies() throws Exception {
        mvc.perform(get("/api/v1/vocabularies/ateco").param("q", "62.01"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code", hasItem("62.01.00")));
        mvc.perform(get("/api/v1/vocabularies/ateco").param("q", "software"))
                .andExpect(jsonPath("$[*].code", hasItem("62.01.00")));
        mvc.perform(get("/api/v1/vocabularies/contract-types"))
                .andExpect(jsonPath("$[?(@.code == 'APPRENTICESHIP')].label", contains("Apprendistato")));
        mvc.perform(get("/api/v1/vocabularies/legal-forms"))
                .andExpect(jsonPath("$[*].code", hasItem("DITTA_INDIVIDUALE")));
        mvc.perform(get("/api/v1/vocabularies/size-classes"))
                .andExpect(jsonPath("$[*].code", contains("MICRO", "SMALL", "MEDIUM", "LARGE")));
    }
}
