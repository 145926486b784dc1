package it.retelavoro.synthetic;

import it.retelavoro.platform.DemoData;
import it.retelavoro.shared.OrganisationId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Gives the demo network a history, so that a new user opens a living dashboard: a small generated region
 * (a few hundred persons and companies over three years) on the demo organisations, once, after the
 * network bootstrap (order 10) created them. Runs only where the demo data is enabled and only while the
 * demo organisations have no person yet.
 */
@Component
@Order(20)
class SyntheticDemoSeed implements ApplicationRunner {

    static final int PERSONS = 300;
    static final int COMPANIES = 60;
    private static final Logger log = LoggerFactory.getLogger(SyntheticDemoSeed.class);
    private static final List<String> DEMO_ORGANISATIONS = List.of("CPI Torino", "CPI Cuneo", "Alfa Lavoro");

    private final DemoData demoData;
    private final SyntheticRegion region;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ProgrammeDemoDeliveries programmes;

    SyntheticDemoSeed(DemoData demoData, SyntheticRegion region, JdbcClient jdbc, Clock clock,
            ProgrammeDemoDeliveries programmes) {
        this.programmes = programmes;
        this.demoData = demoData;
        this.region = region;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demoData.enabled()) {
            return;
        }
        List<UUID> demo = jdbc.sql("select id from organisation where name in (:names) order by kind, name")
                .param("names", DEMO_ORGANISATIONS).query(UUID.class).list();
        if (demo.size() != DEMO_ORGANISATIONS.size()) {
            return;
        }
        boolean seeded = jdbc.sql("select exists (select 1 from person where in_charge_of in (:orgs))"
                        + " or exists (select 1 from employer where organisation_id in (:orgs))")
                .param("orgs", demo).query(Boolean.class).single();
        if (seeded) {
            return;
        }
        var admin = region.administrator();
        if (admin.isEmpty()) {
            return;
        }
        long start = System.nanoTime();
        var report = region.generate(new RegionSpec(1L, PERSONS, COMPANIES, 8, 3, LocalDate.now(clock), 0xDE30),
                demo.stream().map(OrganisationId::new).toList(), admin.get());
        int underProgrammes = programmes.register();
        log.info("Storia demo generata: {} persone, {} aziende, {} servizi ({} sotto programmi regionali) in {} ms",
                report.persons(), report.companies(), report.deliveries(), underProgrammes,
                (System.nanoTime() - start) / 1_000_000);
    }
}
