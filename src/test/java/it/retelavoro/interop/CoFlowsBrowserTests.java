package it.retelavoro.interop;

import static it.retelavoro.desk.DeskFixtures.CPI_TORINO;
import static it.retelavoro.desk.DeskFixtures.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import it.retelavoro.desk.DeskFixtures;
import it.retelavoro.monitoring.MonitoringScenario;
import it.retelavoro.person.FiscalCodes;
import it.retelavoro.support.Browser;
import it.retelavoro.support.IntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 15, "Done when": an administrator uploads a CO file; the CPI sees the hire confirmed on the referral and the
 * DID's change in its list, and opens the person's SAP. Each page axe-clean, without a message key.
 */
@IntegrationTest
class CoFlowsBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Test
    void an_uploaded_co_confirms_the_hire_on_the_referral_and_suspends_the_did_in_the_cpi_list() throws Exception {
        String surname = "Flusso" + UUID.randomUUID().toString().replace("-", "").substring(0, 6);
        LocalDate birth = LocalDate.of(1991, 7, 3);
        String worker = FiscalCodes.random(birth, "M", "L219");
        String person = read(json("/api/v1/persons", """
                {"fiscalCode": "%s", "firstName": "Marco", "lastName": "%s", "birthDate": "%s", "sex": "M",
                 "birthPlace": "L219", "citizenship": "IT", "residence": {"address": "Via Po 1", "comune": "L219"}}"""
                .formatted(worker, surname, birth)), "$.id");
        json("/api/v1/persons/" + person + "/did", """
                {"declaredOn": "%s", "channel": "CPI_COUNTER"}""".formatted(today().minusDays(3)));
        json("/api/v1/persons/" + person + "/did/certification", "{}");
        DeskFixtures fixtures = new DeskFixtures(mvc);
        fixtures.signPact(person);
        fixtures.signPlan(person, today().plusMonths(1));
        String company = MonitoringScenario.vatNumber();
        String companyId = read(json("/api/v1/employers", """
                {"fiscalCode": "%s", "name": "Tessitura %s", "legalForm": "SRL", "ateco": "13.20.00",
                 "sizeClass": "SMALL", "comune": "L219", "address": "Via Nizza 5"}""".formatted(company, surname)),
                "$.id");
        String organisation = read(mvc.perform(get("/api/v1/me").with(CPI_TORINO)).andReturn().getResponse()
                .getContentAsString(), "$.organisation.id");
        String site = JsonPath.<List<String>>read(mvc.perform(get("/api/v1/organisations/" + organisation + "/sites")
                .with(CPI_TORINO)).andReturn().getResponse().getContentAsString(),
                "$[?(@.name == 'CPI Torino - Sede di via Bologna')].id").get(0);
        json("/api/v1/employers/" + companyId + "/deliveries", """
                {"service": "B2", "mode": "INDIVIDUAL", "date": "%s", "minutes": 45, "siteId": "%s",
                 "outputs": {"pact": {"outcome": "SIGNED", "commitments": "Segnalare le vacancy",
                                      "plannedServices": ["B3", "B4"]}}}""".formatted(today(), site));
        String vacancy = read(json("/api/v1/employers/" + companyId + "/vacancies", """
                {"title": "Tessitore", "description": "Telai a navetta", "occupation": "2.1.1.4.1",
                 "positions": 1, "comune": "L219", "contractType": "FIXED_TERM", "hoursPerWeek": 40,
                 "published": true, "anonymous": false, "expiresOn": "%s"}""".formatted(today().plusMonths(2))),
                "$.id");
        json("/api/v1/vacancies/" + vacancy + "/referrals", """
                {"personId": "%s", "date": "%s", "minutes": 120}""".formatted(person, today()));
        UniLavDocument hire = UniLavDocument.hire(company, worker, today(), today().plusMonths(4), "A.02.00", "F");
        Path file = Files.createTempFile("unilav-", ".xml");
        Files.write(file, hire.bytes());

        try (Browser admin = Browser.open(port)) {
            admin.logIn("admin", "demo");
            admin.go("/admin/co");
            admin.find("#co-file").sendKeys(file.toAbsolutePath().toString());
            admin.click("#co-upload");
            assertThat(admin.text("main")).contains(hire.code()).contains("Applicata")
                    .contains("applicati: 1").doesNotContain(worker);
            assertClean(admin);
        } finally {
            Files.deleteIfExists(file);
        }

        try (Browser cpi = Browser.open(port)) {
            cpi.logIn("cpi.torino", "demo");
            cpi.go("/vacancies/" + vacancy + "/referrals");
            assertThat(cpi.text("main")).contains("Assunto")
                    .contains("Assunzione attestata dalla comunicazione obbligatoria " + hire.code());
            assertClean(cpi);

            cpi.go("/");
            cpi.click("a[href='/did-employment-changes']");
            assertThat(cpi.text("[data-testid=did-employment-changes]")).contains(surname + " Marco")
                    .contains("Sospensione per occupazione").contains("Comunicazione obbligatoria " + hire.code())
                    .contains("Applicato");
            assertClean(cpi);
            String change = JsonPath.<List<String>>read(mvc.perform(get("/api/v1/did-employment-changes")
                    .with(CPI_TORINO)).andReturn().getResponse().getContentAsString(),
                    "$.content[?(@.personId == '" + person + "')].id").get(0);
            cpi.click("a[href='/did-employment-changes/" + change + "']");
            assertThat(cpi.text("[data-testid=change-kind]")).isEqualTo("Sospensione per occupazione");
            assertClean(cpi);

            cpi.go("/persons/" + person);
            assertThat(cpi.find("#sap-pdf").getAttribute("href")).endsWith("/persons/" + person + "/sap.pdf");
            cpi.go("/persons/" + person + "/pathway/did");
            assertThat(cpi.text("[data-testid=did-state]")).contains("Sospesa");
            assertThat(cpi.text("[data-testid=did-employment]")).contains("Sospensione per occupazione");
            assertClean(cpi);
        }
        mvc.perform(get("/persons/" + person + "/sap.pdf").with(CPI_TORINO)).andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF));
    }

    private void assertClean(Browser browser) {
        browser.assertAccessible();
        browser.assertNoConsoleErrors();
        assertThat(browser.driver().getPageSource()).doesNotContain("??");
    }

    private String json(String path, String body) throws Exception {
        var response = mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(body).with(CPI_TORINO))
                .andReturn().getResponse();
        assertThat(response.getStatus()).as(path + " " + response.getContentAsString()).isBetween(200, 201);
        return response.getContentAsString();
    }

    private static String read(String json, String path) {
        return JsonPath.read(json, path);
    }
}
