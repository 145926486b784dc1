package it.retelavoro.reference;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Every vocabulary by its name: for the API that publishes them and for the pages that show the name of a code
 * chosen by name ({@code templates/fragments/combobox.html} reads it as {@code @vocabularies}).
 */
@Service("vocabularies")
public class Vocabularies {

    private final Map<String, Vocabulary> byName;

    Vocabularies(List<Vocabulary> vocabularies) {
        this.byName = vocabularies.stream()
                .collect(Collectors.toMap(Vocabulary::name, Function.identity(), (a, b) -> {
                    throw new IllegalStateException("Vocabolario duplicato: " + a.name());
                }, TreeMap::new));
    }

    /** The names, sorted. */
    public List<String> names() {
        return List.copyOf(byName.keySet());
    }

    public Optional<Vocabulary> named(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The entry of a code in a vocabulary, empty when either is unknown or the code blank. */
    public Optional<VocabularyEntry> entry(String vocabulary, Object code, Locale locale) {
        if (code == null || code.toString().isBlank()) {
            return Optional.empty();
        }
        return named(vocabulary).flatMap(found -> found.byCode(code.toString(), locale));
    }

    /** Every entry of a vocabulary as code to label, in its order: the options of a list (e.g. the languages). */
    public Map<String, String> options(String vocabulary, Locale locale) {
        Map<String, String> options = new java.util.LinkedHashMap<>();
        named(vocabulary).ifPresent(found -> found.entries(null, Map.of(), locale, Integer.MAX_VALUE)
                .forEach(entry -> options.put(entry.code(), entry.label())));
        return options;
    }

    /**
     * The rows of a list of codes chosen one per select (e.g. the languages an operator speaks): the codes of
     * {@code chosen} (a collection, or a text separated by commas, semicolons or spaces) in their order, then
     * blank rows up to {@code minimum} and always one blank row to add another.
     */
    public List<String> rows(Object chosen, int minimum) {
        List<String> rows = new java.util.ArrayList<>();
        if (chosen instanceof java.util.Collection<?> codes) {
            codes.forEach(code -> rows.add(String.valueOf(code)));
        } else if (chosen != null) {
            for (String code : chosen.toString().split("[,;\\s]+")) {
                if (!code.isBlank()) {
                    rows.add(code.strip());
                }
            }
        }
        rows.add(null);
        while (rows.size() < minimum) {
            rows.add(null);
        }
        return rows;
    }
}
