package it.retelavoro.reference;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * The ISTAT levels of education ({@code reference/education-levels.csv}, or a newer file an administrator
 * imported), in the order of the file, from "no qualification" to the doctorate.
 */
@Service
public class EducationLevels extends ImportableTable<List<EducationLevel>> implements Vocabulary {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9]{1,10}");

    private volatile Map<String, EducationLevel> byCode;
    private volatile VocabularyIndex index;

    EducationLevels() {
        this(Optional.empty());
    }

    @Autowired
    EducationLevels(Optional<ImportedFiles> imported) {
        super(ReferenceFile.EDUCATION_LEVELS, imported);
    }

    @Override
    List<EducationLevel> read(List<CSVRecord> rows) {
        Map<String, EducationLevel> seen = new LinkedHashMap<>();
        for (CSVRecord row : rows) {
            EducationLevel level = new EducationLevel(row.get("code").strip().toUpperCase(Locale.ROOT),
                    row.get("label").strip());
            if (!CODE.matcher(level.code()).matches()) {
                throw invalidRow(row, "code");
            }
            if (level.label().isEmpty()) {
                throw invalidRow(row, "label");
            }
            if (seen.put(level.code(), level) != null) {
                throw duplicate(row, level.code());
            }
        }
        return List.copyOf(seen.values());
    }

    @Override
    void replace(List<EducationLevel> table) {
        Map<String, EducationLevel> index = new LinkedHashMap<>();
        table.forEach(level -> index.put(level.code(), level));
        this.index = VocabularyIndex.of(table.stream()
                .map(level -> new VocabularyEntry(level.code(), level.label())).toList());
        this.byCode = index;
    }

    @Override
    int size(List<EducationLevel> table) {
        return table.size();
    }

    public Optional<EducationLevel> byCode(String code) {
        return code == null ? Optional.empty()
                : Optional.ofNullable(byCode.get(code.strip().toUpperCase(Locale.ROOT)));
    }

    public boolean exists(String code) {
        return byCode(code).isPresent();
    }

    /** The label, or the code itself when the level is no longer in the table. */
    public String labelOf(String code) {
        return byCode(code).map(EducationLevel::label).orElse(code);
    }

    public List<EducationLevel> all() {
        return List.copyOf(byCode.values());
    }

    @Override
    public String name() {
        return ReferenceFile.EDUCATION_LEVELS.vocabulary();
    }

    @Override
    public List<VocabularyEntry> entries(String query, Locale locale, int limit) {
        return index.search(query, limit);
    }

    @Override
    public Optional<VocabularyEntry> byCode(String code, Locale locale) {
        return index.byCode(code);
    }
}
