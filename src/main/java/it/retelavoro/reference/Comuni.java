package it.retelavoro.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
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
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * The current Italian comuni, from the ANPR archive shipped with the application
 * ({@code reference/comuni.csv}) or from the newer file an administrator imported, indexed by cadastral
 * code: 7,901 rows in the shipped file.
 */
@Service
public class Comuni extends ImportableTable<Comuni.Index> {

    private static final Pattern BELFIORE = Pattern.compile("[A-Z]\\d{3}");
    private static final Pattern ISTAT = Pattern.compile("\\d{6}");
    private static final Pattern PROVINCE = Pattern.compile("[A-Z]{2}");

    private volatile Index index;

    Comuni() {
        this(Optional.empty());
    }

    @Autowired
    Comuni(Optional<ImportedFiles> imported) {
        super(ReferenceFile.COMUNI, imported);
    }

    /** The comuni by code and by name, replaced whole when an administrator imports a newer file. */
    record Index(Map<String, Comune> byBelfiore, List<Comune> sortedByName, VocabularyIndex names,
            Map<String, List<Comune>> byFoldedName) {

        static Index of(List<Comune> comuni) {
            Map<String, Comune> index = new LinkedHashMap<>();
            for (Comune comune : comuni) {
                index.put(comune.belfioreCode(), comune);
            }
            List<Comune> sorted = new ArrayList<>(index.values());
            sorted.sort(Comparator.comparing(Comune::name));
            VocabularyIndex.Builder names = new VocabularyIndex.Builder();
            sorted.forEach(comune -> names.add(new VocabularyEntry(comune.belfioreCode(), comune.label()),
                    comune.name()));
            Map<String, List<Comune>> byName = new LinkedHashMap<>();
            sorted.forEach(comune -> byName.computeIfAbsent(fold(comune.name()), key -> new ArrayList<>()).add(comune));
            return new Index(Collections.unmodifiableMap(index), List.copyOf(sorted), names.build(),
                    Collections.unmodifiableMap(byName));
        }
    }

    @Override
    Index read(List<CSVRecord> rows) {
        Map<String, Comune> seen = new LinkedHashMap<>();
        for (CSVRecord row : rows) {
            Comune comune = comune(row);
            if (!BELFIORE.matcher(comune.belfioreCode()).matches()) {
                throw invalidRow(row, "belfiore_code");
            }
            if (!ISTAT.matcher(comune.istatCode()).matches()) {
                throw invalidRow(row, "istat_code");
            }
            if (comune.name().isEmpty()) {
                throw invalidRow(row, "name");
            }
            if (!PROVINCE.matcher(comune.provinceCode()).matches()) {
                throw invalidRow(row, "province_code");
            }
            if (seen.put(comune.belfioreCode(), comune) != null) {
                throw duplicate(row, comune.belfioreCode());
            }
        }
        return Index.of(List.copyOf(seen.values()));
    }

    @Override
    void replace(Index table) {
        this.index = table;
    }

    @Override
    int size(Index table) {
        return table.byBelfiore().size();
    }

    private static Comune comune(CSVRecord row) {
        return new Comune(row.get("belfiore_code").strip().toUpperCase(Locale.ROOT), row.get("istat_code").strip(),
                row.get("name").strip(), row.get("province_code").strip(), row.get("region").strip());
    }

    static List<Comune> read(InputStream in) throws IOException {
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        List<Comune> result = new ArrayList<>();
        for (CSVRecord row : format.parse(reader)) {
            result.add(comune(row));
        }
        return result;
    }

    public Optional<Comune> byCode(String belfioreCode) {
        if (belfioreCode == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(index.byBelfiore().get(belfioreCode.strip().toUpperCase(Locale.ROOT)));
    }

    public boolean exists(String belfioreCode) {
        return byCode(belfioreCode).isPresent();
    }

    /** Label for a code, or the code itself when unknown (e.g. a comune ceased after registration). */
    public String labelOf(String belfioreCode) {
        return byCode(belfioreCode).map(Comune::label).orElse(belfioreCode);
    }

    /**
     * An address in the comune of the code, as {@link Comune#withAddress} writes it; the address and the code
     * as they are when the code is unknown.
     */
    public String addressOf(String address, String belfioreCode) {
        return byCode(belfioreCode).map(comune -> comune.withAddress(address))
                .orElse(address == null || address.isBlank() ? belfioreCode : address + ", " + belfioreCode);
    }

    /**
     * Comuni whose name starts with the query, then whose words begin with the words of the query, then
     * whose name contains it (accents and case ignored), or whose code is the query; at most {@code limit}.
     */
    public List<Comune> search(String query, int limit) {
        Index current = index;
        return current.names().search(query, limit).stream()
                .map(entry -> current.byBelfiore().get(entry.code()))
                .toList();
    }

    /**
     * The place a person names: a cadastral code ({@code L219}), a comune's name ("Torino", "aglie": accents and
     * case ignored; all the comuni of that name), a province's two-letter code ({@code TO}) or "provincia di"
     * followed by the name of one of its comuni ("provincia di Torino"). Empty when nothing is so named.
     */
    public Optional<Place> place(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String wanted = fold(text);
        Index current = index;
        Comune byCode = current.byBelfiore().get(text.strip().toUpperCase(Locale.ROOT));
        if (byCode != null) {
            return Optional.of(new Place(byCode.label(), List.of(byCode.belfioreCode()), Optional.empty()));
        }
        if (PROVINCE.matcher(text.strip().toUpperCase(Locale.ROOT)).matches()) {
            String province = text.strip().toUpperCase(Locale.ROOT);
            return current.sortedByName().stream().anyMatch(comune -> comune.provinceCode().equals(province))
                    ? Optional.of(new Place(province, List.of(), Optional.of(province))) : Optional.empty();
        }
        String provinceOf = wanted.replaceFirst("^provincia (di |del |della |dell'|dei )?", "");
        List<Comune> named = current.byFoldedName().getOrDefault(provinceOf, List.of());
        if (named.isEmpty()) {
            return Optional.empty();
        }
        if (!wanted.equals(provinceOf)) {
            String province = named.get(0).provinceCode();
            return Optional.of(new Place(province, List.of(), Optional.of(province)));
        }
        return Optional.of(new Place(String.join(", ", named.stream().map(Comune::label).toList()),
                named.stream().map(Comune::belfioreCode).toList(), Optional.empty()));
    }

    /** The comuni of a province, by its two-letter code ({@code TO}), by name. */
    public List<Comune> ofProvince(String provinceCode) {
        return index.sortedByName().stream()
                .filter(comune -> comune.provinceCode().equalsIgnoreCase(provinceCode.strip()))
                .toList();
    }

    public int size() {
        return index.byBelfiore().size();
    }

    static String fold(String text) {
        String decomposed = Normalizer.normalize(text.strip(), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }
}
