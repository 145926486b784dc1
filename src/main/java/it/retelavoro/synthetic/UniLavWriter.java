package it.retelavoro.synthetic;

import it.retelavoro.synthetic.GeneratedCommunication.Cessation;
import it.retelavoro.synthetic.GeneratedCommunication.Employer;
import it.retelavoro.synthetic.GeneratedCommunication.Extension;
import it.retelavoro.synthetic.GeneratedCommunication.Hire;
import it.retelavoro.synthetic.GeneratedCommunication.Transformation;
import it.retelavoro.synthetic.GeneratedCommunication.Worker;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a generated communication as a UniLav document, with the JDK's StAX writer, in the shape
 * {@code interop.co.CoDocumentReader} reads (the element and attribute names and their sources are in
 * {@code docs/interop-co-model.md}): the root's {@code codiceComunicazione}, {@code codiceComunicazionePrecedente},
 * {@code dataInvio} and {@code versione}, then {@code DatoreLavoro}, {@code Lavoratore}, the event and
 * {@code TipoComunicazione}. Stateless and thread-safe.
 */
final class UniLavWriter {

    static final String NAMESPACE = "http://servizi.lavoro.gov.it/unilav";
    static final String VERSION = "CO160201R1";
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();
    private static final DateTimeFormatter SENT_AT = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    byte[] write(GeneratedCommunication communication) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(2048);
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(bytes, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.setDefaultNamespace(NAMESPACE);
            xml.writeStartElement(NAMESPACE, "UniLav");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeAttribute("codiceComunicazione", communication.code());
            if (communication.previousCode() != null) {
                xml.writeAttribute("codiceComunicazionePrecedente", communication.previousCode());
            }
            xml.writeAttribute("dataInvio", SENT_AT.format(communication.sentAt()));
            xml.writeAttribute("versione", VERSION);
            employer(xml, communication.employer());
            worker(xml, communication.worker());
            event(xml, communication.event());
            indent(xml, 1);
            text(xml, "TipoComunicazione", communication.type());
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the UniLav document " + communication.code(), e);
        }
        return bytes.toByteArray();
    }

    /**
     * A zip of the documents, each entry named after its code and dated when it was sent (so that the same
     * documents give the same bytes), in their order.
     */
    byte[] zip(Iterable<GeneratedCommunication> communications) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (GeneratedCommunication communication : communications) {
                ZipEntry entry = new ZipEntry(communication.code() + ".xml");
                entry.setTime(communication.sentAt().toInstant().toEpochMilli());
                zip.putNextEntry(entry);
                zip.write(write(communication));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void employer(XMLStreamWriter xml, Employer employer) throws XMLStreamException {
        indent(xml, 1);
        xml.writeStartElement("DatoreLavoro");
        xml.writeAttribute("codiceFiscale", employer.fiscalCode());
        xml.writeAttribute("denominazione", employer.name());
        place(xml, "SedeLegale", employer.legalSeat(), employer.address());
        place(xml, "SedeLavoro", employer.workplace(), null);
        if (employer.ateco() != null) {
            indent(xml, 2);
            text(xml, "Settore", employer.ateco());
        }
        indent(xml, 2);
        text(xml, "PubblicaAmministrazione", "NO");
        indent(xml, 1);
        xml.writeEndElement();
    }

    /** A place of the employer or the worker; nothing when its comune is unknown. */
    private static void place(XMLStreamWriter xml, String element, String comune, String address)
            throws XMLStreamException {
        if (comune == null) {
            return;
        }
        indent(xml, 2);
        xml.writeStartElement(element);
        text(xml, "Comune", comune);
        if (address != null) {
            text(xml, "Indirizzo", address);
        }
        xml.writeEndElement();
    }

    private static void worker(XMLStreamWriter xml, Worker worker) throws XMLStreamException {
        indent(xml, 1);
        xml.writeStartElement("Lavoratore");
        indent(xml, 2);
        xml.writeStartElement("AnagraficaCompleta");
        text(xml, "cognome", worker.lastName());
        text(xml, "nome", worker.firstName());
        text(xml, "codice-fiscale", worker.fiscalCode());
        text(xml, "cittadinanza", worker.citizenship());
        text(xml, "sesso", worker.sex());
        xml.writeStartElement("nascita");
        text(xml, "comune", worker.birthPlace());
        text(xml, "data", worker.birthDate().toString());
        xml.writeEndElement();
        xml.writeEndElement();
        place(xml, "IndirizzoLavoratore", worker.domicile(), worker.address());
        indent(xml, 1);
        xml.writeEndElement();
    }

    private static void event(XMLStreamWriter xml, GeneratedCommunication.Event event) throws XMLStreamException {
        indent(xml, 1);
        if (event instanceof Hire hire) {
            xml.writeStartElement("InizioRapporto");
            xml.writeAttribute("dataInizio", hire.start().toString());
            if (hire.end() != null) {
                xml.writeAttribute("dataFine", hire.end().toString());
            }
            xml.writeAttribute("TipologiaContrattuale", hire.contractType());
            xml.writeEmptyElement("tipoOrario");
            xml.writeAttribute("codice", hire.workingTime());
            text(xml, "qualificaProfessionale", hire.occupation());
            xml.writeEndElement();
        } else if (event instanceof Extension extension) {
            xml.writeStartElement("Proroga");
            xml.writeAttribute("dataFineProroga", extension.extendedTo().toString());
            xml.writeEmptyElement("Contratto");
            xml.writeAttribute("dataInizio", extension.start().toString());
            xml.writeAttribute("TipologiaContrattuale", extension.contractType());
            xml.writeEndElement();
        } else if (event instanceof Transformation transformation) {
            xml.writeStartElement("Trasformazione");
            xml.writeAttribute("dataTrasformazione", transformation.on().toString());
            xml.writeAttribute("codiceTrasformazione", transformation.code());
            xml.writeStartElement("Contratto");
            xml.writeAttribute("dataInizio", transformation.start().toString());
            xml.writeAttribute("TipologiaContrattuale", transformation.contractType());
            xml.writeEmptyElement("tipoOrario");
            xml.writeAttribute("codice", transformation.workingTime());
            xml.writeEndElement();
            xml.writeEndElement();
        } else {
            Cessation cessation = (Cessation) event;
            xml.writeStartElement("Cessazione");
            xml.writeAttribute("dataCessazione", cessation.on().toString());
            xml.writeAttribute("codiceCausa", cessation.cause());
            xml.writeEmptyElement("Contratto");
            xml.writeAttribute("dataInizio", cessation.start().toString());
            xml.writeEndElement();
        }
    }

    private static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private static void indent(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }
}
