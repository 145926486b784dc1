package it.retelavoro.reference;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVRecord;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * The ATECO 2007 classification of economic activities (ISTAT, 2021 update) shipped with the application
 * ({@code reference/ateco-2007.csv}, CC BY 4.0), indexed by code. Read at start-up (3,140 rows); an administrator may import
 * the full official list, which then replaces it.
 *
 * <p>A company's activity is coded at a numeric level (division {@code 62} down to subcategory
 * {@code 62.01.00}); sections (letters) are kept for browsing but are no valid activity code.
 */
@Service
public class AtecoClassification extends ImportableTable<Map<String, Ateco>> {

    private static final Pattern NUMERIC_CODE = Pattern.compile("\\d{2}(\\.\\d{1,2}(\\.\\d{1,2})?)?");
    private static final Pattern SECTION = Pattern.compile("[A-U]");

    private volatile Map<String, Ateco> byCode;
    private volatile VocabularyIndex index;

    AtecoClassification() {
        this(Optional.empty());
    }

    @Autowired
    AtecoClassification(Optional<ImportedFiles> imported) {
        super(ReferenceFile.ATECO, imported);
    }

    @Override
    Map<String, Ateco> read(List<CSVRecord> rows) {
        Map<String, Ateco> index = new LinkedHashMap<>();
        for (CSVRecord row : rows) {
            String code = row.get("code").strip();
            if (!NUMERIC_CODE.matcher(code).matches() && !SECTION.matcher(code).matches()) {
                throw invalidRow(row, "code");
            }
            String label = row.get("label").strip();
            if (label.isEmpty()) {
                throw invalidRow(row, "label");
            }
            Ateco activity = new Ateco(code, row.get("level").strip(), label, row.get("parent_code").strip());
            if (index.put(code, activity) != null) {
                throw duplicate(row, code);
            }
        }
        return Collections.unmodifiableMap(index);
    }

    @Override
    void replace(Map<String, Ateco> table) {
        VocabularyIndex.Builder activities = new VocabularyIndex.Builder();
        table.values().stream().filter(activity -> !activity.isSection())
                .forEach(activity -> activities.add(new VocabularyEntry(activity.code(), activity.display()),
                        activity.label()));
        this.index = activities.build();
        this.byCode = table;
    }

    @Override
    int size(Map<String, Ateco> table) {
        return table.size();
    }

    public Optional<Ateco> byCode(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code.strip()));
    }

    /** Whether the code is a numeric ATECO code (division to subcategory) as ISTAT writes it. */
    public boolean isActivityCode(String code) {
        return byCode(code).filter(activity -> !activity.isSection()).isPresent();
    }

    /**
     * Whether the code is a subcategory, the six digits ({@code 56.10.11}) that code a company's activity;
     * a division, group, class or category is a heading of the classification above the activities.
     */
    public boolean isLeafCode(String code) {
        return byCode(code).filter(Ateco::isSubcategory).isPresent();
    }

    /** "62.01.00 Produzione di software..." for a code, or the code itself when unknown. */
    public String labelOf(String code) {
        return byCode(code).map(Ateco::display).orElse(code);
    }

    /**
     * Activities (sections excluded) whose code starts with the query, then those whose label starts with it,
     * has words beginning with its words, or contains it (accents and case ignored), in tree order; at most
     * {@code limit}.
     */
    public List<Ateco> search(String query, int limit) {
        Map<String, Ateco> table = byCode;
        return index.search(query, limit).stream().map(entry -> table.get(entry.code())).toList();
    }

    public int size() {
        return byCode.size();
    }
}
