package it.retelavoro.reference;

import it.retelavoro.shared.InvalidInputException;
import java.util.Optional;
import org.apache.commons.csv.CSVRecord;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * A reference table read from its shipped file and replaceable by an administrator's import. The stored
 * import is read once every bean exists (so after Flyway has migrated), and wins over the shipped file.
 */
abstract class ImportableTable<T> implements SmartInitializingSingleton {

    private final ReferenceFile file;
    private final Optional<ImportedFiles> imported;

    ImportableTable(ReferenceFile file, Optional<ImportedFiles> imported) {
        this.file = file;
        this.imported = imported;
        replace(parse(CsvTables.shipped(file)));
    }

    ReferenceFile file() {
        return file;
    }

    @Override
    public void afterSingletonsInstantiated() {
        imported.flatMap(files -> files.content(file)).ifPresent(content -> replace(parse(content)));
    }

    /**
     * Reads and checks a whole file.
     *
     * @throws InvalidInputException naming the field {@code file}, with the first problem found
     */
    final T parse(String content) {
        java.util.List<CSVRecord> rows;
        try {
            rows = CsvTables.rows(content, file.header());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("file", "reference.import.header", String.join(", ", file.header()));
        }
        if (rows.isEmpty()) {
            throw InvalidInputException.of("file", "reference.import.empty");
        }
        return read(rows);
    }

    /** Builds the table from rows, throwing {@link #invalidRow} at the first bad row. */
    abstract T read(java.util.List<CSVRecord> rows);

    /** Makes the table the one in use. */
    abstract void replace(T table);

    /** The number of rows of a table, for the administrator's report. */
    abstract int size(T table);

    static InvalidInputException invalidRow(CSVRecord row, String column) {
        // +1: the header is line 1 of the file
        return InvalidInputException.of("file", "reference.import.invalid-row", row.getRecordNumber() + 1, column);
    }

    static InvalidInputException duplicate(CSVRecord row, String code) {
        return InvalidInputException.of("file", "reference.import.duplicate", row.getRecordNumber() + 1, code);
    }
}
