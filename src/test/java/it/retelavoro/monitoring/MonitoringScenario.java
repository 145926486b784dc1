package it.retelavoro.monitoring;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import it.retelavoro.shared.VatNumber;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Builds monitoring scenarios through the real APIs: a fresh organisation with its own site and operator
 * (so that its counts are exact whatever the other tests do), persons, deliveries, companies, vacancies.
 */
public final class MonitoringScenario {

    static final RequestPostProcessor ADMIN = httpBasic("admin", "demo");
    static final RequestPostProcessor ANALYST = httpBasic("regione", "demo");

    private final MockMvc mvc;

    public MonitoringScenario(MockMvc mvc) {
        this.mvc = mvc;
    }

    public static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Rome"));
    }

    /** A fresh organisation with one fully equipped site in Torino and one operator. */
    public record Organisation(String id, String siteId, RequestPostProcessor operator) {
    }

    public Organisation organisation() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String id = read(send(post("/api/v1/organisations"), """
                {"name": "Agenzia Monitoraggio %s", "kind": "ACCREDITED_AGENCY", "fiscalCode": "%s",
                 "accreditationReference": "ACC-%s"}""".formatted(suffix, vatNumber(), suffix), ADMIN), "$.id");
        String site = read(send(post("/api/v1/organisations/" + id + "/sites"), """
                {"name": "Sede %s", "address": "Via Roma 1", "comune": "L219",
                 "features": ["COUNTER_WITH_WAITING_AREA", "JOB_OPPORTUNITY_BOARD", "SELF_CONSULTATION_SPACE",
                              "INDIVIDUAL_INTERVIEW_SPACE", "ISOLATED_WORKSTATION", "PC_WITH_INTERNET",
                              "GROUP_CLASSROOM", "PHONE_EMAIL_CONTACT", "DEDICATED_RECEPTION", "UPDATED_WEBSITE",
                              "ONLINE_MATCHING_TOOLS"]}""".formatted(suffix), ADMIN), "$.id");
        String username = "monitor." + suffix;
        send(post("/api/v1/users"), """
                {"username": "%s", "password": "una-password-lunga", "role": "OPERATOR", "organisationId": "%s",
                 "siteIds": ["%s"]}""".formatted(username, id, site), ADMIN);
        return new Organisation(id, site, httpBasic(username, "una-password-lunga"));
    }

    public String person(Organisation organisation) throws Exception {
        String code = it.retelavoro.person.FiscalCodes.random(LocalDate.of(1985, 3, 12), "F", "L219");
        return read(send(post("/api/v1/persons"), """
                {"fiscalCode": "%s", "firstName": "Anna", "lastName": "Monitor", "birthDate": "1985-03-12",
                 "sex": "F", "birthPlace": "L219", "citizenship": "IT",
                 "residence": {"address": "Via Po 1", "comune": "L219"}}""".formatted(code),
                organisation.operator()), "$.id");
    }

    public void deliver(Organisation organisation, String person, String service, LocalDate date, int minutes,
            String more) throws Exception {
        send(post("/api/v1/persons/" + person + "/deliveries"), """
                {"service": "%s", "mode": "INDIVIDUAL", "date": "%s", "minutes": %d, "siteId": "%s"%s}"""
                .formatted(service, date, minutes, organisation.siteId(), more.isBlank() ? "" : ", " + more),
                organisation.operator());
    }

    public void pact(Organisation organisation, String person, LocalDate date) throws Exception {
        deliver(organisation, person, "A2", date, 30, """
                "outputs": {"pact": {"outcome": "SIGNED", "responsibleOperator": "Laura Verdi",
                   "meetingFrequency": "Ogni 30 giorni", "jobSearchActs": "Tre candidature al mese",
                   "jobSearchTiming": "Entro 60 giorni", "trainingAvailability": true}}""");
    }

    public void plan(Organisation organisation, String person, LocalDate date, boolean signed) throws Exception {
        deliver(organisation, person, "A3", date, 60, signed ? """
                "outputs": {"actionPlan": {"outcome": "SIGNED", "specificNeed": true,
                   "specificNeedText": "Chiarire l'obiettivo professionale",
                   "actions": [{"service": "A4", "description": "Bilancio di competenze", "dueOn": "%s"},
                               {"description": "Corso di contabilita", "dueOn": "%s"}]}}"""
                .formatted(today().plusMonths(2), today().plusMonths(4))
                : "\"outputs\": {\"actionPlan\": {\"outcome\": \"REFUSED\"}}");
    }

    void anonymousVisitor(Organisation organisation, LocalDate date) throws Exception {
        send(post("/api/v1/information-visits"), """
                {"date": "%s", "siteId": "%s", "sex": "M", "ageBand": "FROM_25_TO_34", "referral": "Accoglienza A2"}"""
                .formatted(date, organisation.siteId()), organisation.operator());
    }

    void training(Organisation organisation, String person, String event, LocalDate date) throws Exception {
        String action = read(mvc.perform(get("/api/v1/persons/" + person + "/action-plans")
                .with(organisation.operator())).andReturn().getResponse().getContentAsString(), "$[0].actions[1].id");
        send(post("/api/v1/persons/" + person + "/training"), """
                {"event": "%s", "date": "%s", "course": "Contabilita di base", "provider": "Ente X", "hours": 80,
                 "actionId": "%s"}""".formatted(event, date, action), organisation.operator());
    }

    void internship(Organisation organisation, String person) throws Exception {
        String id = read(send(post("/api/v1/persons/" + person + "/internships"), """
                {"start": "%s", "end": "%s", "host": "Officina Rossi", "tutor": "Marco Neri"}"""
                .formatted(today(), today().plusMonths(3)), organisation.operator()), "$.id");
        mvc.perform(post("/api/v1/persons/" + person + "/internships/" + id + "/activation")
                .with(organisation.operator())).andExpect(status().isOk());
    }

    public String company(Organisation organisation) throws Exception {
        return read(send(post("/api/v1/employers"), """
                {"fiscalCode": "%s", "name": "Impresa %s", "legalForm": "SRL", "ateco": "62.01.00",
                 "sizeClass": "SMALL", "comune": "L219", "address": "Via Roma 1"}"""
                .formatted(vatNumber(), UUID.randomUUID().toString().substring(0, 6)), organisation.operator()), "$.id");
    }

    void employerService(Organisation organisation, String company, String service, LocalDate date, String more)
            throws Exception {
        send(post("/api/v1/employers/" + company + "/deliveries"), """
                {"service": "%s", "mode": "INDIVIDUAL", "date": "%s", "minutes": %d, "siteId": "%s", %s}"""
                .formatted(service, date, "B3".equals(service) ? 60 : 45, organisation.siteId(), more),
                organisation.operator());
    }

    void b1(Organisation organisation, String company, LocalDate date, boolean interest) throws Exception {
        employerService(organisation, company, "B1", date,
                "\"place\": \"AT_COMPANY\", \"outputs\": {\"interest\": " + interest + "}");
    }

    public void b2(Organisation organisation, String company, LocalDate date) throws Exception {
        employerService(organisation, company, "B2", date, """
                "outputs": {"pact": {"outcome": "SIGNED", "commitments": "Segnalare le vacancy entro 5 giorni",
                                     "plannedServices": ["B3", "B4"]}}""");
    }

    void b3(Organisation organisation, String company, LocalDate date) throws Exception {
        employerService(organisation, company, "B3", date,
                "\"outputs\": {\"topics\": [\"HIRING_INCENTIVES\", \"INTERNSHIPS\"]}");
    }

    public String vacancy(Organisation organisation, String company) throws Exception {
        return read(send(post("/api/v1/employers/" + company + "/vacancies"), """
                {"title": "Sviluppatore Java", "description": "Sviluppo di servizi web", "occupation": "2.1.1.4.1",
                 "positions": 2, "comune": "L219", "contractType": "PERMANENT", "hoursPerWeek": 40,
                 "published": true, "anonymous": false, "expiresOn": "%s"}""".formatted(today().plusMonths(2)),
                organisation.operator()), "$.id");
    }

    /** The indicators as code to value, for the caller and the query string. */
    public Map<String, Integer> values(RequestPostProcessor who, String query) throws Exception {
        String body = mvc.perform(get("/api/v1/indicators?" + query).with(who)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        List<String> codes = JsonPath.read(body, "$.values[*].code");
        List<Integer> values = JsonPath.read(body, "$.values[*].value");
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < codes.size(); i++) {
            map.put(codes.get(i), values.get(i));
        }
        return map;
    }

    /**
     * The values once the asynchronous listeners have caught up: polls until they equal the expected
     * ones or the timeout passes, then returns the last read (the caller asserts on it).
     */
    Map<String, Integer> valuesWhenEqual(RequestPostProcessor who, String query, Map<String, Integer> expected)
            throws Exception {
        long deadline = System.nanoTime() + 30_000_000_000L;
        Map<String, Integer> values = values(who, query);
        while (!values.equals(expected) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            values = values(who, query);
        }
        return values;
    }

    private ResultActions send(MockHttpServletRequestBuilder request, String json, RequestPostProcessor who)
            throws Exception {
        ResultActions result = mvc.perform(request.contentType(MediaType.APPLICATION_JSON).content(json).with(who));
        int status = result.andReturn().getResponse().getStatus();
        if (status >= 300) {
            throw new AssertionError(request.buildRequest(new org.springframework.mock.web.MockServletContext())
                    .getRequestURI() + " -> " + status + " " + result.andReturn().getResponse().getContentAsString());
        }
        return result;
    }

    private static String read(ResultActions result, String path) throws Exception {
        return read(result.andReturn().getResponse().getContentAsString(), path);
    }

    private static String read(String json, String path) {
        return JsonPath.read(json, path);
    }

    public static String vatNumber() {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            digits.append(ThreadLocalRandom.current().nextInt(10));
        }
        return digits.toString() + VatNumber.checkDigit(digits.toString());
    }
}
