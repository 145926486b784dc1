package it.retelavoro.interop;

import static it.retelavoro.desk.DeskFixtures.ALFA;
import static it.retelavoro.desk.DeskFixtures.CPI_TORINO;
import static it.retelavoro.desk.DeskFixtures.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import it.retelavoro.desk.DeskFixtures;
import it.retelavoro.interop.sap.SapXmlWriter;
import it.retelavoro.person.FiscalCodes;
import it.retelavoro.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Issue 15, part 3: the Scheda Anagrafico-Professionale ({@code GET /api/v1/persons/{id}/sap}, {@code sap.xml},
 * {@code sap.pdf}) of a person with a Patto, a PAI with an action, a recorded experience, languages, training and
 * an internship: every section filled, the XML well-formed in its namespace with markup escaped, the PDF readable,
 * only for the organisation in charge, every read and denial audited, no special-category data anywhere.
 */
@IntegrationTest
class SapApiTests {

    static final RequestPostProcessor CPI_CUNEO = httpBasic("cpi.cuneo", "demo");
    static final RequestPostProcessor ANALYST = httpBasic("regione", "demo");
    static final String NS = SapXmlWriter.NAMESPACE;
    static final DateTimeFormatter ITALIAN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    String person;
    String lastName;
    String employer;

    /** A person of CPI Torino with a profile, a DID, a Patto, a PAI, training, an internship and a complex target. */
    @BeforeEach
    void aPersonWithAPathway() throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 6);
        lastName = "Dell'Orto & <Sap " + unique + ">";
        employer = "Rossi & <Figli> srl " + unique;
        String body = """
                {"fiscalCode": "%s", "firstName": "Giovanna", "lastName": "%s", "birthDate": "1985-03-12",
                 "sex": "F", "birthPlace": "L219", "citizenship": "IT",
                 "residence": {"address": "Via Po 1", "comune": "L219"},
                 "domicile": {"address": "Corso Nizza 2", "comune": "D205"},
                 "phone": "+39 011 7654321", "email": "giovanna.sap@example.org", "educationLevel": "PSE",
                 "profile": {"experiences": [{"employer": "%s", "occupation": "5.2.2.1.0",
                                              "from": "2015-02-01", "to": "2019-06-30", "description": "Aiuto cuoca"}],
                             "languages": [{"language": "it", "motherTongue": true},
                                           {"language": "en", "level": "B2"}],
                             "drivingLicences": ["B"], "desiredOccupations": ["5.2.2.1.0"],
                             "availability": {"hours": "PART_TIME", "maxKm": 25, "provinces": ["TO"],
                                              "willingToRelocate": true}}}"""
                .formatted(FiscalCodes.random(LocalDate.of(1985, 3, 12), "F", "L219"), lastName, employer);
        person = JsonPath.read(mvc.perform(post("/api/v1/persons").contentType(MediaType.APPLICATION_JSON)
                .content(body).with(CPI_TORINO)).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8), "$.id");
        send(post("/api/v1/persons/" + person + "/did"),
                "{\"declaredOn\": \"" + today() + "\", \"channel\": \"CPI_COUNTER\"}");
        DeskFixtures fixtures = new DeskFixtures(mvc);
        fixtures.signPact(person);
        fixtures.signPlan(person, today().plusDays(30));
        send(post("/api/v1/persons/" + person + "/training"), """
                {"event": "COMPLETED", "date": "%s", "course": "Sicurezza alimentare HACCP", "provider": "Ente Formativo Po",
                 "hours": 12}""".formatted(today()));
        send(post("/api/v1/persons/" + person + "/internships"), """
                {"start": "%s", "end": "%s", "host": "Trattoria del Borgo", "tutor": "Marco Neri"}"""
                .formatted(today().plusDays(7), today().plusMonths(3)));
        // special-category data the SAP must never carry
        mvc.perform(put("/api/v1/persons/" + person + "/complex-targets").contentType(MediaType.APPLICATION_JSON)
                .content("{\"targets\": [\"DISABLED\"], \"culturalMediation\": true}").with(CPI_TORINO))
                .andExpect(status().isOk());
    }

    private void send(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
            String json) throws Exception {
        mvc.perform(request.contentType(MediaType.APPLICATION_JSON).content(json).with(CPI_TORINO))
                .andExpect(status().isCreated());
    }

    @Test
    void the_json_fills_every_section_from_the_person_and_the_pathway_and_the_read_is_audited() throws Exception {
        String json = mvc.perform(get("/api/v1/persons/" + person + "/sap").with(CPI_TORINO))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.version").value("1"))
                .andExpect(jsonPath("$.personId").value(person))
                .andExpect(jsonPath("$.holder").value("CPI Torino"))
                // personal data
                .andExpect(jsonPath("$.personalData.lastName").value(lastName))
                .andExpect(jsonPath("$.personalData.firstName").value("Giovanna"))
                .andExpect(jsonPath("$.personalData.birthDate").value("1985-03-12"))
                .andExpect(jsonPath("$.personalData.sex.code").value("F"))
                .andExpect(jsonPath("$.personalData.sex.description").value("Femmina"))
                .andExpect(jsonPath("$.personalData.birthPlace.code").value("L219"))
                .andExpect(jsonPath("$.personalData.birthPlace.description", containsStringIgnoringCase("torino")))
                .andExpect(jsonPath("$.personalData.citizenship.code").value("IT"))
                .andExpect(jsonPath("$.personalData.residence.street").value("Via Po 1"))
                .andExpect(jsonPath("$.personalData.domicile.comune.code").value("D205"))
                .andExpect(jsonPath("$.personalData.phone").value("+39 011 7654321"))
                .andExpect(jsonPath("$.personalData.email").value("giovanna.sap@example.org"))
                // administrative data: the DID of today, the Patto signed today
                .andExpect(jsonPath("$.administrativeData.didDate").value(today().toString()))
                .andExpect(jsonPath("$.administrativeData.didState.code").value("DECLARED"))
                .andExpect(jsonPath("$.administrativeData.didState.description").value("Dichiarata"))
                .andExpect(jsonPath("$.administrativeData.didChannel.code").value("CPI_COUNTER"))
                .andExpect(jsonPath("$.administrativeData.monthsSinceDid").value(0))
                .andExpect(jsonPath("$.administrativeData.pactSignedOn").value(today().toString()))
                // work experiences: no CO history yet, the recorded experience
                .andExpect(jsonPath("$.workExperiences.employments", hasSize(0)))
                .andExpect(jsonPath("$.workExperiences.declared[0].employer").value(employer))
                .andExpect(jsonPath("$.workExperiences.declared[0].occupation.code").value("5.2.2.1.0"))
                .andExpect(jsonPath("$.workExperiences.declared[0].from").value("2015-02-01"))
                .andExpect(jsonPath("$.workExperiences.declared[0].description").value("Aiuto cuoca"))
                // education and training
                .andExpect(jsonPath("$.educationAndTraining.educationLevel.code").value("PSE"))
                .andExpect(jsonPath("$.educationAndTraining.courses[0].title").value("Sicurezza alimentare HACCP"))
                .andExpect(jsonPath("$.educationAndTraining.courses[0].hours").value(12))
                // languages and skills
                .andExpect(jsonPath("$.languagesAndSkills.languages[?(@.language.code == 'en')].level.code",
                        contains("B2")))
                .andExpect(jsonPath("$.languagesAndSkills.languages[?(@.language.code == 'it')].motherTongue",
                        contains(true)))
                .andExpect(jsonPath("$.languagesAndSkills.languages[?(@.language.code == 'en')].language.description",
                        contains("inglese")))
                .andExpect(jsonPath("$.languagesAndSkills.drivingLicences[0].code").value("B"))
                // desired occupations and availability
                .andExpect(jsonPath("$.desiredOccupations[0].code").value("5.2.2.1.0"))
                .andExpect(jsonPath("$.availability.workingHours.code").value("PART_TIME"))
                .andExpect(jsonPath("$.availability.maxKm").value(25))
                .andExpect(jsonPath("$.availability.provinces", contains("TO")))
                .andExpect(jsonPath("$.availability.willingToRelocate").value(true))
                .andExpect(jsonPath("$.availability.trainingAvailability").value(true))
                // active policies with dates and organisations
                .andExpect(jsonPath("$.activePolicies.deliveries[*].service.code", hasItem("A2")))
                .andExpect(jsonPath("$.activePolicies.deliveries[*].service.code", hasItem("A3")))
                .andExpect(jsonPath("$.activePolicies.deliveries[0].date").value(today().toString()))
                .andExpect(jsonPath("$.activePolicies.deliveries[0].organisation").value("CPI Torino"))
                .andExpect(jsonPath("$.activePolicies.pacts[0].outcome.code").value("SIGNED"))
                .andExpect(jsonPath("$.activePolicies.pacts[0].inForce").value(true))
                .andExpect(jsonPath("$.activePolicies.pacts[0].decidedOn").value(today().toString()))
                .andExpect(jsonPath("$.activePolicies.pacts[0].organisation").value("CPI Torino"))
                .andExpect(jsonPath("$.activePolicies.actionPlans[0].inForce").value(true))
                .andExpect(jsonPath("$.activePolicies.actionPlans[0].actions[0].service.code").value("A4"))
                .andExpect(jsonPath("$.activePolicies.actionPlans[0].actions[0].description")
                        .value("Bilancio di competenze"))
                .andExpect(jsonPath("$.activePolicies.actionPlans[0].actions[0].dueOn")
                        .value(today().plusDays(30).toString()))
                .andExpect(jsonPath("$.activePolicies.actionPlans[0].actions[0].state.code").value("PLANNED"))
                .andExpect(jsonPath("$.activePolicies.training[0].step.code").value("COMPLETED"))
                .andExpect(jsonPath("$.activePolicies.training[0].organisation").value("CPI Torino"))
                .andExpect(jsonPath("$.activePolicies.internships[0].host").value("Trattoria del Borgo"))
                .andExpect(jsonPath("$.activePolicies.internships[0].start").value(today().plusDays(7).toString()))
                .andExpect(jsonPath("$.activePolicies.internships[0].state.code").value("PLANNED"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(json).doesNotContain("DISABLED").doesNotContain("disabilit").doesNotContain("ediation")
                .doesNotContain("omplexTarget").doesNotContain("Marco Neri");

        assertThat(jdbc.sql("select detail from audit_event where action = 'SAP_READ' and object_id = :id"
                + " and outcome = 'SUCCESS'").param("id", person).query(String.class).list())
                .containsExactly("format=json");
    }

    @Test
    void the_xml_is_well_formed_in_its_namespace_with_the_values_and_the_markup_escaped() throws Exception {
        byte[] xml = mvc.perform(get("/api/v1/persons/" + person + "/sap.xml").with(CPI_TORINO))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_XML))
                .andReturn().getResponse().getContentAsByteArray();
        String text = new String(xml, StandardCharsets.UTF_8);
        assertThat(text).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
                .contains("Dell'Orto &amp; &lt;Sap ").doesNotContain("<Sap ").doesNotContain("<Figli>")
                .doesNotContain("DISABLED").doesNotContain("Marco Neri");

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        Element root = document.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo("urn:retelavoro:sap:1");
        assertThat(root.getLocalName()).isEqualTo("schedaAnagraficaProfessionale");
        assertThat(root.getAttribute("versione")).isEqualTo("1");
        assertThat(root.getAttribute("dataGenerazione")).isEqualTo(today().toString());
        assertThat(only(document, "cognome")).isEqualTo(lastName);
        assertThat(only(document, "enteTitolare")).isEqualTo("CPI Torino");
        assertThat(only(document, "denominazioneDatore")).isEqualTo(employer);
        assertThat(only(document, "dataDid")).isEqualTo(today().toString());
        assertThat(element(document, "statoDid").getAttribute("codice")).isEqualTo("DECLARED");
        assertThat(only(document, "mesiAnzianitaDisoccup")).isEqualTo("0");
        assertThat(only(document, "dataFirmaPatto")).isEqualTo(today().toString());
        assertThat(element(document, "genere").getAttribute("codice")).isEqualTo("F");
        assertThat(only(document, "genere")).isEqualTo("Femmina");
        assertThat(element(document, "titoloDiStudio").getAttribute("codice")).isEqualTo("PSE");
        assertThat(only(document, "denominazioneCorso")).isEqualTo("Sicurezza alimentare HACCP");
        assertThat(document.getElementsByTagNameNS(NS, "linguaStraniera").getLength()).isEqualTo(2);
        assertThat(element(document, "professioneDesiderata").getTextContent()).contains("Cuochi");
        assertThat(only(document, "disponibilitaFormazione")).isEqualTo("true");
        assertThat(document.getElementsByTagNameNS(NS, "rapporto").getLength()).isZero();
        Element pact = element(document, "patto");
        assertThat(child(pact, "dataPatto")).isEqualTo(today().toString());
        assertThat(child(pact, "enteCompetenza")).isEqualTo("CPI Torino");
        Element action = element(document, "azione");
        assertThat(child(action, "descrizione")).isEqualTo("Bilancio di competenze");
        assertThat(child(action, "dataScadenza")).isEqualTo(today().plusDays(30).toString());
        assertThat(only(document, "soggettoOspitante")).isEqualTo("Trattoria del Borgo");
        assertThat(document.getElementsByTagNameNS(NS, "erogazione").getLength()).isEqualTo(2);

        assertThat(jdbc.sql("select detail from audit_event where action = 'SAP_READ' and object_id = :id"
                + " and outcome = 'SUCCESS'").param("id", person).query(String.class).list())
                .containsExactly("format=xml");
    }

    @Test
    void the_pdf_prints_the_sheet_with_the_persons_name_and_italian_dates_from_the_api_and_the_page() throws Exception {
        byte[] pdf = mvc.perform(get("/api/v1/persons/" + person + "/sap.pdf").with(CPI_TORINO))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            // short words: a long value may wrap inside its table cell
            assertThat(text).contains("Scheda Anagrafico-Professionale").contains("Giovanna")
                    .contains(lastName).contains("Aiuto cuoca").contains("Dati amministrativi")
                    .contains("Bilancio").contains("Trattoria")
                    .contains(today().format(ITALIAN)).contains("12/03/1985")
                    .doesNotContain("disabilit").doesNotContain("??");
        }

        // the person's page links it, and the link answers with the pages' session
        String page = mvc.perform(get("/persons/" + person).with(CPI_TORINO)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("href=\"/persons/" + person + "/sap.pdf\"").contains("Scheda SAP (PDF)");
        byte[] fromPage = mvc.perform(get("/persons/" + person + "/sap.pdf").with(CPI_TORINO))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(fromPage, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'SAP_READ' and object_id = :id"
                + " and outcome = 'SUCCESS' and detail = 'format=pdf'").param("id", person).query(Long.class)
                .single()).isEqualTo(2);
    }

    @Test
    void another_organisation_and_the_analyst_get_403_and_the_denial_is_audited() throws Exception {
        for (String path : new String[] {"/sap", "/sap.xml", "/sap.pdf"}) {
            for (RequestPostProcessor who : new RequestPostProcessor[] {CPI_CUNEO, ALFA, ANALYST}) {
                mvc.perform(get("/api/v1/persons/" + person + path).with(who)).andExpect(status().isForbidden());
            }
        }
        mvc.perform(get("/persons/" + person + "/sap.pdf").with(CPI_CUNEO)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/persons/" + UUID.randomUUID() + "/sap").with(CPI_TORINO))
                .andExpect(status().isNotFound());

        assertThat(jdbc.sql("select username from audit_event where action = 'SAP_READ' and object_id = :id"
                + " and outcome = 'DENIED'").param("id", person).query(String.class).list())
                .hasSize(10).contains("cpi.cuneo", "agenzia.alfa", "regione");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'SAP_READ' and object_id = :id"
                + " and outcome = 'SUCCESS'").param("id", person).query(Long.class).single()).isZero();
    }

    private static Element element(Document document, String name) {
        return (Element) document.getElementsByTagNameNS(NS, name).item(0);
    }

    private static String only(Document document, String name) {
        assertThat(document.getElementsByTagNameNS(NS, name).getLength()).as(name).isEqualTo(1);
        return element(document, name).getTextContent();
    }

    private static String child(Element parent, String name) {
        return parent.getElementsByTagNameNS(NS, name).item(0).getTextContent();
    }
}
