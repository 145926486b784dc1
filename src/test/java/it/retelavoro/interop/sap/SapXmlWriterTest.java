package it.retelavoro.interop.sap;

import static org.assertj.core.api.Assertions.assertThat;

import it.retelavoro.interop.sap.Sap.ActivePolicies;
import it.retelavoro.interop.sap.Sap.Address;
import it.retelavoro.interop.sap.Sap.AdministrativeData;
import it.retelavoro.interop.sap.Sap.Availability;
import it.retelavoro.interop.sap.Sap.Coded;
import it.retelavoro.interop.sap.Sap.EducationAndTraining;
import it.retelavoro.interop.sap.Sap.LanguagesAndSkills;
import it.retelavoro.interop.sap.Sap.PersonalData;
import it.retelavoro.interop.sap.Sap.WorkExperiences;
import it.retelavoro.pathway.DidState;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The SAP's XML without the application: escaping, characters XML cannot carry, absent values, CO employments. */
class SapXmlWriterTest {

    static final String NS = SapXmlWriter.NAMESPACE;

    private static Sap sap(String lastName, List<SapEmployment> employments) {
        PersonalData data = new PersonalData("RSSMRA85T10L219X", lastName, "Mario", LocalDate.of(1985, 12, 10),
                new Coded("M", "Maschio"), null, null, new Address(null, new Coded("L219", "Torino (TO)")), null,
                null, null);
        return new Sap(Sap.VERSION, LocalDate.of(2026, 12, 6), UUID.randomUUID(), "CPI \"Torino\" & Co",
                data, new AdministrativeData(null, null, null, null, null, null),
                new WorkExperiences(employments, List.of()), new EducationAndTraining(null, List.of()),
                new LanguagesAndSkills(List.of(), List.of()), List.of(),
                new Availability(null, null, List.of(), false, null),
                new ActivePolicies(List.of(), List.of(), List.of(), List.of(), List.of()));
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static String text(Document document, String name) {
        return document.getElementsByTagNameNS(NS, name).item(0).getTextContent();
    }

    @Test
    void escapes_markup_drops_what_xml_cannot_carry_and_keeps_every_other_character() throws Exception {
        String lastName = "D'Amico & <b>\"Figli\"</b> ]]> \u0001\u000B\uFFFE\uD800 Ünal 😀";
        byte[] xml = SapXmlWriter.write(sap(lastName, List.of()));
        String raw = new String(xml, StandardCharsets.UTF_8);
        assertThat(raw).contains("&amp; &lt;b&gt;").doesNotContain("<b>").doesNotContain("\u0001");

        Document document = parse(xml);
        assertThat(text(document, "cognome")).isEqualTo("D'Amico & <b>\"Figli\"</b> ]]>  Ünal 😀");
        assertThat(text(document, "enteTitolare")).isEqualTo("CPI \"Torino\" & Co");
        // absent values have no element; empty lists an empty container
        assertThat(document.getElementsByTagNameNS(NS, "dataDid").getLength()).isZero();
        assertThat(document.getElementsByTagNameNS(NS, "luogoDiNascita").getLength()).isZero();
        assertThat(document.getElementsByTagNameNS(NS, "indirizzo").getLength()).isZero();
        assertThat(((Element) document.getElementsByTagNameNS(NS, "comune").item(0)).getAttribute("codice"))
                .isEqualTo("L219");
        assertThat(document.getElementsByTagNameNS(NS, "erogazioni").getLength()).isEqualTo(1);
        assertThat(document.getElementsByTagNameNS(NS, "erogazione").getLength()).isZero();
    }

    @Test
    void writes_the_co_employments_the_work_history_gives_in_the_format_of_the_sheet() throws Exception {
        SapEmployment employment = new SapEmployment("01234567890", "Alfa & Beta srl", LocalDate.of(2024, 3, 1),
                LocalDate.of(2024, 9, 30), new Coded("A.02.00", "Lavoro a tempo determinato"),
                new Coded("F", "Tempo pieno"), new Coded("5.2.2.1.0", "Cuochi in alberghi e ristoranti"));
        Document document = parse(SapXmlWriter.write(sap("Rossi", List.of(employment))));
        Element rapporto = (Element) document.getElementsByTagNameNS(NS, "rapporto").item(0);
        assertThat(rapporto.getParentNode().getLocalName()).isEqualTo("rapporti");
        assertThat(rapporto.getElementsByTagNameNS(NS, "denominazioneAzienda").item(0).getTextContent())
                .isEqualTo("Alfa & Beta srl");
        assertThat(rapporto.getElementsByTagNameNS(NS, "dataFineRapporto").item(0).getTextContent())
                .isEqualTo("2024-09-30");
        assertThat(((Element) rapporto.getElementsByTagNameNS(NS, "contratto").item(0)).getAttribute("codice"))
                .isEqualTo("A.02.00");
    }

    @Test
    void counts_whole_months_since_the_did_and_none_for_a_revoked_one() {
        assertThat(SapSheets.monthsSinceDid(DidState.CERTIFIED, LocalDate.of(2026, 1, 15), LocalDate.of(2026, 4, 15)))
                .isEqualTo(3);
        assertThat(SapSheets.monthsSinceDid(DidState.SUSPENDED, LocalDate.of(2026, 1, 31), LocalDate.of(2026, 3, 30)))
                .isEqualTo(1);
        assertThat(SapSheets.monthsSinceDid(DidState.DECLARED, LocalDate.of(2026, 4, 15), LocalDate.of(2026, 4, 15)))
                .isZero();
        assertThat(SapSheets.monthsSinceDid(DidState.REVOKED, LocalDate.of(2026, 1, 15), LocalDate.of(2026, 4, 15)))
                .isNull();
    }
}
