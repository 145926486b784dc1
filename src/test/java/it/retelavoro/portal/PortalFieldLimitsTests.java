package it.retelavoro.portal;

import it.retelavoro.support.ColumnLengths;
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


    @Test
    void the_declared_maximum_lengths_are_the_columns_lengths() {
        Map<String, Integer> declared = Map.of(
                "portal_application.first_name", SelfApplication.FIRST_NAME_MAX,
                "portal_application.last_name", SelfApplication.LAST_NAME_MAX,
                "portal_application.email", SelfApplication.EMAIL_MAX,
                "portal_application.cv_text", SelfApplication.CV_TEXT_MAX,
                "portal_application.decline_reason", SelfApplication.DECLINE_REASON_MAX);
        ColumnLengths.assertDeclared(jdbc, declared);
    }
}
