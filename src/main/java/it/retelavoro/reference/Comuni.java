package it.retelavoro.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;

/**
 * The current Italian comuni, from the ANPR archive shipped with the application
 * ({@code reference/comuni.csv}), indexed by cadastral code. Read once at start-up: 7,901 rows.
 */
@Service
public class Comuni {

    private final Map<String, Comune> byBelfiore;
    private final List<Comune> sortedByName;

    Comuni() {
        this(new ClassPathResource("reference/comuni.csv"));
    }

    Comuni(ClassPathResource resource) {
        try (InputStream in = resource.getInputStream()) {
            Map<String, Comune> index = new LinkedHashMap<>();
            for (Comune comune : read(in)) {
                index.put(comune.belfioreCode(), comune);
            }
            this.byBelfiore = Collections.unmodifiableMap(index);
            List<Comune> sorted = new ArrayList<>(index.values());
            sorted.sort(Comparator.comparing(Comune::name));
            this.sortedByName = List.copyOf(sorted);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Comune> read(InputStream in) throws IOException {
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        List<Comune> result = new ArrayList<>();
        for (CSVRecord row : format.parse(reader)) {
            result.add(new Comune(row.get("belfiore_code").strip().toUpperCase(Locale.ROOT),
                    row.get("istat_code").strip(), row.get("name").strip(), row.get("province_code").strip(),
                    row.get("region").strip()));
        }
        return result;
    }

    public Optional<Comune> byCode(String belfioreCode) {
        if (belfioreCode == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(byBelfiore.get(belfioreCode.strip().toUpperCase(Locale.ROOT)));
    }

    public boolean exists(String belfioreCode) {
        return byCode(belfioreCode).isPresent();
    }

    /** Label for a code, or the code itself when unknown (e.g. a comune ceased after registration). */
    public String labelOf(String belfioreCode) {
        return byCode(belfioreCode).map(Comune::label).orElse(belfioreCode);
    }

    /**
     * Comuni whose name starts with (then contains) the query, accents ignored, or whose code is the
     * query; at most {@code limit}.
     */
    public List<Comune> search(String query, int limit) {
        if (query == null || query.isBlank()) {
            return sortedByName.stream().limit(limit).toList();
        }
        String wanted = fold(query);
        List<Comune> prefix = new ArrayList<>();
        List<Comune> contains = new ArrayList<>();
        for (Comune comune : sortedByName) {
            String name = fold(comune.name());
            if (comune.belfioreCode().equalsIgnoreCase(query.strip()) || name.startsWith(wanted)) {
                prefix.add(comune);
            } else if (name.contains(wanted)) {
                contains.add(comune);
            }
        }
        prefix.addAll(contains);
        return prefix.stream().limit(limit).toList();
    }

    public int size() {
        return byBelfiore.size();
    }

    static String fold(String text) {
        String decomposed = Normalizer.normalize(text.strip(), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }
}
