package it.retelavoro.synthetic;

import it.retelavoro.catalogue.Catalogue;
import it.retelavoro.catalogue.Programme;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Gives the demo history deliveries under two of the shipped programmes, so that the programme report and the
 * breakdown by programme show something on a new installation: a third of the persons of one demo organisation
 * have their deliveries of the services a programme finances, since it started and after their DID (at least
 * the months the programme asks), registered under it, each at least the programme's minimum hours; the
 * monitoring facts of those deliveries carry the programme and the minutes, as the listener records them.
 * Generated data only, like the rest of the demo history: the rule engine does not judge it.
 */
@Component
class ProgrammeDemoDeliveries {

    /** The programmes of the demo and the demo organisation (by name) whose deliveries they finance. */
    static final List<String[]> DEMO = List.of(new String[] {"GOL-P1", "Alfa Lavoro"},
            new String[] {"BSL-DISOCCUPATI", "CPI Cuneo"});

    private final JdbcClient jdbc;
    private final Catalogue catalogue;

    ProgrammeDemoDeliveries(JdbcClient jdbc, Catalogue catalogue) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
    }

    /** Tags the deliveries; answers how many. */
    int register() {
        int tagged = 0;
        for (String[] demo : DEMO) {
            Programme programme = catalogue.programmes().byCode(demo[0]).orElse(null);
            List<UUID> organisation = jdbc.sql("select id from organisation where name = :name")
                    .param("name", demo[1]).query(UUID.class).list();
            if (programme == null || organisation.isEmpty()) {
                continue;
            }
            for (Programme.FinancedService financed : programme.services().values()) {
                int minMinutes = financed.minHours().map(hours -> hours.multiply(BigDecimal.valueOf(60))
                        .setScale(0, RoundingMode.CEILING).intValue()).orElse(0);
                tagged += jdbc.sql("""
                        update pathway_delivery d set programme = :programme,
                            minutes = greatest(coalesce(d.minutes, 0), :minMinutes)
                        where d.organisation_id = :org and d.service = :service and d.delivered_on >= :from
                          and d.person_id is not null and d.programme is null
                          and abs(hashtext(d.person_id::text)) % 3 = 0
                          and exists (select 1 from pathway_did x where x.person_id = d.person_id
                              and x.state <> 'REVOKED'
                              and x.declared_on <= d.delivered_on - make_interval(months => :months))
                          and (cardinality(cast(:outputs as text[])) = 0 or exists (
                              select 1 from pathway_delivery_output o where o.delivery_id = d.id
                              and o.output = any(cast(:outputs as text[]))))""")
                        .param("programme", programme.code()).param("minMinutes", minMinutes)
                        .param("org", organisation.get(0)).param("service", financed.service().name())
                        .param("from", programme.validFrom())
                        .param("months", programme.eligibility().minUnemploymentMonths().orElse(0))
                        .param("outputs", financed.extraOutputs().stream().map(Enum::name).toArray(String[]::new))
                        .update();
            }
        }
        jdbc.sql("""
                update monitoring_fact f set programme = d.programme, minutes = d.minutes
                from pathway_delivery d
                where f.kind = 'DELIVERY' and f.source_key = d.id::text and d.programme is not null""").update();
        return tagged;
    }
}
