package it.retelavoro.reference;

import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** {@code comuni}: cadastral code and "Name (PR)". */
@Component
class ComuniVocabulary implements Vocabulary {

    private final Comuni comuni;

    ComuniVocabulary(Comuni comuni) {
        this.comuni = comuni;
    }

    @Override
    public String name() {
        return "comuni";
    }

    @Override
    public List<VocabularyEntry> entries(String query, Locale locale, int limit) {
        return comuni.search(query, limit).stream()
                .map(comune -> new VocabularyEntry(comune.belfioreCode(), comune.label()))
                .toList();
    }

    @Override
    public java.util.Optional<VocabularyEntry> byCode(String code, Locale locale) {
        return comuni.byCode(code).map(comune -> new VocabularyEntry(comune.belfioreCode(), comune.label()));
    }
}
