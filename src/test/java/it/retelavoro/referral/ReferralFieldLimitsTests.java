package it.retelavoro.referral;

import static org.assertj.core.api.Assertions.assertThat;

import it.retelavoro.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Each text limit the referral module checks is declared once, and is exactly its column's length. */
@IntegrationTest
class ReferralFieldLimitsTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void the_feedback_of_a_step_is_as_long_as_its_column() {
        assertThat(jdbc.sql("""
                select character_maximum_length from information_schema.columns
                where table_schema = current_schema() and table_name = 'referral_step' and column_name = 'feedback'""")
                .query(Integer.class).single()).isEqualTo(Referral.FEEDBACK_MAX);
    }
}
