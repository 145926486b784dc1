package it.retelavoro.synthetic;

import java.io.IOException;
import java.io.StringReader;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.postgresql.copy.CopyManager;

/**
 * Rows for several tables in PostgreSQL's COPY text format, loaded table by table in the order the tables
 * were first written to, so that a row always follows the rows its foreign keys point to.
 */
final class Batch {

    /** One table's rows. */
    static final class Rows {
        private final String copy;
        private final StringBuilder text = new StringBuilder(1 << 16);
        private boolean first = true;
        private long count;

        private Rows(String table, String columns) {
            this.copy = "copy " + table + " (" + columns + ") from stdin";
        }

        Rows add(Object value) {
            if (!first) {
                text.append('\t');
            }
            first = false;
            if (value == null) {
                text.append("\\N");
            } else if (value instanceof String string) {
                escape(string);
            } else {
                text.append(value);
            }
            return this;
        }

        void end() {
            text.append('\n');
            first = true;
            count++;
        }

        private void escape(String value) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                switch (c) {
                    case '\\' -> text.append("\\\\");
                    case '\t' -> text.append("\\t");
                    case '\n' -> text.append("\\n");
                    case '\r' -> text.append("\\r");
                    default -> text.append(c);
                }
            }
        }
    }

    /** Marks the end of a stream of batches. */
    static final Batch END = new Batch();

    private final Map<String, Rows> tables = new LinkedHashMap<>();

    /** The rows of a table; the columns are fixed by the first call for that table. */
    Rows table(String table, String columns) {
        return tables.computeIfAbsent(table, key -> new Rows(table, columns));
    }

    /** Rows held, all tables together. */
    long rows() {
        return tables.values().stream().mapToLong(rows -> rows.count).sum();
    }

    /** Rows held of one table. */
    long rows(String table) {
        Rows rows = tables.get(table);
        return rows == null ? 0 : rows.count;
    }

    /** The rows of every table as COPY would read them, table by table. */
    String text() {
        StringBuilder all = new StringBuilder();
        tables.values().forEach(rows -> all.append(rows.copy).append('\n').append(rows.text));
        return all.toString();
    }

    void copyInto(CopyManager copy) throws SQLException, IOException {
        for (Rows rows : tables.values()) {
            if (rows.count > 0) {
                copy.copyIn(rows.copy, new StringReader(rows.text.toString()));
            }
        }
    }

    static String ts(Instant instant) {
        return instant.toString();
    }

    static String day(LocalDate date) {
        return date.toString();
    }

    static String id(UUID id) {
        return id.toString();
    }
}
