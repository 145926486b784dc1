package it.retelavoro.catalogue;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads typed values out of the maps SnakeYAML produces, recording a problem (with its path) for every
 * value that is missing or of the wrong kind instead of stopping at the first one.
 */
final class YamlFields {

    private final List<String> problems = new ArrayList<>();

    List<String> problems() {
        return List.copyOf(problems);
    }

    boolean hasProblems() {
        return !problems.isEmpty();
    }

    void problem(String path, String message) {
        problems.add(path + ": " + message);
    }

    static String at(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    static String at(String path, int index) {
        return path + "[" + index + "]";
    }

    /** The value as a map with string keys, or empty (and a problem) when it is not one. */
    Optional<Map<String, Object>> asMap(Object value, String path) {
        if (!(value instanceof Map<?, ?> map)) {
            problem(path, value == null ? "sezione mancante" : "deve essere una sezione con campi (chiave: valore)");
            return Optional.empty();
        }
        Map<String, Object> result = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (!(entry.getKey() instanceof String key)) {
                problem(path, "la chiave " + entry.getKey() + " deve essere un testo");
                continue;
            }
            result.put(key, entry.getValue());
        }
        return Optional.of(result);
    }

    Optional<Map<String, Object>> map(Map<String, Object> parent, String key, String path) {
        return asMap(parent.get(key), at(path, key));
    }

    /** Refuses keys this section does not know: a misspelt rule would otherwise be silently dropped. */
    void onlyKeys(Map<String, Object> map, String path, Collection<String> known) {
        for (String key : map.keySet()) {
            if (!known.contains(key)) {
                problem(at(path, key), "campo sconosciuto (campi ammessi: " + String.join(", ", known) + ")");
            }
        }
    }

    void required(Map<String, Object> map, String path, Collection<String> keys) {
        for (String key : keys) {
            if (!map.containsKey(key)) {
                problem(at(path, key), "campo obbligatorio mancante");
            }
        }
    }

    Optional<String> text(Map<String, Object> map, String key, String path) {
        Object value = map.get(key);
        if (value instanceof String text && !text.isBlank()) {
            return Optional.of(text.strip());
        }
        problem(at(path, key), value == null ? "testo mancante" : "deve essere un testo non vuoto");
        return Optional.empty();
    }

    Optional<String> optionalText(Map<String, Object> map, String key, String path) {
        return map.get(key) == null ? Optional.empty() : text(map, key, path);
    }

    /** A non-empty list of texts; a single text is accepted where the scheda has one item only. */
    Optional<List<String>> texts(Map<String, Object> map, String key, String path, boolean singleTextAllowed) {
        Object value = map.get(key);
        String where = at(path, key);
        if (singleTextAllowed && value instanceof String text) {
            return text.isBlank() ? fail(where, "testo mancante") : Optional.of(List.of(text.strip()));
        }
        if (!(value instanceof List<?> list) || list.isEmpty()) {
            return fail(where, value == null ? "testo mancante" : "deve essere un elenco non vuoto di testi");
        }
        List<String> texts = new ArrayList<>();
        boolean valid = true;
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) instanceof String text && !text.isBlank()) {
                texts.add(text.strip());
            } else {
                problem(at(where, i), "deve essere un testo non vuoto");
                valid = false;
            }
        }
        return valid ? Optional.of(texts) : Optional.empty();
    }

    /** An optional list of texts, empty when absent. */
    Optional<List<String>> optionalTexts(Map<String, Object> map, String key, String path) {
        return map.get(key) == null ? Optional.of(List.of()) : texts(map, key, path, false);
    }

    Optional<List<Object>> list(Map<String, Object> map, String key, String path) {
        Object value = map.get(key);
        if (value instanceof List<?> list) {
            return Optional.of(new ArrayList<>(list));
        }
        return fail(at(path, key), value == null ? "elenco mancante" : "deve essere un elenco");
    }

    <E extends Enum<E>> Optional<E> enumValue(Object value, String where, Class<E> type) {
        if (value instanceof String name) {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(name)) {
                    return Optional.of(constant);
                }
            }
            return fail(where, "valore sconosciuto «" + name + "» (valori ammessi: "
                    + CatalogueConsistency.allowed(type.getEnumConstants()) + ")");
        }
        return fail(where, value == null ? "valore mancante" : "deve essere uno di: "
                + CatalogueConsistency.allowed(type.getEnumConstants()));
    }

    <E extends Enum<E>> Optional<E> enumValue(Map<String, Object> map, String key, String path, Class<E> type) {
        return enumValue(map.get(key), at(path, key), type);
    }

    /** A list of enum constants without repetitions; an empty list is allowed. */
    <E extends Enum<E>> Optional<Set<E>> enumSet(Map<String, Object> map, String key, String path, Class<E> type) {
        Object value = map.get(key);
        String where = at(path, key);
        if (!(value instanceof List<?> list)) {
            return fail(where, value == null ? "elenco mancante (usare [] se vuoto)" : "deve essere un elenco di: "
                    + CatalogueConsistency.allowed(type.getEnumConstants()));
        }
        Set<E> result = EnumSet.noneOf(type);
        boolean valid = true;
        for (int i = 0; i < list.size(); i++) {
            Optional<E> constant = enumValue(list.get(i), at(where, i), type);
            if (constant.isEmpty()) {
                valid = false;
            } else if (!result.add(constant.get())) {
                problem(at(where, i), "valore ripetuto " + constant.get());
                valid = false;
            }
        }
        return valid ? Optional.of(result) : Optional.empty();
    }

    /**
     * A non-negative whole number that must be written, possibly as {@code null}. Returns empty on error,
     * {@code Optional.of(Optional.empty())} for an explicit null.
     */
    Optional<Optional<Integer>> nullableNonNegativeInt(Map<String, Object> map, String key, String path) {
        String where = at(path, key);
        if (!map.containsKey(key)) {
            return fail(where, "campo obbligatorio mancante (usare null se la scheda non fissa un minimo)");
        }
        Object value = map.get(key);
        if (value == null) {
            return Optional.of(Optional.empty());
        }
        if (value instanceof Integer number && number >= 0) {
            return Optional.of(Optional.of(number));
        }
        return fail(where, "deve essere un numero intero non negativo (o null)");
    }

    Optional<Integer> positiveInt(Map<String, Object> map, String key, String path, int defaultValue) {
        Object value = map.get(key);
        if (value == null && !map.containsKey(key)) {
            return Optional.of(defaultValue);
        }
        if (value instanceof Integer number && number >= 1) {
            return Optional.of(number);
        }
        return fail(at(path, key), "deve essere un numero intero maggiore o uguale a 1");
    }

    Optional<Boolean> bool(Map<String, Object> map, String key, String path) {
        Object value = map.get(key);
        if (value instanceof Boolean flag) {
            return Optional.of(flag);
        }
        return fail(at(path, key), value == null ? "valore mancante (true o false)" : "deve essere true o false");
    }

    Optional<LocalDate> date(Map<String, Object> map, String key, String path) {
        Object value = map.get(key);
        String where = at(path, key);
        if (value instanceof String text) {
            try {
                return Optional.of(LocalDate.parse(text.strip()));
            } catch (DateTimeParseException e) {
                return fail(where, "«" + text + "» non è una data valida nel formato AAAA-MM-GG");
            }
        }
        return fail(where, value == null ? "data mancante" : "deve essere una data nel formato AAAA-MM-GG");
    }

    private <T> Optional<T> fail(String where, String message) {
        problem(where, message);
        return Optional.empty();
    }
}
