package it.retelavoro.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import it.retelavoro.support.IntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A code and a detail with quotes, which spliced into the SQL as text would have broken it (or changed its
 * meaning), are read back as they are: the definitions' values are bound parameters.
 */
@IntegrationTest
class BoundParametersTests {

    static final LocalDate LONG_AGO = LocalDate.of(1990, 1, 1);

    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void a_definition_with_quotes_counts_exactly_its_facts() {
        UUID person = UUID.randomUUID();
        List<String> rows = transactions.execute(status -> {
            status.setRollbackOnly();
            for (String detail : List.of("A1' or '1'='1", "A2")) {
                jdbc.sql("""
                        insert into monitoring_fact (kind, source_key, fact_date, organisation_id, person_id, detail)
                        values ('DELIVERY', :key, :date, :org, :person, :detail)""")
                        .param("key", UUID.randomUUID().toString()).param("date", LONG_AGO)
                        .param("org", UUID.randomUUID()).param("person", person).param("detail", detail).update();
            }
            return IndicatorDefinition.union(List.of(IndicatorDefinitionTest.QUOTED), "f.fact_date = :day")
                    .within("select code || ' ' || subject from (", ") x").on(jdbc).param("day", LONG_AGO)
                    .query(String.class).list();
        });

        assertThat(rows).containsExactly("1'1 " + person);
    }
}
