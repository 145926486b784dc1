package it.retelavoro.reference;

import java.util.List;
import java.util.Locale;

/**
 * A named list of codes that some module owns and publishes under {@code /api/v1/vocabularies/{name}}.
 * Modules contribute one bean per vocabulary.
 */
public interface Vocabulary {

    /** The name in the URL, e.g. {@code site-features}. */
    String name();

    /** The entries matching {@code query} (all when blank), labelled in {@code locale}, at most {@code limit}. */
    List<VocabularyEntry> entries(String query, Locale locale, int limit);
}
