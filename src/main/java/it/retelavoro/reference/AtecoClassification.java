package it.retelavoro.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;

/**
 * The ATECO 2007 classification of economic activities (ISTAT, 2021 update) shipped with the application
 * ({@code reference/ateco-2007.csv}, CC BY 4.0), indexed by code. Read once at start-up: 3,140 rows.
 *
 * <p>A company's activity is coded at a numeric level (division {@code 62} down to subcategory
 * {@code 62.01.00}); sections (letters) are kept for browsing but are no valid activity code.
 */
@Service
public class AtecoClassification {

    private final Map<String, Ateco> byCode;

    AtecoClassification() {
        this(new ClassPathResource("reference/ateco-2007.csv"));
    }

    AtecoClassification(ClassPathResource resource) {
        try (InputStream in = resource.getInputStream()) {
            Map<String, Ateco> index = new LinkedHashMap<>();
            CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
            for (CSVRecord row : format.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                Ateco activity = new Ateco(row.get("code").strip(), row.get("level").strip(), row.get("label").strip(),
                        row.get("parent_code").strip());
                index.put(activity.code(), activity);
            }
            this.byCode = Collections.unmodifiableMap(index);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<Ateco> byCode(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code.strip()));
    }

    /** Whether the code is a numeric ATECO code (division to subcategory) as ISTAT writes it. */
    public boolean isActivityCode(String code) {
        return byCode(code).filter(activity -> !activity.isSection()).isPresent();
    }

    /** "62.01.00 Produzione di software..." for a code, or the code itself when unknown. */
    public String labelOf(String code) {
        return byCode(code).map(Ateco::display).orElse(code);
    }

    /**
     * Activities (sections excluded) whose code starts with the query, then those whose label contains
     * it (accents and case ignored), in tree order; at most {@code limit}.
     */
    public List<Ateco> search(String query, int limit) {
        String wanted = query == null ? "" : Comuni.fold(query);
        List<Ateco> byCodePrefix = new ArrayList<>();
        List<Ateco> byLabel = new ArrayList<>();
        for (Ateco activity : byCode.values()) {
            if (activity.isSection()) {
                continue;
            }
            if (wanted.isEmpty() || activity.code().startsWith(wanted)) {
                byCodePrefix.add(activity);
            } else if (Comuni.fold(activity.label()).contains(wanted)) {
                byLabel.add(activity);
            }
        }
        byCodePrefix.addAll(byLabel);
        return byCodePrefix.stream().limit(limit).toList();
    }

    public int size() {
        return byCode.size();
    }
}
