package it.retelavoro.network;

import static org.assertj.core.api.Assertions.assertThat;

import it.retelavoro.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Each text limit the network checks is declared once, and is exactly its column's length. */
@IntegrationTest
class FieldLimitsTests {

    @Autowired
    JdbcClient jdbc;

    private int columnLength(String table, String column) {
        return jdbc.sql("""
                select character_maximum_length from information_schema.columns
                where table_schema = current_schema() and table_name = :table and column_name = :column""")
                .param("table", table).param("column", column).query(Integer.class).single();
    }

    @Test
    void the_declared_maximum_lengths_are_the_columns_lengths() {
        Map<String, Integer> declared = Map.of(
                "organisation.name", Organisation.NAME_MAX,
                "organisation.accreditation_reference", Organisation.ACCREDITATION_REFERENCE_MAX,
                "site.name", Site.NAME_MAX,
                "site.address", Site.ADDRESS_MAX,
                "user_account.full_name", UserAccount.FULL_NAME_MAX,
                "user_account.email", UserAccount.EMAIL_MAX);
        declared.forEach((column, max) -> {
            String[] parts = column.split("\\.");
            assertThat(columnLength(parts[0], parts[1])).as(column).isEqualTo(max);
        });
    }
}
