package it.retelavoro.interop;

import static it.retelavoro.desk.DeskFixtures.ALFA;
import static it.retelavoro.desk.DeskFixtures.CPI_TORINO;
import static it.retelavoro.desk.DeskFixtures.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import it.retelavoro.desk.DeskFixtures;
import it.retelavoro.person.FiscalCodes;
import it.retelavoro.support.IntegrationTest;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Issue 15, point 2: the DIDs made on the national portal ({@code POST /api/v1/did/national}), sent by the system
 * of the national flow: the person registered when absent, each DID recorded once for the CPI, refusals field by
 * field without stopping the others, and the CPI's worklist "DID da convocare" until a Patto is decided.
 */
@IntegrationTest
class NationalDidApiTests {

    static final RequestPostProcessor FLOWS = httpBasic("flussi.nazionali", "demo");
    static final DateTimeFormatter ITALIAN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Autowired
    MockMvc mvc;

    private static String declaration(String fiscalCode, String lastName, String comune, LocalDate declaredOn,
            String channel, String nationalId) {
        return """
                {"fiscalCode": "%s", "firstName": "Giulia", "lastName": "%s", "birthDate": "1990-04-02",
                 "sex": "F", "birthPlace": "L219", "domicile": {"comune": "%s", "address": "Via Roma 3"},
                 "declaredOn": "%s", "channel": "%s", "nationalId": "%s"}""".formatted(fiscalCode, lastName, comune,
                declaredOn, channel, nationalId);
    }

    private ResultActions send(RequestPostProcessor who, String... declarations) throws Exception {
        return mvc.perform(post("/api/v1/did/national").contentType(MediaType.APPLICATION_JSON)
                .content("[" + String.join(",", declarations) + "]").with(who));
    }

    private static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    @Test
    void registers_the_person_records_the_did_once_and_refuses_a_bad_one_without_stopping_the_others()
            throws Exception {
        String surname = "Nazionale" + unique();
        String fiscalCode = FiscalCodes.random(LocalDate.of(1990, 4, 2), "F", "L219");
        String nationalId = "DID-" + unique();
        LocalDate declaredOn = today().minusDays(3);
        String good = declaration(fiscalCode, surname, "L219", declaredOn, "ONLINE", nationalId);
        String bad = declaration(FiscalCodes.random(LocalDate.of(1990, 4, 2), "F", "L219"), surname, "Z999",
                today().plusDays(1), "FAX", "DID-" + unique());
        String body = send(FLOWS, good, bad).andExpect(status().isOk())
                .andExpect(jsonPath("$.received").value(2))
                .andExpect(jsonPath("$.recorded").value(1))
                .andExpect(jsonPath("$.refused").value(1))
                .andExpect(jsonPath("$.results[0].status").value("RECORDED"))
                .andExpect(jsonPath("$.results[0].personCreated").value(true))
                .andExpect(jsonPath("$.results[1].status").value("REFUSED"))
                .andReturn().getResponse().getContentAsString();
        List<String> refusedFields = JsonPath.read(body, "$.results[1].problems[*].field");
        assertThat(refusedFields).contains("channel", "declaredOn", "domicile.comune");
        assertThat(JsonPath.<List<String>>read(body, "$.results[1].problems[*].message"))
                .contains("Il canale è ONLINE o NASPI_APPLICATION.");
        String person = JsonPath.read(body, "$.results[0].personId");
        String did = JsonPath.read(body, "$.results[0].didId");

        // the person is in charge of CPI Torino (domicile in Turin), with the DID made on line
        mvc.perform(get("/api/v1/persons/" + person + "/did").with(CPI_TORINO)).andExpect(status().isOk())
                .andExpect(jsonPath("$.channel").value("ONLINE"))
                .andExpect(jsonPath("$.state").value("DECLARED"));

        // the same DID again changes nothing
        send(FLOWS, good).andExpect(status().isOk())
                .andExpect(jsonPath("$.results[0].status").value("ALREADY_RECORDED"))
                .andExpect(jsonPath("$.results[0].personCreated").value(false))
                .andExpect(jsonPath("$.results[0].didId").value(did));
        // another DID of the same person, while this one is in force, records nothing
        send(FLOWS, declaration(fiscalCode, surname, "L219", today(), "NASPI_APPLICATION", "DID-" + unique()))
                .andExpect(jsonPath("$.results[0].status").value("DID_IN_FORCE"))
                .andExpect(jsonPath("$.results[0].didId").value(did));
    }

    @Test
    void the_cpi_convenes_the_person_before_the_deadline_and_the_did_leaves_the_list_with_the_patto()
            throws Exception {
        String surname = "Convocare" + unique();
        LocalDate declaredOn = today().minusDays(5);
        String body = send(FLOWS, declaration(FiscalCodes.random(LocalDate.of(1990, 4, 2), "F", "L219"), surname,
                "L219", declaredOn, "NASPI_APPLICATION", "DID-" + unique())).andReturn().getResponse()
                .getContentAsString();
        String person = JsonPath.read(body, "$.results[0].personId");
        String late = "Tardiva" + unique();
        send(FLOWS, declaration(FiscalCodes.random(LocalDate.of(1990, 4, 2), "F", "L219"), late, "L219",
                today().minusDays(35), "ONLINE", "DID-" + unique())).andExpect(jsonPath("$.recorded").value(1));

        String page = mvc.perform(get("/desk/did-convocations").with(CPI_TORINO)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String deadline = declaredOn.plusDays(30).format(ITALIAN);
        assertThat(page).contains(surname + " Giulia").contains(deadline).contains("ancora 25 giorni")
                .contains("Domanda NASpI").doesNotContain("??");
        String panel = mvc.perform(get("/desk/work").header("HX-Request", "true").with(CPI_TORINO))
                .andReturn().getResponse().getContentAsString();
        assertThat(panel).contains("DID da convocare").contains("href=\"/desk/did-convocations\"");
        String csv = mvc.perform(get("/desk/did-convocations.csv").with(CPI_TORINO)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(csv).contains(surname + " Giulia").contains(deadline).contains(",25,\r\n")
                .contains(late + " Giulia").contains(",-5,\r\n");
        assertThat(page).contains("scaduta da 5 giorni");
        assertThat(panel).contains("Apri l&#39;elenco completo (");
        mvc.perform(get("/desk/did-convocations").with(ALFA)).andExpect(status().isForbidden());

        new DeskFixtures(mvc).signPact(person);
        assertThat(mvc.perform(get("/desk/did-convocations.csv").with(CPI_TORINO)).andReturn().getResponse()
                .getContentAsString()).doesNotContain(surname);
    }

    @Test
    void only_the_flows_system_sends_dids_and_it_may_call_nothing_else() throws Exception {
        String declaration = declaration(FiscalCodes.random(LocalDate.of(1990, 4, 2), "F", "L219"), "Accesso",
                "L219", today(), "ONLINE", "DID-" + unique());
        send(CPI_TORINO, declaration).andExpect(status().isForbidden());
        send(ALFA, declaration).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/me").with(FLOWS)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/persons").param("inCharge", "true").with(FLOWS)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/employers").param("inCharge", "true").with(FLOWS)).andExpect(status().isForbidden());
        mvc.perform(get("/desk/persons").with(FLOWS)).andExpect(status().isForbidden());
        send(FLOWS).andExpect(status().isBadRequest());
        // the login form does not let the system in: it is told to use its API
        mvc.perform(formLogin("/login").user("flussi.nazionali").password("demo"))
                .andExpect(redirectedUrl("/login?system"));
        assertThat(mvc.perform(get("/login").param("system", "")).andReturn().getResponse().getContentAsString())
                .contains("accede soltanto alle sue API");
    }
}
