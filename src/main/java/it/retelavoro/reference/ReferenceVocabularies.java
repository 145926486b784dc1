package it.retelavoro.reference;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code countries} (ISO 3166-1 alpha-2), {@code foreign-states} (cadastral Z codes, for birthplaces) and
 * {@code languages} (ISO 639-1), named in the reader's language (Italian by default) by the JDK.
 */
@Configuration(proxyBeanMethods = false)
class ReferenceVocabularies {

    @Bean
    Vocabulary countriesVocabulary(Countries countries) {
        return new Vocabulary() {
            @Override
            public String name() {
                return "countries";
            }

            @Override
            public List<VocabularyEntry> entries(String query, Locale locale, int limit) {
                return filter(countries.all(locale).stream()
                        .map(country -> new VocabularyEntry(country.code(), countries.nameOf(country.code(), locale)))
                        .toList(), query, limit);
            }
        };
    }

    @Bean
    Vocabulary foreignStatesVocabulary(Countries countries) {
        return new Vocabulary() {
            @Override
            public String name() {
                return "foreign-states";
            }

            @Override
            public List<VocabularyEntry> entries(String query, Locale locale, int limit) {
                return filter(countries.foreignStates().stream()
                        .map(state -> new VocabularyEntry(state.belfioreCode(), state.name())).toList(), query, limit);
            }
        };
    }

    @Bean
    Vocabulary languagesVocabulary() {
        return new Vocabulary() {
            @Override
            public String name() {
                return "languages";
            }

            @Override
            public List<VocabularyEntry> entries(String query, Locale locale, int limit) {
                return filter(Arrays.stream(Locale.getISOLanguages())
                        .map(code -> new VocabularyEntry(code, Languages.nameOf(code, locale)))
                        .sorted(Comparator.comparing(entry -> Comuni.fold(entry.label())))
                        .toList(), query, limit);
            }
        };
    }

    static List<VocabularyEntry> filter(List<VocabularyEntry> entries, String query, int limit) {
        String wanted = query == null ? "" : Comuni.fold(query);
        return entries.stream()
                .filter(entry -> wanted.isEmpty() || Comuni.fold(entry.label()).startsWith(wanted)
                        || entry.code().equalsIgnoreCase(wanted.strip()))
                .limit(limit)
                .toList();
    }
}
