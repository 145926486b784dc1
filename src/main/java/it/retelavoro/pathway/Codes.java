package it.retelavoro.pathway;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Sets of codes stored as one comma-separated column: small, fixed vocabularies read whole. */
final class Codes {

    private Codes() {
    }

    static String join(Collection<? extends Enum<?>> codes) {
        return codes.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    static <E extends Enum<E>> Set<E> split(String column, Class<E> type) {
        Set<E> result = EnumSet.noneOf(type);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(code -> Enum.valueOf(type, code.strip())).forEach(result::add);
        }
        return result;
    }
}
