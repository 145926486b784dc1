package it.retelavoro.reference;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How long {@code GET /api/v1/vocabularies/{name}?q=} spends searching (issue 14: under 20 ms): the searches
 * a combobox sends as a person types, on the shipped tables, timed in memory after a warm-up. A main class,
 * not a test (no timed tests): run it as docs/performance.md says and copy the figures there.
 */
final class VocabularyBenchmark {

    private static final int WARM_UP = 3;
    private static final int ROUNDS = 200;

    private VocabularyBenchmark() {
    }

    public static void main(String[] args) {
        Countries countries = new Countries();
        ReferenceVocabularies reference = new ReferenceVocabularies();
        Map<Vocabulary, List<String>> searches = new LinkedHashMap<>();
        searches.put(new ComuniVocabulary(new Comuni()),
                List.of("t", "to", "tor", "torino", "aglie", "san", "san giorgio", "reggio emilia", "L219", "xyz"));
        searches.put(new Occupations(), List.of("c", "cu", "cuo", "cuochi", "cuochi alb", "addetti", "5.2.2",
                "tecnici informatici", "ingegneri", "zzz"));
        searches.put(new AtecoVocabulary(new AtecoClassification()), List.of("r", "ri", "ristor",
                "ristorazione con somm", "56", "56.10.1", "software", "commercio al dettaglio", "zzz"));
        searches.put(new EducationLevels(), List.of("d", "dip", "diploma", "laurea magistrale", "maturita", "NED"));
        searches.put(reference.countriesVocabulary(countries), List.of("m", "mar", "marocco", "stati uniti", "IT"));
        searches.put(reference.languagesVocabulary(), List.of("i", "ing", "inglese", "arabo", "en"));
        System.out.printf("%-16s %8s %10s %10s %10s%n", "vocabulary", "searches", "p50 (us)", "p95 (us)", "max (us)");
        for (var entry : searches.entrySet()) {
            Vocabulary vocabulary = entry.getKey();
            for (int i = 0; i < WARM_UP * ROUNDS; i++) {
                search(vocabulary, entry.getValue().get(i % entry.getValue().size()));
            }
            long[] micros = new long[ROUNDS * entry.getValue().size()];
            int n = 0;
            for (int round = 0; round < ROUNDS; round++) {
                for (String query : entry.getValue()) {
                    long start = System.nanoTime();
                    search(vocabulary, query);
                    micros[n++] = (System.nanoTime() - start) / 1_000;
                }
            }
            Arrays.sort(micros);
            System.out.printf("%-16s %8d %10d %10d %10d%n", vocabulary.name(), micros.length,
                    micros[micros.length / 2], micros[(int) (micros.length * 0.95)], micros[micros.length - 1]);
        }
    }

    private static void search(Vocabulary vocabulary, String query) {
        if (vocabulary.entries(query, Map.of(), Locale.ITALIAN, 20).size() > 20) {
            throw new IllegalStateException("limit");
        }
    }
}
