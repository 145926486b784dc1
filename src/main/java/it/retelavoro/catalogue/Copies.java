package it.retelavoro.catalogue;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Immutable copies that keep enum order, so messages and listings come out in the repertorio's order. */
final class Copies {

    private Copies() {
    }

    static <E extends Enum<E>> Set<E> enumSet(Class<E> type, Collection<E> values, String what) {
        Objects.requireNonNull(values, what);
        EnumSet<E> copy = EnumSet.noneOf(type);
        for (E value : values) {
            copy.add(Objects.requireNonNull(value, what + " contiene un valore nullo"));
        }
        return Collections.unmodifiableSet(copy);
    }

    static <K extends Enum<K>, V> Map<K, V> enumMap(Class<K> type, Map<K, V> values, String what) {
        Objects.requireNonNull(values, what);
        EnumMap<K, V> copy = new EnumMap<>(type);
        values.forEach((key, value) -> copy.put(Objects.requireNonNull(key, what),
                Objects.requireNonNull(value, what)));
        return Collections.unmodifiableMap(copy);
    }

    static List<String> texts(List<String> values, String what) {
        Objects.requireNonNull(values, what);
        for (String value : values) {
            requireText(value, what);
        }
        return List.copyOf(values);
    }

    static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + ": testo mancante");
        }
        return value;
    }
}
