package it.retelavoro.catalogue;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A physical monitoring indicator (indicatore fisico).
 *
 * @param code          the code as the repertorio writes it ("1.1" ... "10.3")
 * @param service       the service it monitors
 * @param counts        what it counts
 * @param label         the Italian label as in the text
 * @param alsoRecords   further data recorded with it (e.g. "Data della firma del Patto")
 * @param note          the note of the text, if any
 * @param mustAgreeWith the code of an indicator whose value must agree with this one
 * @param recordDate    the dimension of analysis that names the date of each of its records ("Data della firma
 *                      del Patto" for 2.2, "Data di apertura del PAI" for 3.2, "Data avvio contratto" for 6.4),
 *                      shown as the heading of the dates behind its value
 */
public record Indicator(String code, ServiceCode service, IndicatorCounting counts, String label,
        List<String> alsoRecords, Optional<String> note, Optional<String> mustAgreeWith, Optional<String> recordDate) {

    static final Pattern CODE = Pattern.compile("[1-9][0-9]*\\.[1-9][0-9]*");

    public Indicator {
        Objects.requireNonNull(code, "code");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("codice di indicatore non valido: " + code);
        }
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(counts, "counts");
        Copies.requireText(label, "label");
        alsoRecords = Copies.texts(alsoRecords, "alsoRecords");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(mustAgreeWith, "mustAgreeWith");
        if (mustAgreeWith.filter(code::equals).isPresent()) {
            throw new IllegalArgumentException("l'indicatore " + code + " non può concordare con sé stesso");
        }
        Objects.requireNonNull(recordDate, "recordDate");
    }

    /** An indicator whose records are dated without a dimension of their own. */
    public Indicator(String code, ServiceCode service, IndicatorCounting counts, String label,
            List<String> alsoRecords, Optional<String> note, Optional<String> mustAgreeWith) {
        this(code, service, counts, label, alsoRecords, note, mustAgreeWith, Optional.empty());
    }
}
