package it.retelavoro.matching;

import static it.retelavoro.monitoring.MonitoringScenario.today;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import it.retelavoro.monitoring.MonitoringScenario;
import it.retelavoro.monitoring.MonitoringScenario.Organisation;
import it.retelavoro.person.FiscalCodes;
import java.time.LocalDate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Persons with a professional profile and vacancies with requirements, through the real APIs. */
public final class MatchingScenario {

    private final MockMvc mvc;
    private final MonitoringScenario base;

    public MatchingScenario(MockMvc mvc) {
        this.mvc = mvc;
        this.base = new MonitoringScenario(mvc);
    }

    public MonitoringScenario base() {
        return base;
    }

    static final org.springframework.test.web.servlet.request.RequestPostProcessor ADMIN =
            org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic("admin", "demo");

    /** A fresh organisation with one fully equipped site in Torino and one operator with every competence. */
    public Organisation organisation() throws Exception {
        String suffix = java.util.UUID.randomUUID().toString().substring(0, 8);
        String id = JsonPath.read(admin(post("/api/v1/organisations"), """
                {"name": "Servizi Incrocio %s", "kind": "ACCREDITED_AGENCY", "fiscalCode": "%s",
                 "accreditationReference": "ACC-%s"}""".formatted(suffix, vatNumber(), suffix)), "$.id");
        String site = JsonPath.read(admin(post("/api/v1/organisations/" + id + "/sites"), """
                {"name": "Sede %s", "address": "Via Roma 1", "comune": "L219",
                 "features": ["COUNTER_WITH_WAITING_AREA", "JOB_OPPORTUNITY_BOARD", "SELF_CONSULTATION_SPACE",
                              "INDIVIDUAL_INTERVIEW_SPACE", "ISOLATED_WORKSTATION", "PC_WITH_INTERNET",
                              "GROUP_CLASSROOM", "PHONE_EMAIL_CONTACT", "DEDICATED_RECEPTION", "UPDATED_WEBSITE",
                              "ONLINE_MATCHING_TOOLS"]}""".formatted(suffix)), "$.id");
        String username = "incrocio." + suffix;
        lastUsername = username;
        admin(post("/api/v1/users"), """
                {"username": "%s", "password": "una-password-lunga", "role": "OPERATOR", "organisationId": "%s",
                 "siteIds": ["%s"], "competences": ["DISABILITY_EXPERIENCE", "ADDICTION_EXPERIENCE", "PRISON_EXPERIENCE",
                 "CARE_NEEDS_EXPERIENCE", "SOCIO_HEALTH_SPECIALISATION", "CULTURAL_MEDIATION", "FOREIGN_LANGUAGES"]}"""
                .formatted(username, id, site));
        return new Organisation(id, site,
                org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                        .httpBasic(username, "una-password-lunga"));
    }

    private String lastUsername;

    /** The username of the operator of the last organisation created (password una-password-lunga). */
    public String lastUsername() {
        return lastUsername;
    }

    private String admin(MockHttpServletRequestBuilder request, String json) throws Exception {
        ResultActions result = mvc.perform(request.contentType(MediaType.APPLICATION_JSON).content(json).with(ADMIN));
        if (result.andReturn().getResponse().getStatus() >= 300) {
            throw new AssertionError(result.andReturn().getResponse().getContentAsString());
        }
        return result.andReturn().getResponse().getContentAsString();
    }

    static String vatNumber() {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            digits.append(java.util.concurrent.ThreadLocalRandom.current().nextInt(10));
        }
        return digits.toString() + it.retelavoro.shared.VatNumber.checkDigit(digits.toString());
    }

    /** The protected data of a person, which must never weigh on a score. */
    public record Protected(String sex, LocalDate birthDate, String birthPlace, String citizenship, String complexTarget) {

        public static Protected plain() {
            return new Protected("F", LocalDate.of(1985, 3, 12), "L219", "IT", null);
        }

        public static Protected other() {
            return new Protected("M", LocalDate.of(1961, 7, 2), "Z330", "MA", "DISABLED");
        }
    }

    /**
     * A person with consent to matching, a signed Patto and A3 done.
     *
     * @param profile the JSON of the professional profile
     */
    public String proposable(Organisation organisation, Protected data, String comune, String education, String profile)
            throws Exception {
        String person = person(organisation, data, comune, education, true, profile);
        base.pact(organisation, person, today());
        base.plan(organisation, person, today(), true);
        return person;
    }

    public String person(Organisation organisation, Protected data, String comune, String education, boolean consent,
            String profile) throws Exception {
        String code = FiscalCodes.random(data.birthDate(), data.sex(), data.birthPlace());
        String id = JsonPath.read(send(post("/api/v1/persons"), """
                {"fiscalCode": "%s", "firstName": "Candida", "lastName": "Prova", "birthDate": "%s",
                 "sex": "%s", "birthPlace": "%s", "citizenship": "%s",
                 "residence": {"address": "Via Po 1", "comune": "%s"}, "educationLevel": %s,
                 "matchingConsent": %s, "profile": %s}"""
                .formatted(code, data.birthDate(), data.sex(), data.birthPlace(), data.citizenship(), comune,
                        education == null ? "null" : "\"" + education + "\"", consent, profile),
                organisation).andReturn().getResponse().getContentAsString(), "$.id");
        if (data.complexTarget() != null) {
            send(put("/api/v1/persons/" + id + "/complex-targets"),
                    "{\"targets\": [\"%s\"], \"culturalMediation\": true}".formatted(data.complexTarget()), organisation);
        }
        return id;
    }

    /** A company with a signed Patto. */
    public String company(Organisation organisation) throws Exception {
        String company = base.company(organisation);
        base.b2(organisation, company, today());
        return company;
    }

    public String vacancy(Organisation organisation, String company, String title, String occupation, String comune,
            String requirements, boolean published, boolean anonymous) throws Exception {
        return JsonPath.read(send(post("/api/v1/employers/" + company + "/vacancies"), """
                {"title": "%s", "description": "Lavoro in negozio", "occupation": "%s", "positions": 1,
                 "comune": "%s", "contractType": "FIXED_TERM", "hoursPerWeek": 38, "requirements": %s,
                 "published": %s, "anonymous": %s, "expiresOn": "%s"}"""
                .formatted(title, occupation, comune, requirements, published, anonymous, today().plusMonths(2)),
                organisation).andReturn().getResponse().getContentAsString(), "$.id");
    }

    /** A profile with one experience, licences, languages and hours. */
    public static String profile(String occupation, LocalDate from, LocalDate to, String description, String licences,
            String languages, String hours) {
        return """
                {"experiences": [{"employer": "Bottega", "occupation": "%s", "from": "%s", "to": "%s", "description": "%s"}],
                 "languages": [%s], "drivingLicences": [%s], "desiredOccupations": [],
                 "availability": {"hours": "%s", "provinces": [], "willingToRelocate": false}}"""
                .formatted(occupation, from, to, description, languages, licences, hours);
    }

    private ResultActions send(MockHttpServletRequestBuilder request, String json, Organisation who) throws Exception {
        ResultActions result = mvc.perform(request.contentType(MediaType.APPLICATION_JSON).content(json)
                .with(who.operator()));
        int status = result.andReturn().getResponse().getStatus();
        if (status >= 300) {
            throw new AssertionError(status + " " + result.andReturn().getResponse().getContentAsString());
        }
        return result;
    }
}
