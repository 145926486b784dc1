package it.retelavoro.reference;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The ISTAT CP2021 classification of professions: the 813 units of {@code reference/cp2021-units.csv}
 * (or of a newer file an administrator imported) and the groups their codes imply.
 *
 * <p>The file lists units only. The groups of levels 2 to 4 exist as prefixes of the unit codes but
 * their names are not in the file: they are labelled by code and "(gruppo)". The nine major groups carry
 * the names ISTAT gives them (the same in CP2011 and CP2021).
 */
@Service
public class Occupations extends ImportableTable<Map<String, Occupation>> implements Vocabulary {

    private static final Pattern UNIT_CODE = Pattern.compile("[1-9](\\.\\d){4}");
    private static final Map<String, String> MAJOR_GROUPS = Map.of(
            "1", "Legislatori, imprenditori e alta dirigenza",
            "2", "Professioni intellettuali, scientifiche e di elevata specializzazione",
            "3", "Professioni tecniche",
            "4", "Professioni esecutive nel lavoro d'ufficio",
            "5", "Professioni qualificate nelle attività commerciali e nei servizi",
            "6", "Artigiani, operai specializzati e agricoltori",
            "7", "Conduttori di impianti, operai di macchinari fissi e mobili e conducenti di veicoli",
            "8", "Professioni non qualificate",
            "9", "Forze armate");

    private volatile Map<String, Occupation> byCode;
    private final Map<IndexKey, VocabularyIndex> indexes = new java.util.concurrent.ConcurrentHashMap<>();
    private final MessageSource messages;

    Occupations() {
        this(Optional.empty(), null);
    }

    @Autowired
    Occupations(Optional<ImportedFiles> imported, MessageSource messages) {
        super(ReferenceFile.OCCUPATIONS, imported);
        this.messages = messages;
    }

    @Override
    Map<String, Occupation> read(List<CSVRecord> rows) {
        Map<String, Occupation> units = new LinkedHashMap<>();
        for (CSVRecord row : rows) {
            String code = row.get("code").strip();
            String name = row.get("name").strip();
            if (!UNIT_CODE.matcher(code).matches()) {
                throw invalidRow(row, "code");
            }
            if (name.isEmpty()) {
                throw invalidRow(row, "name");
            }
            boolean truncated = "true".equalsIgnoreCase(row.get("name_truncated").strip());
            if (units.put(code, new Occupation(code, name, 5, truncated)) != null) {
                throw duplicate(row, code);
            }
        }
        Map<String, Occupation> all = new TreeMap<>();
        for (Occupation unit : units.values()) {
            String[] parts = unit.code().split("\\.");
            for (int level = 1; level < 5; level++) {
                String prefix = String.join(".", java.util.Arrays.copyOf(parts, level));
                all.putIfAbsent(prefix, new Occupation(prefix, level == 1 ? MAJOR_GROUPS.get(prefix) : null, level,
                        false));
            }
            all.put(unit.code(), unit);
        }
        return java.util.Collections.unmodifiableMap(all);
    }

    @Override
    void replace(Map<String, Occupation> table) {
        this.byCode = table;
    }

    @Override
    int size(Map<String, Occupation> table) {
        return (int) table.values().stream().filter(Occupation::isUnit).count();
    }

    /** A unit or a group by its code. */
    public Optional<Occupation> byCode(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code.strip()));
    }

    public boolean exists(String code) {
        return byCode(code).isPresent();
    }

    /** "5.2.2.1.0 Cuochi in alberghi e ristoranti": the code always beside the name, as some names are cut. */
    public String labelOf(String code, Locale locale) {
        return byCode(code).map(occupation -> label(occupation, locale)).orElse(code);
    }

    private String label(Occupation occupation, Locale locale) {
        if (occupation.name() != null) {
            return occupation.code() + " " + occupation.name();
        }
        String group = messages == null ? "gruppo" : messages.getMessage("reference.occupations.group", null,
                "gruppo", locale);
        return occupation.code() + " (" + group + ")";
    }

    @Override
    public String name() {
        return ReferenceFile.OCCUPATIONS.vocabulary();
    }

    @Override
    public List<VocabularyEntry> entries(String query, Locale locale, int limit) {
        return entries(query, Map.of(), locale, limit);
    }

    /**
     * {@code level} (1 to 5, default 5: the units) picks the level of the classification. A query of digits
     * and dots is a code prefix; words are looked for in the names (see {@link VocabularyIndex}).
     */
    @Override
    public List<VocabularyEntry> entries(String query, Map<String, String> parameters, Locale locale, int limit) {
        int level = 5;
        String wantedLevel = parameters.get("level");
        if (wantedLevel != null && wantedLevel.strip().matches("[1-5]")) {
            level = Integer.parseInt(wantedLevel.strip());
        }
        return index(level, locale).search(query, limit);
    }

    @Override
    public Optional<VocabularyEntry> byCode(String code, Locale locale) {
        return byCode(code).map(occupation -> new VocabularyEntry(occupation.code(), label(occupation, locale)));
    }

    private VocabularyIndex index(int level, Locale locale) {
        Map<String, Occupation> table = byCode;
        IndexKey key = new IndexKey(table, level, locale);
        VocabularyIndex found = indexes.get(key);
        if (found != null) {
            return found;
        }
        indexes.keySet().removeIf(other -> other.table() != table);
        VocabularyIndex.Builder builder = new VocabularyIndex.Builder();
        for (Occupation occupation : table.values()) {
            if (occupation.level() == level) {
                String label = label(occupation, locale);
                builder.add(new VocabularyEntry(occupation.code(), label),
                        occupation.name() == null ? label : occupation.name());
            }
        }
        VocabularyIndex built = builder.build();
        indexes.put(key, built);
        return built;
    }

    /** Indexes by table (an import replaces it), level and language, built on first use. */
    private record IndexKey(Map<String, Occupation> table, int level, Locale locale) {

        @Override
        public boolean equals(Object other) {
            return other instanceof IndexKey key && key.table == table && key.level == level
                    && key.locale.equals(locale);
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(table) * 31 + level * 17 + locale.hashCode();
        }
    }
}
