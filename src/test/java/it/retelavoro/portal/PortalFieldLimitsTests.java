package it.retelavoro.portal;

import static org.assertj.core.api.Assertions.assertThat;

import it.retelavoro.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Each text limit the portal checks is declared once, and is exactly its column's length. */
@IntegrationTest
class PortalFieldLimitsTests {

    @Autowired
    JdbcClient jdbc;

    private int columnLength(String column) {
        return jdbc.sql("""
                select character_maximum_length from information_schema.columns
                where table_schema = current_schema() and table_name = 'portal_application'
                  and column_name = :column""")
                .param("column", column).query(Integer.class).single();
    }

    @Test
    void the_declared_maximum_lengths_are_the_columns_lengths() {
        Map<String, Integer> declared = Map.of(
                "first_name", SelfApplication.FIRST_NAME_MAX,
                "last_name", SelfApplication.LAST_NAME_MAX,
                "email", SelfApplication.EMAIL_MAX,
                "cv_text", SelfApplication.CV_TEXT_MAX,
                "decline_reason", SelfApplication.DECLINE_REASON_MAX);
        declared.forEach((column, max) -> assertThat(columnLength(column)).as(column).isEqualTo(max));
    }
}
