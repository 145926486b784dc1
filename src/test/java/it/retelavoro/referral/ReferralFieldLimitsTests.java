package it.retelavoro.referral;

import it.retelavoro.shared.Cancellation;
import it.retelavoro.support.ColumnLengths;
import it.retelavoro.support.IntegrationTest;
import java.util.Map;
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
        ColumnLengths.assertDeclared(jdbc, Map.of("referral_step.feedback", Referral.FEEDBACK_MAX,
                "referral_step.cancellation_reason", Cancellation.REASON_MAX,
                "referral.cancellation_reason", Cancellation.REASON_MAX));
    }
}
