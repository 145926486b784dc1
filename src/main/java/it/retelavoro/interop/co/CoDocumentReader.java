package it.retelavoro.interop.co;

import it.retelavoro.interop.co.XmlFields.EventElement;
import it.retelavoro.interop.co.XmlFields.Value;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads one UniLav or UniSomm document into a {@link CoDocument}. Tolerant of elements it does not use, strict
 * on what it takes: identifiers (the 16-digit codes, codici fiscali, cadastral codes) and the form of the CO's
 * codes are checked, dates must be real ISO dates, and a document must communicate exactly one event. Any
 * failure is a {@link CoDocumentException} with an Italian message and the line concerned.
 *
 * <p>Element and attribute names, with their sources, are in {@code docs/interop-co-model.md}. Where the
 * Ministry's model could not be confirmed, the reader accepts the plausible variants listed there. Stateless
 * and thread-safe.
 */
public final class CoDocumentReader {

    static final ZoneId ITALY = ZoneId.of("Europe/Rome");
    /** The "null" code the regional systems write where a previous communication is not named. */
    private static final String NO_CODE = "0000000000000000";

    private static final Pattern PERSON_FISCAL_CODE = Pattern.compile(
            "[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]");
    private static final Pattern ELEVEN_DIGITS = Pattern.compile("\\d{11}");
    private static final Pattern CADASTRAL = Pattern.compile("[A-Z]\\d{3}");
    private static final Pattern ATECO = Pattern.compile("\\d{2}(\\.\\d{1,2}){0,2}");
    private static final Pattern CITIZENSHIP = Pattern.compile("\\d{3}");
    private static final Pattern SEX = Pattern.compile("[MF]");
    private static final Pattern COMMUNICATION_TYPE = Pattern.compile("\\d{2}");
    private static final Pattern CONTRACT_TYPE = Pattern.compile("[A-Z]\\.\\d{2}\\.\\d{2}");
    private static final Pattern WORKING_TIME = Pattern.compile("[A-Z]");
    private static final Pattern OCCUPATION = Pattern.compile("\\d(\\.\\d{1,2}){1,6}");
    private static final Pattern TRANSFORMATION = Pattern.compile("[A-Z]{2}");
    private static final Pattern CESSATION_CAUSE = Pattern.compile("[A-Z0-9]{2}");

    public CoDocument read(byte[] xml) {
        return read(new ByteArrayInputStream(xml));
    }

    /** Reads the document; the stream is read to the end of the root element but not closed. */
    public CoDocument read(InputStream xml) {
        return new Mapping(XmlFields.read(xml)).document();
    }

    /** From the values of one document to its records. */
    private static final class Mapping {
        private final XmlFields fields;
        private final CoKind kind;

        Mapping(XmlFields fields) {
            this.fields = fields;
            this.kind = fields.kind();
        }

        CoDocument document() {
            CoCode code = code(required("@codiceComunicazione"));
            OffsetDateTime sentAt = dateTime(required("@dataInvio"));
            String version = optional("@versione").map(Value::text).orElse(null);
            Value typeValue = required("TipoComunicazione", "TipoComunicazione/@codice", "@tipoComunicazione");
            String communicationType = code(typeValue, COMMUNICATION_TYPE, "Tipo di comunicazione non valido",
                    "atteso un codice di due cifre, es. 01");
            CoCode previousCode = previousCode();
            boolean corrects = CoDocument.RECTIFICATION.equals(communicationType)
                    || CoDocument.CANCELLATION.equals(communicationType);
            if (corrects && previousCode == null) {
                throw new CoDocumentException("Una rettifica o un annullamento (TipoComunicazione "
                        + communicationType + ") deve indicare codiceComunicazionePrecedente.", typeValue.line());
            }
            CoEmployer employer;
            CoEmployer userCompany = null;
            if (kind == CoKind.UNILAV) {
                employer = employer("DatoreLavoro");
            } else {
                employer = employer("AgenziaSomministrazione");
                userCompany = employer("DittaUtilizzatrice");
            }
            CoWorker worker = worker();
            CoEvent event = event();
            return new CoDocument(kind, code, previousCode, sentAt, version, communicationType, employer,
                    userCompany, worker, event);
        }

        private CoCode previousCode() {
            Optional<Value> value = optional("@codiceComunicazionePrecedente", "codiceComunicazionePrecedente",
                    "TipoComunicazione/@codiceComunicazionePrecedente");
            if (value.isEmpty() || NO_CODE.equals(value.get().text())) {
                return null;
            }
            return code(value.get());
        }

        private CoEmployer employer(String base) {
            if (!fields.hasElement(base)) {
                throw missing(base);
            }
            Value fiscalCodeValue = required(base + "/@codiceFiscale", base + "/codiceFiscale");
            String fiscalCode = upper(fiscalCodeValue);
            if (!ELEVEN_DIGITS.matcher(fiscalCode).matches() && !PERSON_FISCAL_CODE.matcher(fiscalCode).matches()) {
                throw invalid("Codice fiscale del datore di lavoro non valido", fiscalCodeValue,
                        "attese 11 cifre o un codice fiscale di persona di 16 caratteri");
            }
            String name = optional(base + "/@denominazione", base + "/denominazione").map(Value::text)
                    .or(() -> personName(base + "/DatoreAnagraficaCompleta"))
                    .orElseThrow(() -> missing(base + "/@denominazione"));
            String sector = optional(base + "/Settore")
                    .map(value -> code(value, ATECO, "Codice ATECO non valido",
                            "atteso un codice ATECO 2007, es. 62.01.00"))
                    .orElse(null);
            Boolean publicAdministration = optional(base + "/PubblicaAmministrazione").map(this::yesNo).orElse(null);
            return new CoEmployer(fiscalCode, name, address(base + "/SedeLegale"), address(base + "/SedeLavoro"),
                    sector, publicAdministration);
        }

        private Optional<String> personName(String base) {
            return optional(base + "/cognome").flatMap(surname -> optional(base + "/nome")
                    .map(name -> surname.text() + " " + name.text()));
        }

        private CoWorker worker() {
            String base = "Lavoratore/AnagraficaCompleta";
            Value fiscalCodeValue = required(base + "/codice-fiscale", base + "/codiceFiscale");
            String fiscalCode = upper(fiscalCodeValue);
            if (!PERSON_FISCAL_CODE.matcher(fiscalCode).matches() && !ELEVEN_DIGITS.matcher(fiscalCode).matches()) {
                throw invalid("Codice fiscale del lavoratore non valido", fiscalCodeValue,
                        "attesi 16 caratteri di un codice fiscale di persona o le 11 cifre di uno provvisorio");
            }
            String surname = required(base + "/cognome").text();
            String name = required(base + "/nome").text();
            String citizenship = optional(base + "/cittadinanza")
                    .map(value -> code(value, CITIZENSHIP, "Cittadinanza non valida", "atteso un codice di tre cifre"))
                    .orElse(null);
            String sex = optional(base + "/sesso").map(value -> code(value, SEX, "Sesso non valido", "atteso M o F"))
                    .orElse(null);
            String birthPlace = optional(base + "/nascita/comune")
                    .map(value -> code(value, CADASTRAL, "Luogo di nascita non valido",
                            "atteso un codice catastale, es. L219"))
                    .orElse(null);
            LocalDate birthDate = date(required(base + "/nascita/data"));
            String education = optional("Lavoratore/LivelloIstruzione").map(Value::text).orElse(null);
            return new CoWorker(fiscalCode, surname, name, citizenship, sex, birthPlace, birthDate,
                    address("Lavoratore/IndirizzoLavoratore"), education);
        }

        private CoAddress address(String base) {
            if (!fields.hasElement(base)) {
                return null;
            }
            String comune = optional(base + "/Comune")
                    .map(value -> code(value, CADASTRAL, "Comune non valido", "atteso un codice catastale, es. L219"))
                    .orElse(null);
            return new CoAddress(comune, optional(base + "/cap").map(Value::text).orElse(null),
                    optional(base + "/Indirizzo").map(Value::text).orElse(null));
        }

        private CoEvent event() {
            List<EventElement> events = fields.events();
            if (events.isEmpty()) {
                throw new CoDocumentException("Il documento non comunica alcun evento: atteso uno fra "
                        + "InizioRapporto (o Inizio della missione), Proroga, Trasformazione e Cessazione.",
                        fields.rootLine());
            }
            if (events.size() > 1) {
                EventElement first = events.get(0);
                EventElement second = events.get(1);
                throw new CoDocumentException("Il documento comunica più di un evento: " + first.name()
                        + " (riga " + first.line() + ") e " + second.name() + ".", second.line());
            }
            EventValues event = new EventValues(events.get(0));
            switch (event.element.name()) {
                case "InizioRapporto", "Inizio" -> {
                    Value startValue = event.required("dataInizio", "dataInizioMissione", "dataInizioSomm");
                    LocalDate start = date(startValue);
                    LocalDate end = event.deep("dataFine", "dataFineMissione", "dataFineSomm").map(this::date)
                            .orElse(null);
                    if (end != null && end.isBefore(start)) {
                        throw new CoDocumentException("La data di fine " + end + " precede la data di inizio "
                                + start + ".", startValue.line());
                    }
                    return new CoEvent.Start(start, end, event.workingTime(), event.occupation(),
                            contractType(event.required("TipologiaContrattuale", "tipologiaContrattuale")));
                }
                case "Proroga" -> {
                    LocalDate start = event.startDate();
                    Value extendedValue = event.required("dataFineProroga");
                    LocalDate extendedTo = date(extendedValue);
                    if (start != null && extendedTo.isBefore(start)) {
                        throw new CoDocumentException("La data di fine proroga " + extendedTo
                                + " precede la data di inizio " + start + ".", extendedValue.line());
                    }
                    return new CoEvent.Extension(start, extendedTo, event.contractType());
                }
                case "Trasformazione" -> {
                    LocalDate date = date(event.deep("dataTrasformazione").or(() -> event.own("data"))
                            .orElseThrow(() -> missing(event.element.path() + "/@dataTrasformazione")));
                    Value codeValue = event.deep("codiceTrasformazione").or(() -> event.own("codice"))
                            .orElseThrow(() -> missing(event.element.path() + "/@codiceTrasformazione"));
                    return new CoEvent.Transformation(date, code(codeValue, TRANSFORMATION,
                            "Codice di trasformazione non valido", "attese due lettere, es. DI"), event.contractType(),
                            event.workingTime(), event.startDate());
                }
                default -> {
                    LocalDate date = date(event.deep("dataCessazione").or(() -> event.own("data"))
                            .orElseThrow(() -> missing(event.element.path() + "/@dataCessazione")));
                    Value causeValue = event.deep("codiceCausa", "codiceCausaCessazione", "causaCessazione")
                            .or(() -> event.own("causa"))
                            .orElseThrow(() -> missing(event.element.path() + "/@codiceCausa"));
                    return new CoEvent.Cessation(date, code(causeValue, CESSATION_CAUSE,
                            "Causa di cessazione non valida", "attesi due caratteri, es. AR"), event.startDate());
                }
            }
        }

        private String contractType(Value value) {
            return code(value, CONTRACT_TYPE, "Tipologia contrattuale non valida", "atteso un codice come A.01.00");
        }

        /**
         * The values of the event element: its own attributes and child elements, those of its descendants
         * (UniLav's {@code Proroga/Contratto}), and for UniSomm the agency's relationship
         * ({@code AgenziaSomministrazione/RapportoAgenziaSomm}), which carries the contract type and dates.
         */
        private final class EventValues {
            private final EventElement element;
            private final List<String> fallbacks;

            EventValues(EventElement element) {
                this.element = element;
                this.fallbacks = kind == CoKind.UNISOMM ? List.of("AgenziaSomministrazione/RapportoAgenziaSomm")
                        : List.of();
            }

            /** A name generic enough ("data", "codice") to be looked for on the event element only. */
            Optional<Value> own(String name) {
                return fields.value(element.path() + "/@" + name)
                        .or(() -> fields.value(element.path() + "/" + name));
            }

            /** The first of the names, each looked for as an attribute, then as an element, below the event. */
            Optional<Value> deep(String... names) {
                for (String name : names) {
                    Optional<Value> found = fields.inSubtree(element.path(), "@" + name)
                            .or(() -> fallbacks.stream().map(path -> fields.value(path + "/@" + name))
                                    .flatMap(Optional::stream).findFirst())
                            .or(() -> fields.inSubtree(element.path(), name));
                    if (found.isPresent()) {
                        return found;
                    }
                }
                return Optional.empty();
            }

            Value required(String... names) {
                return deep(names).orElseThrow(() -> missing(element.path() + "/@" + names[0]));
            }

            /** The start of the relationship, which the later events repeat; {@code null} when absent. */
            LocalDate startDate() {
                return deep("dataInizio", "dataInizioMissione", "dataInizioSomm").map(Mapping.this::date)
                        .orElse(null);
            }

            String contractType() {
                return deep("TipologiaContrattuale", "tipologiaContrattuale").map(Mapping.this::contractType)
                        .orElse(null);
            }

            String workingTime() {
                return fields.inSubtree(element.path(), "tipoOrario/@codice")
                        .or(() -> fields.inSubtree(element.path(), "tipoOrario"))
                        .map(value -> code(value, WORKING_TIME, "Tipo di orario non valido",
                                "attesa una lettera, es. F"))
                        .orElse(null);
            }

            String occupation() {
                return fields.inSubtree(element.path(), "qualificaProfessionale")
                        .map(value -> code(value, OCCUPATION, "Qualifica professionale non valida",
                                "atteso un codice ISTAT CP, es. 2.1.1.4.1"))
                        .orElse(null);
            }
        }

        private Optional<Value> optional(String... paths) {
            for (String path : paths) {
                Optional<Value> value = fields.value(path);
                if (value.isPresent()) {
                    return value;
                }
            }
            return Optional.empty();
        }

        private Value required(String... paths) {
            return optional(paths).orElseThrow(() -> missing(paths[0]));
        }

        private CoDocumentException missing(String path) {
            return new CoDocumentException("Manca il dato obbligatorio «" + where(path) + "».", fields.lineOf(path));
        }

        /** {@code what} says what is wrong, agreeing in gender ("Data non valida"). */
        private CoDocumentException invalid(String what, Value value, String expected) {
            return new CoDocumentException(what + " in «" + where(value.path()) + "»: «" + shown(value.text())
                    + "» (" + expected + ").", value.line());
        }

        private String where(String path) {
            return kind.rootElement() + "/" + path;
        }

        private CoCode code(Value value) {
            if (!CoCode.isValid(value.text())) {
                throw invalid("Codice comunicazione non valido", value, "attese 16 cifre");
            }
            return new CoCode(value.text());
        }

        private String code(Value value, Pattern pattern, String what, String expected) {
            String code = upper(value);
            if (!pattern.matcher(code).matches()) {
                throw invalid(what, value, expected);
            }
            return code;
        }

        private Boolean yesNo(Value value) {
            String text = upper(value);
            if (text.equals("SI")) {
                return Boolean.TRUE;
            }
            if (text.equals("NO")) {
                return Boolean.FALSE;
            }
            throw invalid("Indicatore di pubblica amministrazione non valido", value, "atteso SI o NO");
        }

        private LocalDate date(Value value) {
            try {
                return LocalDate.parse(value.text(), DateTimeFormatter.ISO_DATE);
            } catch (DateTimeParseException e) {
                throw invalid("Data non valida", value, "attesa una data reale nel formato AAAA-MM-GG");
            }
        }

        /** An xs:dateTime with or without offset (without: Italian time), or a bare date (its midnight). */
        private OffsetDateTime dateTime(Value value) {
            String text = value.text();
            try {
                if (text.length() <= 10) {
                    return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE).atStartOfDay(ITALY)
                            .toOffsetDateTime();
                }
                var parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(text, OffsetDateTime::from,
                        LocalDateTime::from);
                return parsed instanceof OffsetDateTime offset ? offset
                        : ((LocalDateTime) parsed).atZone(ITALY).toOffsetDateTime();
            } catch (DateTimeParseException e) {
                throw invalid("Data di invio non valida", value, "attesa una data e ora come 2024-03-01T10:15:00");
            }
        }

        private static String upper(Value value) {
            return value.text().toUpperCase(Locale.ROOT);
        }

        private static String shown(String text) {
            return text.length() <= 40 ? text : text.substring(0, 40) + "…";
        }
    }
}
