package it.retelavoro.desk;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import it.retelavoro.person.FiscalCodes;
import it.retelavoro.shared.VatNumber;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Persons and companies in the states the desk lists, built through the API as an operator would. */
public final class DeskFixtures {

    public static final RequestPostProcessor CPI_TORINO = httpBasic("cpi.torino", "demo");
    public static final RequestPostProcessor ALFA = httpBasic("agenzia.alfa", "demo");
    static final RequestPostProcessor ANALYST = httpBasic("regione", "demo");
    static final String VIA_BOLOGNA = "CPI Torino - Sede di via Bologna";

    private final MockMvc mvc;

    public DeskFixtures(MockMvc mvc) {
        this.mvc = mvc;
    }

    public static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Rome"));
    }

    /** A person in charge of the caller's organisation, with this surname and name. */
    public String person(RequestPostProcessor who, String lastName, String firstName) throws Exception {
        String body = """
                {"fiscalCode": "%s", "firstName": "%s", "lastName": "%s", "birthDate": "1985-03-12", "sex": "F",
                 "birthPlace": "L219", "citizenship": "IT", "residence": {"address": "Via Po 1", "comune": "L219"}}"""
                .formatted(FiscalCodes.random(LocalDate.of(1985, 3, 12), "F", "L219"), firstName, lastName);
        return JsonPath.read(mvc.perform(post("/api/v1/persons").contentType(MediaType.APPLICATION_JSON).content(body)
                .with(who)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
    }

    String site(RequestPostProcessor who, String name) throws Exception {
        String organisation = JsonPath.read(mvc.perform(get("/api/v1/me").with(who)).andReturn().getResponse()
                .getContentAsString(), "$.organisation.id");
        List<String> ids = JsonPath.read(mvc.perform(get("/api/v1/organisations/" + organisation + "/sites")
                .with(who)).andReturn().getResponse().getContentAsString(), "$[?(@.name == '" + name + "')].id");
        return ids.get(0);
    }

    /** cpi.torino signs the person's Patto today. */
    public void signPact(String person) throws Exception {
        deliver(person, """
                {"service": "A2", "mode": "INDIVIDUAL", "date": "%s", "minutes": 30, "siteId": "%s",
                 "outputs": {"pact": {"outcome": "SIGNED", "responsibleOperator": "Laura Verdi",
                   "meetingFrequency": "Ogni 30 giorni", "jobSearchActs": "Tre candidature al mese",
                   "jobSearchTiming": "Entro 60 giorni", "trainingAvailability": true}}}"""
                .formatted(today(), site(CPI_TORINO, VIA_BOLOGNA)));
    }

    /** cpi.torino signs the person's PAI today with one action due on the day given. */
    public void signPlan(String person, LocalDate actionDue) throws Exception {
        deliver(person, """
                {"service": "A3", "mode": "INDIVIDUAL", "date": "%s", "minutes": 60, "siteId": "%s",
                 "outputs": {"actionPlan": {"outcome": "SIGNED", "specificNeed": false,
                   "actions": [{"service": "A4", "description": "Bilancio di competenze", "dueOn": "%s"}]}}}"""
                .formatted(today(), site(CPI_TORINO, VIA_BOLOGNA), actionDue));
    }

    private void deliver(String person, String json) throws Exception {
        mvc.perform(post("/api/v1/persons/" + person + "/deliveries").contentType(MediaType.APPLICATION_JSON)
                .content(json).with(CPI_TORINO)).andExpect(status().isCreated());
    }

    /** A company in charge of cpi.torino, with this name. */
    String company(String name) throws Exception {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            digits.append(ThreadLocalRandom.current().nextInt(10));
        }
        String vat = digits + String.valueOf(VatNumber.checkDigit(digits.toString()));
        String body = """
                {"fiscalCode": "%s", "name": "%s", "legalForm": "SRL", "ateco": "62.01.00", "sizeClass": "SMALL",
                 "comune": "L219", "address": "Via Roma 1"}""".formatted(vat, name);
        return JsonPath.read(mvc.perform(post("/api/v1/employers").contentType(MediaType.APPLICATION_JSON)
                .content(body).with(CPI_TORINO)).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString(), "$.id");
    }
}
