package it.retelavoro.reference;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A named list of codes that some module owns and publishes under {@code /api/v1/vocabularies/{name}}.
 * Modules contribute one bean per vocabulary.
 */
public interface Vocabulary {

    /** The name in the URL, e.g. {@code site-features}. */
    String name();

    /** The entries matching {@code query} (all when blank), labelled in {@code locale}, at most {@code limit}. */
    List<VocabularyEntry> entries(String query, Locale locale, int limit);

    /**
     * The entries, with the other request parameters a vocabulary may understand (e.g. {@code level} of
     * {@code occupations}); by default they are ignored.
     */
    default List<VocabularyEntry> entries(String query, Map<String, String> parameters, Locale locale, int limit) {
        return entries(query, locale, limit);
    }

    /**
     * The entry of a code, to show the name of a code already recorded (e.g. in a form the operator edits);
     * by default looked for among the entries the code finds.
     */
    default java.util.Optional<VocabularyEntry> byCode(String code, Locale locale) {
        if (code == null || code.isBlank()) {
            return java.util.Optional.empty();
        }
        return entries(code.strip(), Map.of(), locale, 50).stream()
                .filter(entry -> entry.code().equalsIgnoreCase(code.strip()))
                .findFirst();
    }
}
