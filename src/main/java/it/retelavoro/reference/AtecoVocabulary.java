package it.retelavoro.reference;

import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** {@code ateco}: ATECO 2007 code and "code label", searchable by code prefix or words of the label. */
@Component
class AtecoVocabulary implements Vocabulary {

    private final AtecoClassification ateco;

    AtecoVocabulary(AtecoClassification ateco) {
        this.ateco = ateco;
    }

    @Override
    public String name() {
        return "ateco";
    }

    /** The labels are ISTAT's Italian ones in every locale: there is no official translation. */
    @Override
    public List<VocabularyEntry> entries(String query, Locale locale, int limit) {
        return ateco.search(query, limit).stream()
                .map(activity -> new VocabularyEntry(activity.code(), activity.display()))
                .toList();
    }

    @Override
    public java.util.Optional<VocabularyEntry> byCode(String code, Locale locale) {
        return ateco.byCode(code).filter(activity -> !activity.isSection())
                .map(activity -> new VocabularyEntry(activity.code(), activity.display()));
    }
}
