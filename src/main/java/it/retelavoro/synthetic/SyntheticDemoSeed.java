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
 * (a few hundred persons and companies over three years) on the demo organisations, with the Comunicazioni
 * Obbligatorie of its persons applied through the intake, once, after the network bootstrap (order 10) created them. Runs only where the demo data is enabled and only while the
 * demo organisations have no person yet.
 */
@Component
@Order(20)
class SyntheticDemoSeed implements ApplicationRunner {

    static final int PERSONS = 300;
    static final int COMPANIES = 60;
    /**
     * Comunicazioni Obbligatorie of the demo region, applied through the intake at the first start: enough for
     * the work histories, the referrals a hire confirms and the outcomes, few enough to keep the start quick.
     */
    static final int COMMUNICATIONS = 400;
    private static final Logger log = LoggerFactory.getLogger(SyntheticDemoSeed.class);
    private static final List<String> DEMO_ORGANISATIONS = List.of("CPI Torino", "CPI Cuneo", "Alfa Lavoro");

    private final DemoData demoData;
    private final SyntheticRegion region;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ProgrammeDemoDeliveries programmes;
    private final SyntheticCommunications communications;

    SyntheticDemoSeed(DemoData demoData, SyntheticRegion region, JdbcClient jdbc, Clock clock,
            ProgrammeDemoDeliveries programmes, SyntheticCommunications communications) {
        this.programmes = programmes;
        this.communications = communications;
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
        LocalDate today = LocalDate.now(clock);
        List<OrganisationId> organisations = demo.stream().map(OrganisationId::new).toList();
        var report = region.generate(new RegionSpec(1L, PERSONS, COMPANIES, 8, 3, today, 0xDE30), organisations,
                admin.get());
        int underProgrammes = programmes.register();
        deadlinesAhead(demo);
        log.info("Storia demo generata: {} persone, {} aziende, {} servizi ({} sotto programmi regionali) in {} ms",
                report.persons(), report.companies(), report.deliveries(), underProgrammes,
                (System.nanoTime() - start) / 1_000_000);
        long coStart = System.nanoTime();
        var written = communications.write(organisations, new CommunicationsWriter.Spec(0xC0DEL,
                today.minusYears(3).plusDays(1), today, COMMUNICATIONS, 1));
        var statuses = communications.apply(written.communications(), admin.get());
        log.info("Comunicazioni obbligatorie demo: {} inviate all'intake ({} assunzioni, {} di persone inviate a"
                + " una vacancy), esiti {} in {} ms", written.counts().documents(), written.counts().hires(),
                written.counts().referralHires(), statuses, (System.nanoTime() - coStart) / 1_000_000);
    }

    /**
     * The operator's desk (issue 14) shows the deadlines of the next 14 days: the generated history spreads the
     * PAI actions' due days over three years and gives vacancies no expiry, so a few of each are moved into the
     * coming two weeks (days 1 to 13, by the row's id: the same on every seed), leaving the overdue ones as they
     * are. Generated data only, like the rest of the seed.
     */
    private void deadlinesAhead(List<UUID> demo) {
        LocalDate today = LocalDate.now(clock);
        jdbc.sql("""
                update pathway_action a set due_on = cast(:today as date) + 1 + (abs(hashtext(a.action_key::text)) % 13)
                 where a.action_key in (
                       select x.action_key from pathway_action x
                         join pathway_action_plan p on p.id = x.action_plan_id
                        where p.organisation_id in (:orgs) and p.outcome = 'SIGNED' and p.superseded_by is null
                          and x.state in ('PLANNED', 'IN_PROGRESS') and x.due_on > cast(:today as date)
                        order by x.action_key limit 24)""")
                .param("today", today).param("orgs", demo).update();
        jdbc.sql("""
                update vacancy v set expires_on = cast(:today as date) + 1 + (abs(hashtext(v.id::text)) % 13)
                 where v.id in (select id from vacancy where state = 'OPEN' and organisation_id in (:orgs)
                                 and expires_on is null order by id limit 9)""")
                .param("today", today).param("orgs", demo).update();
    }
}
