package it.retelavoro.interop.co;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The CO code tables shipped under {@code reference/co/} (sources in {@code reference/SOURCES.md}): whether a
 * code exists, its label, and for a contract type the {@code employer.ContractType} it corresponds to. The
 * reader checks the form of a code only; whether the tables know it is the caller's question, because the
 * list of causes of cessation is partial and the Ministry adds codes.
 *
 * <p>The files follow the house rules of the reference data (UTF-8, header row, RFC 4180); they are read
 * with commons-csv here, since {@code reference.CsvTables} is private to its module. Immutable once loaded.
 */
public final class CoCodeTables {

    /**
     * A row of a table.
     *
     * @param validFrom the first day of the code, {@code null} when the source gives none
     * @param validTo   the day the source ends the code, {@code null} while it is in force
     * @param columns   every column of the row by its header name, the above included
     */
    public record Entry(String code, String label, LocalDate validFrom, LocalDate validTo,
            Map<String, String> columns) {
        public Entry {
            columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
        }
    }

    private final Map<CoCodeTable, Map<String, Entry>> tables;

    private CoCodeTables(Map<CoCodeTable, Map<String, Entry>> tables) {
        this.tables = tables;
    }

    /** The tables shipped on the classpath; a broken file is a bug of the build, thrown as such. */
    public static CoCodeTables shipped() {
        Map<CoCodeTable, Map<String, Entry>> tables = new EnumMap<>(CoCodeTable.class);
        for (CoCodeTable table : CoCodeTable.values()) {
            tables.put(table, Collections.unmodifiableMap(read(table, shippedText(table))));
        }
        return new CoCodeTables(tables);
    }

    public boolean exists(CoCodeTable table, String code) {
        return entry(table, code).isPresent();
    }

    public Optional<String> label(CoCodeTable table, String code) {
        return entry(table, code).map(Entry::label);
    }

    public Optional<Entry> entry(CoCodeTable table, String code) {
        return code == null ? Optional.empty()
                : Optional.ofNullable(tables.get(table).get(code.strip().toUpperCase(Locale.ROOT)));
    }

    /** The rows of a table in file order. */
    public List<Entry> entries(CoCodeTable table) {
        return List.copyOf(tables.get(table).values());
    }

    /**
     * The {@code it.retelavoro.employer.ContractType} a CO contract type corresponds to, as the constant's
     * name ({@code A.01.00} gives {@code PERMANENT}): interop does not depend on employer, the caller maps
     * the name with {@code ContractType.valueOf}. Part time and seasonal work are not contract types in the
     * CO ({@code tipoOrario}, {@code lavoroStagionale}), so no code maps to PART_TIME or SEASONAL.
     */
    public Optional<String> employerContractType(String contractTypeCode) {
        return entry(CoCodeTable.CONTRACT_TYPES, contractTypeCode).map(entry -> entry.columns().get("contract_type"));
    }

    /** Whether a CO contract type is open-ended: the table maps it to {@code PERMANENT} ({@code A.01.00}). */
    public boolean isOpenEnded(String contractTypeCode) {
        return employerContractType(contractTypeCode).filter("PERMANENT"::equals).isPresent();
    }

    /**
     * Whether a CO contract type is an internship or another work experience, not a job: the table maps it to
     * {@code INTERNSHIP} ({@code C.01.00}, {@code C.04.00}).
     */
    public boolean isInternship(String contractTypeCode) {
        return employerContractType(contractTypeCode).filter("INTERNSHIP"::equals).isPresent();
    }

    /** Whether a {@code tipoOrario} is part time; empty for an unknown code or one the table leaves open (N). */
    public Optional<Boolean> isPartTime(String workingTimeCode) {
        return entry(CoCodeTable.WORKING_TIME, workingTimeCode).map(entry -> entry.columns().get("part_time"))
                .filter(value -> !value.isEmpty()).map(Boolean::parseBoolean);
    }

    private static String shippedText(CoCodeTable table) {
        try (InputStream in = CoCodeTables.class.getClassLoader().getResourceAsStream(table.classpathLocation())) {
            if (in == null) {
                throw new IllegalStateException("missing " + table.classpathLocation());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Entry> read(CoCodeTable table, String content) {
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        Map<String, Entry> entries = new LinkedHashMap<>();
        try (CSVParser parser = format.parse(new StringReader(text))) {
            List<String> missing = table.header().stream().filter(column -> !parser.getHeaderNames().contains(column))
                    .toList();
            if (!missing.isEmpty()) {
                throw new IllegalStateException(table.classpathLocation() + ": missing columns " + missing);
            }
            for (CSVRecord record : parser) {
                Entry entry = entry(record);
                if (entry.code().isEmpty() || entry.label().isEmpty()) {
                    throw new IllegalStateException(table.classpathLocation() + ": a row without code or label, line "
                            + record.getParser().getCurrentLineNumber());
                }
                if (entries.putIfAbsent(entry.code(), entry) != null) {
                    throw new IllegalStateException(table.classpathLocation() + ": code twice " + entry.code());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    private static Entry entry(CSVRecord record) {
        Map<String, String> columns = new LinkedHashMap<>();
        record.toMap().forEach((column, value) -> columns.put(column, value == null ? "" : value.strip()));
        return new Entry(columns.get("code"), columns.get("label"), date(columns.get("valid_from")),
                date(columns.get("valid_to")), columns);
    }

    private static LocalDate date(String value) {
        return value == null || value.isEmpty() ? null : LocalDate.parse(value);
    }
}
