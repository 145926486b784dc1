package it.retelavoro.agenda;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import it.retelavoro.network.NetworkManagement;
import it.retelavoro.network.Organisation;
import it.retelavoro.network.Site;
import it.retelavoro.network.UserAccount;
import it.retelavoro.person.Address;
import it.retelavoro.person.Person;
import it.retelavoro.reference.Comuni;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The documents of a convocation: the letter as PDF (the XHTML template {@code agenda/convocation-pdf.html} by
 * openhtmltopdf: the legal basis, the place, day and time, what to bring, how to justify an absence and, for a
 * benefit recipient, the consequences of an absence without a justified reason) and the appointment as an
 * iCalendar file (RFC 5545) for the person's calendar. Neither loads anything from outside the document.
 */
@Component
class ConvocationDocuments {

    private static final DateTimeFormatter ICS_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final NetworkManagement network;
    private final Comuni comuni;
    private final Clock clock;
    private final int justificationDays;

    ConvocationDocuments(ITemplateEngine templates, MessageSource messages, NetworkManagement network, Comuni comuni,
            Clock clock, @Value("${retelavoro.agenda.justification-working-days:2}") int justificationDays) {
        this.templates = templates;
        this.messages = messages;
        this.network = network;
        this.comuni = comuni;
        this.clock = clock;
        this.justificationDays = justificationDays;
    }

    /** What the letter and the calendar file say, read once. */
    record Letter(Convocation convocation, Appointment appointment, Person person, Site site, String organisation,
            String operator) {
    }

    Letter letter(Convocation convocation, Appointment appointment, Person person) {
        Site site = network.findSite(appointment.siteId()).orElseThrow();
        String organisation = network.findOrganisation(appointment.organisationId()).map(Organisation::name)
                .orElse("");
        String operator = network.findUser(appointment.operatorId()).map(UserAccount::fullName).orElse("");
        return new Letter(convocation, appointment, person, site, organisation, operator);
    }

    byte[] pdf(Letter letter, Locale locale) {
        Context context = new Context(locale);
        context.setVariable("letter", letter);
        context.setVariable("convocation", letter.convocation());
        context.setVariable("appointment", letter.appointment());
        context.setVariable("person", letter.person());
        context.setVariable("organisation", letter.organisation());
        context.setVariable("operator", letter.operator());
        context.setVariable("site", letter.site());
        context.setVariable("siteAddress", comuni.addressOf(letter.site().address(), letter.site().comuneCode()));
        context.setVariable("personAddress", postalAddress(letter.person()));
        context.setVariable("zone", clock.getZone());
        context.setVariable("justificationDays", justificationDays);
        String xhtml = templates.process("agenda/convocation-pdf", context);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The person's domicile, else the residence, as a line of a postal address. */
    private String postalAddress(Person person) {
        Address address = person.details() == null ? null
                : person.details().domicile() != null ? person.details().domicile() : person.details().residence();
        return address == null ? "" : comuni.addressOf(address.address(), address.comune());
    }

    /** The appointment as an iCalendar event, with its reminder's lead time. */
    byte[] calendar(Letter letter, Locale locale) {
        Appointment appointment = letter.appointment();
        String summary = messages.getMessage("agenda.convocation.ics.summary", new Object[] {letter.organisation()},
                locale);
        String service = messages.getMessage("catalogue.service." + appointment.service() + ".name", null,
                appointment.service().name(), locale);
        String description = messages.getMessage("agenda.convocation.ics.description",
                new Object[] {service, letter.operator()}, locale);
        String location = letter.site().name() + ", "
                + comuni.addressOf(letter.site().address(), letter.site().comuneCode());
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Regione Piemonte//retelavoro//IT");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "METHOD:PUBLISH");
        line(ics, "BEGIN:VEVENT");
        line(ics, "UID:" + letter.convocation().id() + "@retelavoro");
        line(ics, "DTSTAMP:" + ICS_TIME.format(Instant.now(clock)));
        line(ics, "DTSTART:" + ICS_TIME.format(appointment.startsAt()));
        line(ics, "DTEND:" + ICS_TIME.format(appointment.endsAt()));
        line(ics, "SUMMARY:" + text(summary));
        line(ics, "LOCATION:" + text(location));
        line(ics, "DESCRIPTION:" + text(description));
        line(ics, "STATUS:CONFIRMED");
        line(ics, "BEGIN:VALARM");
        line(ics, "ACTION:DISPLAY");
        line(ics, "DESCRIPTION:" + text(summary));
        line(ics, "TRIGGER:-PT2H");
        line(ics, "END:VALARM");
        line(ics, "END:VEVENT");
        line(ics, "END:VCALENDAR");
        return ics.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A TEXT value escaped as RFC 5545 section 3.3.11 says. */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
                .replace("\n", "\\n");
    }

    /** A content line folded at 75 octets (RFC 5545 section 3.1), never inside a UTF-8 character. */
    static void line(StringBuilder ics, String content) {
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > 75) {
                ics.append("\r\n ");
                octets = 1;
            }
            ics.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        ics.append("\r\n");
    }
}
