package it.retelavoro.reference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The entries of one vocabulary with their names folded once (accents and case removed), searched in memory
 * by the words a person types. Built when the table is read (or first asked in a language), so a search
 * only compares prepared strings: under a millisecond on the 7,901 comuni (see docs/performance.md).
 *
 * <p>Matches are ranked: the code itself, then the name itself ("Agliè" before "Aglientu"), then the code's beginning (only for a query with a digit, so
 * that "ro" looks for names, not for codes starting with R), then names starting with the query, then names
 * in which every typed word begins a word ("cuochi alb" finds "Cuochi in alberghi e ristoranti"), then names
 * containing the query. Within a rank the entries keep the order they were given in.
 */
final class VocabularyIndex {

    private static final Pattern WORD_SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final int RANKS = 6;

    private record Item(VocabularyEntry entry, String code, String name, String[] words) {
    }

    private final List<Item> items;
    private final Map<String, VocabularyEntry> byCode;

    private VocabularyIndex(List<Item> items) {
        this.items = List.copyOf(items);
        Map<String, VocabularyEntry> codes = new HashMap<>();
        for (Item item : items) {
            codes.putIfAbsent(item.code(), item.entry());
        }
        this.byCode = Map.copyOf(codes);
    }

    /** An index of entries searched by their labels. */
    static VocabularyIndex of(List<VocabularyEntry> entries) {
        Builder builder = new Builder();
        entries.forEach(entry -> builder.add(entry, entry.label()));
        return builder.build();
    }

    /** Collects entries with the text their name is searched in (e.g. the name without the code before it). */
    static final class Builder {

        private final List<Item> items = new ArrayList<>();

        Builder add(VocabularyEntry entry, String searchedName) {
            String name = Comuni.fold(searchedName == null ? entry.label() : searchedName);
            items.add(new Item(entry, entry.code().toLowerCase(Locale.ROOT), name, words(name)));
            return this;
        }

        VocabularyIndex build() {
            return new VocabularyIndex(items);
        }
    }

    /** The entry with this code, case ignored. */
    Optional<VocabularyEntry> byCode(String code) {
        return code == null ? Optional.empty()
                : Optional.ofNullable(byCode.get(code.strip().toLowerCase(Locale.ROOT)));
    }

    /** The best {@code limit} entries for the query, all (in order) when it is blank. */
    List<VocabularyEntry> search(String query, int limit) {
        String wanted = query == null ? "" : Comuni.fold(query);
        if (wanted.isEmpty()) {
            return items.stream().limit(limit).map(Item::entry).toList();
        }
        boolean codeLike = wanted.chars().anyMatch(Character::isDigit);
        String[] wantedWords = words(wanted);
        List<List<VocabularyEntry>> ranked = new ArrayList<>(RANKS);
        for (int rank = 0; rank < RANKS; rank++) {
            ranked.add(new ArrayList<>());
        }
        for (Item item : items) {
            int rank = rank(item, wanted, codeLike, wantedWords);
            if (rank >= 0 && ranked.get(rank).size() < limit) {
                ranked.get(rank).add(item.entry());
            }
        }
        List<VocabularyEntry> result = new ArrayList<>(limit);
        for (List<VocabularyEntry> entries : ranked) {
            for (VocabularyEntry entry : entries) {
                if (result.size() == limit) {
                    return result;
                }
                result.add(entry);
            }
        }
        return result;
    }

    private static int rank(Item item, String wanted, boolean codeLike, String[] wantedWords) {
        if (item.code().equals(wanted)) {
            return 0;
        }
        if (item.name().equals(wanted)) {
            return 1;
        }
        if (codeLike && item.code().startsWith(wanted)) {
            return 2;
        }
        if (item.name().startsWith(wanted)) {
            return 3;
        }
        if (wantedWords.length > 0 && everyWordBegins(item.words(), wantedWords)) {
            return 4;
        }
        return item.name().contains(wanted) ? 5 : -1;
    }

    private static boolean everyWordBegins(String[] words, String[] wantedWords) {
        for (String wantedWord : wantedWords) {
            boolean found = false;
            for (String word : words) {
                if (word.startsWith(wantedWord)) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    private static String[] words(String folded) {
        return WORD_SEPARATORS.splitAsStream(folded).filter(word -> !word.isEmpty()).toArray(String[]::new);
    }

    int size() {
        return items.size();
    }
}
