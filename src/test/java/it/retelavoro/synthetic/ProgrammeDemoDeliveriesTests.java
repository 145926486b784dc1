package it.retelavoro.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import it.retelavoro.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo history includes deliveries under two programmes, and their monitoring facts carry them. */
@IntegrationTest
class ProgrammeDemoDeliveriesTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    @DisplayName("GOL-P1 at Alfa Lavoro and BSL-DISOCCUPATI at CPI Cuneo: demo deliveries, facts with programme and minutes")
    void the_demo_history_has_deliveries_under_two_programmes() {
        // The demo seed's ids carry its prefix (de30...), whatever other tests register under the programmes.
        Map<String, Long> deliveries = new java.util.HashMap<>();
        jdbc.sql("""
                select programme, count(*) from pathway_delivery
                where programme is not null and id::text like 'de30%' group by programme""")
                .query((rs, row) -> deliveries.put(rs.getString(1), rs.getLong(2))).list();
        long factsWithout = jdbc.sql("""
                select count(*) from pathway_delivery d join monitoring_fact f on f.source_key = d.id::text
                where d.programme is not null and d.id::text like 'de30%'
                  and (f.programme is distinct from d.programme or f.minutes is distinct from d.minutes)""")
                .query(Long.class).single();

        assertThat(deliveries.keySet()).containsExactlyInAnyOrder("GOL-P1", "BSL-DISOCCUPATI");
        assertThat(deliveries.values()).allMatch(count -> count > 0);
        assertThat(factsWithout).isZero();
    }
}
