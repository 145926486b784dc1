package it.retelavoro.desk.web;

import it.retelavoro.desk.CaseloadEmployer;
import it.retelavoro.desk.CaseloadPerson;
import it.retelavoro.desk.DidToConvene;
import it.retelavoro.desk.DidsToConvene;
import it.retelavoro.desk.EmployerCaseload;
import it.retelavoro.desk.EmployerFilter;
import it.retelavoro.desk.Paging;
import it.retelavoro.desk.PersonCaseload;
import it.retelavoro.desk.PersonFilter;
import it.retelavoro.shared.CurrentUser;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * The caseload lists as CSV (RFC 4180, comma separated, UTF-8), written row by row as the database streams
 * them: every row of the filtered list, in the list's order, whatever its length. A text cell a spreadsheet
 * would run as a formula is kept text with an apostrophe, as the monitoring exports do.
 */
@Component
class CaseloadCsv {

    private static final Pattern NEEDS_QUOTES = Pattern.compile("[,;\"\r\n]");
    private static final Pattern FORMULA_START = Pattern.compile("(^|[,;\\r\\n])([=+\\-@\\t\\r])");
    /** A number, negative ones included: no formula, written as it is. */
    private static final Pattern NUMBER = Pattern.compile("-?\\d+");

    private final PersonCaseload persons;
    private final EmployerCaseload employers;
    private final DidsToConvene didsToConvene;
    private final MessageSource messages;

    CaseloadCsv(PersonCaseload persons, EmployerCaseload employers, DidsToConvene didsToConvene,
            MessageSource messages) {
        this.persons = persons;
        this.employers = employers;
        this.didsToConvene = didsToConvene;
        this.messages = messages;
    }

    void didsToConvene(CurrentUser caller, Locale locale, HttpServletResponse response) throws IOException {
        PrintWriter out = open(response, "did-da-convocare.csv");
        row(out, List.of(text("desk.column.person", locale), text("person.fiscal-code", locale),
                text("desk.column.channel", locale), text("desk.column.declared-on", locale),
                text("desk.column.convene-by", locale), text("desk.column.days-left", locale),
                text("desk.column.convoked-for", locale)));
        didsToConvene.each(caller, (DidToConvene did) -> row(out, List.of(did.name(), did.fiscalCode(),
                text(did.channelKey(), locale), date(did.declaredOn(), locale), date(did.deadline(), locale),
                String.valueOf(did.daysLeft()), did.convokedFor() == null ? ""
                        : date(did.convokedFor().toLocalDate(), locale) + " "
                                + did.convokedFor().toLocalTime().toString())));
        out.flush();
    }

    void persons(PersonFilter filter, Paging order, CurrentUser caller, Locale locale, HttpServletResponse response)
            throws IOException {
        PrintWriter out = open(response, "persone-in-carico.csv");
        row(out, List.of(text("person.last-name", locale), text("person.first-name", locale),
                text("person.fiscal-code", locale), text("desk.column.stage", locale),
                text("desk.column.last-contact", locale), text("desk.column.next-due", locale),
                text("desk.column.operator", locale)));
        persons.each(filter, order, caller, (CaseloadPerson person) -> row(out, List.of(person.lastName(),
                person.firstName(), person.fiscalCode(),
                person.stage() == null ? "" : text(person.stage().labelKey(), locale),
                date(person.lastContact(), locale), date(person.nextDue(), locale),
                person.operatorName() == null ? "" : person.operatorName())));
        out.flush();
    }

    void employers(EmployerFilter filter, Paging order, CurrentUser caller, Locale locale,
            HttpServletResponse response) throws IOException {
        PrintWriter out = open(response, "imprese-in-carico.csv");
        row(out, List.of(text("desk.column.company", locale), text("desk.column.fiscal-code", locale),
                text("desk.column.ateco", locale), text("desk.column.pact", locale),
                text("desk.column.open-vacancies", locale), text("desk.column.awaiting-feedback", locale)));
        employers.each(filter, order, caller, (CaseloadEmployer employer) -> row(out, List.of(employer.name(),
                employer.fiscalCode(), employer.atecoCode(),
                text(employer.pactInForce() ? "desk.yes" : "desk.no", locale),
                String.valueOf(employer.openVacancies()), String.valueOf(employer.awaitingFeedback()))));
        out.flush();
    }

    private static PrintWriter open(HttpServletResponse response, String name) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(name).build().toString());
        return response.getWriter();
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private static String date(LocalDate date, Locale locale) {
        if (date == null) {
            return "";
        }
        return "it".equals(locale.getLanguage()) ? date.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))
                : date.toString();
    }

    private static void row(PrintWriter out, List<String> cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            String value = cells.get(i) == null ? "" : cells.get(i);
            String cell = NUMBER.matcher(value).matches() ? value : FORMULA_START.matcher(value).replaceAll("$1'$2");
            line.append(NEEDS_QUOTES.matcher(cell).find() ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
        }
        out.append(line).append("\r\n");
        if (out.checkError()) {
            throw new UncheckedIOException(new IOException("client gone"));
        }
    }
}
