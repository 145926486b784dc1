package it.retelavoro.reference;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * {@code birth-places}: the cadastral code of a place of birth, a comune "Name (PR)" or a foreign state by its
 * name; a code already recorded also names a comune that has ceased since ({@link BirthPlaces}).
 */
@Component
class BirthPlacesVocabulary implements Vocabulary {

    private final BirthPlaces birthPlaces;

    BirthPlacesVocabulary(BirthPlaces birthPlaces) {
        this.birthPlaces = birthPlaces;
    }

    @Override
    public String name() {
        return "birth-places";
    }

    @Override
    public List<VocabularyEntry> entries(String query, Locale locale, int limit) {
        return birthPlaces.search(query, limit).stream()
                .map(place -> new VocabularyEntry(place.belfioreCode(), place.label()))
                .toList();
    }

    @Override
    public Optional<VocabularyEntry> byCode(String code, Locale locale) {
        return birthPlaces.byCode(code).map(place -> new VocabularyEntry(place.belfioreCode(), place.label()));
    }
}
