package it.retelavoro.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The lengths of the text columns, as the migrations made them, against the lengths the aggregates declare. */
public final class ColumnLengths {

    private ColumnLengths() {
    }

    /** Each {@code table.column} is exactly as long as the constant its aggregate declares for it. */
    public static void assertDeclared(JdbcClient jdbc, Map<String, Integer> declared) {
        declared.forEach((column, max) -> {
            String[] parts = column.split("\\.");
            assertThat(length(jdbc, parts[0], parts[1])).as(column).isEqualTo(max);
        });
    }

    static Integer length(JdbcClient jdbc, String table, String column) {
        return jdbc.sql("""
                select character_maximum_length from information_schema.columns
                where table_schema = current_schema() and table_name = :table and column_name = :column""")
                .param("table", table).param("column", column).query(Integer.class).optional().orElse(null);
    }
}
