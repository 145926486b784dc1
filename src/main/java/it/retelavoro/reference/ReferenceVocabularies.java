package it.retelavoro.reference;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
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
        return new IndexedByLocale("countries", locale -> countries.all(locale).stream()
                .map(country -> new VocabularyEntry(country.code(), countries.nameOf(country.code(), locale)))
                .toList());
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
        return new IndexedByLocale("languages", locale -> Arrays.stream(Locale.getISOLanguages())
                .map(code -> new VocabularyEntry(code, Languages.nameOf(code, locale)))
                .sorted(Comparator.comparing(entry -> Comuni.fold(entry.label())))
                .toList());
    }

    static List<VocabularyEntry> filter(List<VocabularyEntry> entries, String query, int limit) {
        String wanted = query == null ? "" : Comuni.fold(query);
        return entries.stream()
                .filter(entry -> wanted.isEmpty() || Comuni.fold(entry.label()).startsWith(wanted)
                        || entry.code().equalsIgnoreCase(wanted.strip()))
                .limit(limit)
                .toList();
    }

    /** A vocabulary named by the JDK in the reader's language: one index per language, built on first use. */
    private static final class IndexedByLocale implements Vocabulary {

        private final String name;
        private final Function<Locale, List<VocabularyEntry>> entries;
        private final Map<Locale, VocabularyIndex> indexes = new ConcurrentHashMap<>();

        IndexedByLocale(String name, Function<Locale, List<VocabularyEntry>> entries) {
            this.name = name;
            this.entries = entries;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public List<VocabularyEntry> entries(String query, Locale locale, int limit) {
            return index(locale).search(query, limit);
        }

        @Override
        public Optional<VocabularyEntry> byCode(String code, Locale locale) {
            return index(locale).byCode(code);
        }

        private VocabularyIndex index(Locale locale) {
            Locale language = locale == null ? Locale.ITALIAN : Locale.forLanguageTag(locale.getLanguage());
            return indexes.computeIfAbsent(language, key -> VocabularyIndex.of(entries.apply(key)));
        }
    }
}
