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
}
