package it.retelavoro.interop.sap;

import it.retelavoro.interop.sap.Sap.ActionEntry;
import it.retelavoro.interop.sap.Sap.ActivePolicies;
import it.retelavoro.interop.sap.Sap.Address;
import it.retelavoro.interop.sap.Sap.AdministrativeData;
import it.retelavoro.interop.sap.Sap.Availability;
import it.retelavoro.interop.sap.Sap.Coded;
import it.retelavoro.interop.sap.Sap.Course;
import it.retelavoro.interop.sap.Sap.DeclaredExperience;
import it.retelavoro.interop.sap.Sap.DeliveryEntry;
import it.retelavoro.interop.sap.Sap.EducationAndTraining;
import it.retelavoro.interop.sap.Sap.InternshipEntry;
import it.retelavoro.interop.sap.Sap.Language;
import it.retelavoro.interop.sap.Sap.LanguagesAndSkills;
import it.retelavoro.interop.sap.Sap.PactEntry;
import it.retelavoro.interop.sap.Sap.PersonalData;
import it.retelavoro.interop.sap.Sap.PlanEntry;
import it.retelavoro.interop.sap.Sap.TrainingEntry;
import it.retelavoro.interop.sap.Sap.WorkExperiences;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a {@link Sap} as XML with the JDK's StAX writer: UTF-8, every element in the namespace {@value #NAMESPACE},
 * the national SAP's names (the mapping is in {@code docs/sap.md}). Dates are ISO ({@code xs:date}), booleans
 * {@code true}/{@code false}, a coded value is its description with the code in the attribute {@code codice}; an
 * absent value has no element, an empty list an empty container. The writer escapes markup; characters XML 1.0
 * does not allow (control characters, lone surrogates) are dropped, so any text an operator typed stays
 * well-formed.
 */
public final class SapXmlWriter {

    /** The namespace of the format's version {@value Sap#VERSION}. */
    public static final String NAMESPACE = "urn:retelavoro:sap:" + Sap.VERSION;

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final XMLStreamWriter xml;

    private SapXmlWriter(XMLStreamWriter xml) {
        this.xml = xml;
    }

    /** The sheet as an XML document in UTF-8. */
    public static byte[] write(Sap sap) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
            new SapXmlWriter(xml).document(sap);
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("SAP non scritta in XML", e);
        }
        return out.toByteArray();
    }

    private void document(Sap sap) throws XMLStreamException {
        xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
        xml.setDefaultNamespace(NAMESPACE);
        xml.writeStartElement(NAMESPACE, "schedaAnagraficaProfessionale");
        xml.writeDefaultNamespace(NAMESPACE);
        xml.writeAttribute("versione", sap.version());
        xml.writeAttribute("dataGenerazione", sap.generatedOn().toString());
        text("identificativoPersona", sap.personId().toString());
        text("enteTitolare", sap.holder());
        personalData(sap.personalData());
        administrativeData(sap.administrativeData());
        workExperiences(sap.workExperiences());
        educationAndTraining(sap.educationAndTraining());
        languagesAndSkills(sap.languagesAndSkills());
        start("professioniDesiderate");
        for (Coded occupation : sap.desiredOccupations()) {
            start("professioneDesiderata");
            coded("qualifica", occupation);
            end();
        }
        end();
        availability(sap.availability());
        activePolicies(sap.activePolicies());
        end();
        xml.writeEndDocument();
    }

    private void personalData(PersonalData data) throws XMLStreamException {
        start("datiAnagrafici");
        start("datiPersonali");
        text("codiceFiscale", data.fiscalCode());
        text("cognome", data.lastName());
        text("nome", data.firstName());
        date("dataDiNascita", data.birthDate());
        coded("genere", data.sex());
        coded("luogoDiNascita", data.birthPlace());
        coded("cittadinanza", data.citizenship());
        end();
        start("reperibilitaRecapiti");
        address("residenza", data.residence());
        address("domicilio", data.domicile());
        start("recapito");
        text("telefono", data.phone());
        text("email", data.email());
        end();
        end();
        end();
    }

    private void address(String name, Address address) throws XMLStreamException {
        if (address == null) {
            return;
        }
        start(name);
        text("indirizzo", address.street());
        coded("comune", address.comune());
        end();
    }

    private void administrativeData(AdministrativeData data) throws XMLStreamException {
        start("datiAmministrativi");
        start("posizione");
        date("dataDid", data.didDate());
        coded("statoDid", data.didState());
        date("dataStatoDid", data.didStateSince());
        coded("origine", data.didChannel());
        number("mesiAnzianitaDisoccup", data.monthsSinceDid());
        date("dataFirmaPatto", data.pactSignedOn());
        end();
        end();
    }

    private void workExperiences(WorkExperiences experiences) throws XMLStreamException {
        start("esperienzeLavorative");
        start("rapporti");
        for (SapEmployment employment : experiences.employments()) {
            start("rapporto");
            text("codiceFiscaleAzienda", employment.employerFiscalCode());
            text("denominazioneAzienda", employment.employerName());
            date("dataInizioRapporto", employment.start());
            date("dataFineRapporto", employment.end());
            coded("contratto", employment.contractType());
            coded("tipoOrario", employment.workingTime());
            coded("qualifica", employment.occupation());
            end();
        }
        end();
        start("esperienzeProfessionali");
        for (DeclaredExperience experience : experiences.declared()) {
            start("esperienzaProfessionale");
            text("denominazioneDatore", experience.employer());
            coded("qualifica", experience.occupation());
            date("dataAssunzione", experience.from());
            date("dataCessazione", experience.to());
            text("mansione", experience.description());
            end();
        }
        end();
        end();
    }

    private void educationAndTraining(EducationAndTraining education) throws XMLStreamException {
        start("percorsoFormativo");
        coded("titoloDiStudio", education.educationLevel());
        start("formazioneProfessionale");
        for (Course course : education.courses()) {
            start("altroCorso");
            text("denominazioneCorso", course.title());
            text("enteErogatore", course.provider());
            number("durataOre", course.hours());
            date("dataFine", course.completedOn());
            end();
        }
        end();
        end();
    }

    private void languagesAndSkills(LanguagesAndSkills skills) throws XMLStreamException {
        start("informazioniCurriculari");
        start("lingueStraniere");
        for (Language language : skills.languages()) {
            start("linguaStraniera");
            coded("lingua", language.language());
            coded("livello", language.level());
            bool("madrelingua", language.motherTongue());
            end();
        }
        end();
        start("patenti");
        for (Coded licence : skills.drivingLicences()) {
            coded("patente", licence);
        }
        end();
        end();
    }

    private void availability(Availability availability) throws XMLStreamException {
        start("disponibilita");
        coded("orario", availability.workingHours());
        number("kmMassimi", availability.maxKm());
        start("province");
        for (String province : availability.provinces()) {
            text("provincia", province);
        }
        end();
        bool("disponibilitaTrasferimento", availability.willingToRelocate());
        bool("disponibilitaFormazione", availability.trainingAvailability());
        end();
    }

    private void activePolicies(ActivePolicies policies) throws XMLStreamException {
        start("politicheAttive");
        start("erogazioni");
        for (DeliveryEntry delivery : policies.deliveries()) {
            start("erogazione");
            coded("attivita", delivery.service());
            date("data", delivery.date());
            coded("modalita", delivery.mode());
            number("durataMinuti", delivery.minutes());
            text("entePromotore", delivery.organisation());
            text("titoloProgetto", delivery.programme());
            end();
        }
        end();
        start("patti");
        for (PactEntry pact : policies.pacts()) {
            start("patto");
            date("dataPatto", pact.decidedOn());
            coded("esito", pact.outcome());
            bool("inVigore", pact.inForce());
            text("enteCompetenza", pact.organisation());
            end();
        }
        end();
        start("pianiAzione");
        for (PlanEntry plan : policies.actionPlans()) {
            start("pai");
            date("dataInizioPai", plan.decidedOn());
            coded("esito", plan.outcome());
            bool("inVigore", plan.inForce());
            text("enteCompetenza", plan.organisation());
            actions(plan.actions());
            end();
        }
        end();
        start("corsi");
        for (TrainingEntry training : policies.training()) {
            start("corso");
            coded("evento", training.step());
            date("data", training.date());
            text("titolo", training.course());
            text("enteErogatore", training.provider());
            number("durataOre", training.hours());
            text("enteCompetenza", training.organisation());
            end();
        }
        end();
        start("tirocini");
        for (InternshipEntry internship : policies.internships()) {
            start("tirocinio");
            text("soggettoOspitante", internship.host());
            date("dataInizio", internship.start());
            date("dataFine", internship.end());
            coded("stato", internship.state());
            date("dataAttivazione", internship.activatedOn());
            text("entePromotore", internship.organisation());
            end();
        }
        end();
        end();
    }

    private void actions(List<ActionEntry> actions) throws XMLStreamException {
        start("azioni");
        for (ActionEntry action : actions) {
            start("azione");
            coded("servizio", action.service());
            text("descrizione", action.description());
            date("dataScadenza", action.dueOn());
            coded("stato", action.state());
            end();
        }
        end();
    }

    private void start(String name) throws XMLStreamException {
        xml.writeStartElement(NAMESPACE, name);
    }

    private void end() throws XMLStreamException {
        xml.writeEndElement();
    }

    private void text(String name, String value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        start(name);
        xml.writeCharacters(clean(value));
        end();
    }

    private void date(String name, LocalDate value) throws XMLStreamException {
        text(name, value == null ? null : value.toString());
    }

    private void number(String name, Integer value) throws XMLStreamException {
        text(name, value == null ? null : value.toString());
    }

    private void bool(String name, Boolean value) throws XMLStreamException {
        text(name, value == null ? null : value.toString());
    }

    private void coded(String name, Coded value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        start(name);
        xml.writeAttribute("codice", clean(value.code()));
        xml.writeCharacters(clean(value.description() == null ? value.code() : value.description()));
        end();
    }

    /** The text without the characters XML 1.0 cannot carry (escaping is the writer's). */
    static String clean(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                kept.append(c).append(text.charAt(++i));
            } else if (c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD)) {
                kept.append(c);
            }
        }
        return kept.toString();
    }
}
