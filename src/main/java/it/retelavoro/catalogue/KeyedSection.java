package it.retelavoro.catalogue;

import java.util.Map;
import java.util.Optional;

/** A section of a version file keyed by enum constants ({@code servizi.A1}, {@code targetComplessi.DISABLED}...). */
final class KeyedSection {

    private KeyedSection() {
    }

    @FunctionalInterface
    interface Entry<E> {
        void accept(E key, Object value, String path);
    }

    /** Reads each entry of the section; an unknown key is a problem at its place, listing the known ones. */
    static <E extends Enum<E>> void read(Map<String, Object> section, String path, Class<E> type,
            YamlFields fields, Entry<E> entry) {
        for (Map.Entry<String, Object> item : section.entrySet()) {
            String where = YamlFields.at(path, item.getKey());
            Optional<E> key = enumKey(item.getKey(), type);
            if (key.isEmpty()) {
                fields.problem(where, "codice sconosciuto (codici ammessi: "
                        + CatalogueConsistency.allowed(type.getEnumConstants()) + ")");
            } else {
                entry.accept(key.get(), item.getValue(), where);
            }
        }
    }

    static <E extends Enum<E>> Optional<E> enumKey(String name, Class<E> type) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }
}
