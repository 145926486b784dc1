package it.retelavoro.synthetic;

import it.retelavoro.catalogue.SiteFeature;
import it.retelavoro.matching.MatchingManagement;
import it.retelavoro.monitoring.MonitoringQueries;
import it.retelavoro.network.NetworkCommands.NewOrganisation;
import it.retelavoro.network.NetworkCommands.NewUser;
import it.retelavoro.network.NetworkCommands.SiteDetails;
import it.retelavoro.network.NetworkManagement;
import it.retelavoro.network.Organisation;
import it.retelavoro.network.Site;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.OrganisationId;
import it.retelavoro.shared.OrganisationKind;
import it.retelavoro.shared.Role;
import it.retelavoro.shared.UserId;
import it.retelavoro.shared.VatNumber;
import it.retelavoro.synthetic.RegionWriter.Operator;
import it.retelavoro.synthetic.RegionWriter.Org;
import it.retelavoro.synthetic.RegionWriter.SiteRef;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Generates a synthetic region and bulk loads it with PostgreSQL COPY into the application's own tables
 * (person, pathway, employer, referral) together with the monitoring facts the listeners would have
 * recorded, then rebuilds the monitoring aggregate. No event is published: the facts are written as the
 * listeners write them, which is what makes loading millions of rows a matter of minutes.
 *
 * <p>Not for production databases: it writes personal-looking data. The demo seed and the benchmark use it.
 */
@Service
public class SyntheticRegion {

    private static final Logger log = LoggerFactory.getLogger(SyntheticRegion.class);
    static final String OPERATOR_PASSWORD = "sintetico-2026";

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final NetworkManagement network;
    private final MonitoringQueries monitoring;
    private final MatchingManagement matching;

    SyntheticRegion(DataSource dataSource, JdbcClient jdbc, NetworkManagement network, MonitoringQueries monitoring,
            MatchingManagement matching) {
        this.matching = matching;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.network = network;
        this.monitoring = monitoring;
    }

    /**
     * What was loaded and how long it took.
     *
     * @param persons            persons registered
     * @param companies          companies registered
     * @param personDeliveries   A1-A6 deliveries (anonymous A1 visitors included)
     * @param employerDeliveries B1-B4 deliveries
     * @param facts              monitoring facts
     * @param vacancies          vacancies registered
     * @param referrals          referrals sent
     * @param hires              referrals ended in a hire
     * @param rows               rows loaded, all tables together
     * @param loadMillis         time of generation and COPY
     * @param rebuildMillis      time of the rebuild of the monitoring aggregate
     */
    public record Report(long persons, long companies, long personDeliveries, long employerDeliveries, long facts,
            long vacancies, long referrals, long hires, long rows, long loadMillis, long rebuildMillis) {

        /** Service deliveries, to persons and to companies. */
        public long deliveries() {
            return personDeliveries + employerDeliveries;
        }
    }

    /** An enabled administrator of the network, as the caller of what the generator does on their behalf. */
    public Optional<CurrentUser> administrator() {
        return jdbc.sql("""
                select u.id, u.username, u.organisation_id, o.kind from user_account u
                join organisation o on o.id = u.organisation_id
                where u.role = 'ADMIN' and u.enabled order by u.created_at limit 1""")
                .query((rs, row) -> new CurrentUser(new UserId(rs.getObject(1, UUID.class)), rs.getString(2),
                        Role.ADMIN, new OrganisationId(rs.getObject(3, UUID.class)),
                        OrganisationKind.valueOf(rs.getString(4))))
                .optional();
    }

    /**
     * Opens a network for a whole region: a CPI in each of the eight provinces of Piedmont (two sites each,
     * three in Turin), six accredited agencies with a site in three provinces each, two operators per CPI
     * site and one per agency site. The names carry {@code tag}, so that several networks may coexist.
     *
     * @return the organisations, CPIs first
     */
    public List<OrganisationId> createNetwork(String tag, CurrentUser admin) {
        ReferenceTables reference = new ReferenceTables();
        Set<SiteFeature> full = EnumSet.allOf(SiteFeature.class);
        List<OrganisationId> created = new ArrayList<>();
        String user = tag.toLowerCase().replaceAll("[^a-z0-9]", "");
        String cpiCode = vatNumber(900_000_000L + Math.floorMod(tag.hashCode(), 90_000_000));
        int counter = 0;
        for (String province : ReferenceTables.PROVINCES) {
            String name = ReferenceTables.PROVINCE_NAMES.get(province);
            Organisation cpi = network.registerOrganisation(new NewOrganisation("CPI " + name + " " + tag,
                    OrganisationKind.CPI, cpiCode, null), admin);
            created.add(cpi.id());
            List<String> comuni = new ArrayList<>(List.of(ReferenceTables.CAPITALS.get(province)));
            var random = new java.util.SplittableRandom(province.hashCode());
            for (int extra = "TO".equals(province) ? 2 : 1; extra > 0; extra--) {
                comuni.add(reference.comuneIn(province, random));
            }
            int siteNumber = 0;
            for (String comune : comuni) {
                Site site = network.openSite(cpi.id(), new SiteDetails("CPI " + name + " " + tag + " - sede "
                        + (++siteNumber), "Via Roma " + siteNumber, comune, full), admin);
                for (int o = 0; o < 2; o++) {
                    operator(user + ".cpi" + province.toLowerCase() + "." + (++counter), cpi, Set.of(site), admin);
                }
            }
        }
        for (int a = 1; a <= 6; a++) {
            String code = vatNumber(800_000_000L + Math.floorMod(tag.hashCode() * 31 + a, 90_000_000));
            Organisation agency = network.registerOrganisation(new NewOrganisation("Agenzia " + a + " " + tag,
                    OrganisationKind.ACCREDITED_AGENCY, code, "Accreditamento sintetico " + a), admin);
            created.add(agency.id());
            for (int s = 0; s < 3; s++) {
                String province = ReferenceTables.PROVINCES[(a + s * 3) % ReferenceTables.PROVINCES.length];
                Site site = network.openSite(agency.id(), new SiteDetails("Agenzia " + a + " " + tag + " - "
                        + ReferenceTables.PROVINCE_NAMES.get(province), "Corso Italia " + (s + 1),
                        ReferenceTables.CAPITALS.get(province), full), admin);
                operator(user + ".ag" + a + "." + (++counter), agency, Set.of(site), admin);
            }
        }
        return created;
    }

    private void operator(String username, Organisation organisation, Set<Site> sites, CurrentUser admin) {
        network.createUser(new NewUser(username, OPERATOR_PASSWORD, "Operatore " + username, null, Role.OPERATOR,
                organisation.id(), sites.stream().map(Site::id).collect(java.util.stream.Collectors.toSet()),
                Set.of()), admin);
    }

    private static String vatNumber(long base) {
        String ten = "%010d".formatted(base);
        String code = ten + VatNumber.checkDigit(ten);
        return code;
    }

    /**
     * Generates the region over the organisations' operators and sites, loads it and rebuilds the
     * monitoring aggregate as the administrator.
     */
    public Report generate(RegionSpec spec, List<OrganisationId> organisations, CurrentUser admin) {
        Report loaded = load(spec, organisations);
        long start = System.nanoTime();
        monitoring.rebuild(admin);
        long rebuild = (System.nanoTime() - start) / 1_000_000;
        log.info("Aggregato del monitoraggio ricostruito in {} ms", rebuild);
        return new Report(loaded.persons(), loaded.companies(), loaded.personDeliveries(),
                loaded.employerDeliveries(), loaded.facts(), loaded.vacancies(), loaded.referrals(), loaded.hires(),
                loaded.rows(), loaded.loadMillis(), rebuild);
    }

    /**
     * Generates and loads the region without touching the aggregate (the caller rebuilds it). Rows go in
     * batches of a few thousand persons, each in its own transaction; one thread generates while another
     * copies the previous batch.
     */
    Report load(RegionSpec spec, List<OrganisationId> organisations) {
        long start = System.nanoTime();
        ReferenceTables reference = new ReferenceTables();
        List<Org> orgs = network(organisations, reference);
        if (orgs.isEmpty()) {
            throw new IllegalArgumentException("no organisation with operators and sites");
        }
        Set<String> codes = new HashSet<>(jdbc.sql("select fiscal_code from person").query(String.class).list());
        RegionWriter writer = new RegionWriter(spec, orgs, reference, codes);
        BlockingQueue<Optional<Batch>> queue = new ArrayBlockingQueue<>(2);
        ExecutorService loader = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "synthetic-copy");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Future<Long> copied = loader.submit(() -> copyAll(queue));
            Consumer<Batch> sink = batch -> {
                try {
                    queue.put(Optional.of(batch));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            };
            try {
                writer.companies(5_000, sink);
                writer.persons(5_000, sink);
            } finally {
                sink.accept(Batch.END);
            }
            copied.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("bulk load failed", e.getCause());
        } finally {
            loader.shutdownNow();
        }
        RegionWriter.Counts counts = writer.counts();
        // The generator publishes no events: matching's copy of the occupations is taken again in one go.
        matching.refreshOccupations();
        if (counts.rows() > 100_000) {
            // Fresh statistics, or the planner takes the new millions of rows for an empty table.
            jdbc.sql("analyze").update();
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        log.info("Regione sintetica caricata: {} persone, {} aziende, {} servizi, {} fatti, {} righe in {} ms",
                counts.persons(), counts.companies(), counts.personDeliveries() + counts.employerDeliveries(),
                counts.facts(), counts.rows(), millis);
        return new Report(counts.persons(), counts.companies(), counts.personDeliveries(), counts.employerDeliveries(),
                counts.facts(), counts.vacancies(), counts.referrals(), counts.hires(), counts.rows(), millis, 0);
    }

    private long copyAll(BlockingQueue<Optional<Batch>> queue) throws Exception {
        long rows = 0;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            while (true) {
                Optional<Batch> next = queue.take();
                if (next.isEmpty() || next.get() == Batch.END) {
                    break;
                }
                try {
                    next.get().copyInto(copy);
                    connection.commit();
                } catch (SQLException e) {
                    connection.rollback();
                    // Keep draining so that the generating thread is never blocked on a full queue.
                    while (queue.take().map(batch -> batch != Batch.END).orElse(false)) {
                        // discard
                    }
                    throw e;
                }
                rows += next.get().rows();
            }
        }
        return rows;
    }

    /** The organisations with their enabled operators and the sites each works at. */
    private List<Org> network(List<OrganisationId> organisations, ReferenceTables reference) {
        Map<UUID, Boolean> kinds = new LinkedHashMap<>();
        for (OrganisationId id : organisations) {
            jdbc.sql("select kind from organisation where id = :id").param("id", id.value()).query(String.class)
                    .optional().ifPresent(kind -> kinds.put(id.value(), "CPI".equals(kind)));
        }
        Map<UUID, Map<UUID, List<SiteRef>>> operators = new LinkedHashMap<>();
        jdbc.sql("""
                select u.organisation_id, u.id, s.id as site_id, s.comune_code from user_account u
                join user_site us on us.user_id = u.id join site s on s.id = us.site_id
                where u.role = 'OPERATOR' and u.enabled and u.organisation_id in (:orgs)
                order by u.organisation_id, u.username, s.name""")
                .param("orgs", kinds.isEmpty() ? List.of(new UUID(0, 0)) : List.copyOf(kinds.keySet()))
                .query((rs, row) -> {
                    String comune = rs.getString("comune_code");
                    String province = Optional.ofNullable(reference.provinceOf(comune)).orElse("TO");
                    operators.computeIfAbsent(rs.getObject(1, UUID.class), key -> new LinkedHashMap<>())
                            .computeIfAbsent(rs.getObject(2, UUID.class), key -> new ArrayList<>())
                            .add(new SiteRef(rs.getObject("site_id", UUID.class), comune, province));
                    return null;
                }).list();
        List<Org> orgs = new ArrayList<>();
        kinds.forEach((id, cpi) -> {
            Map<UUID, List<SiteRef>> staff = operators.get(id);
            if (staff != null) {
                orgs.add(new Org(id, cpi, staff.entrySet().stream()
                        .map(entry -> new Operator(entry.getKey(), List.copyOf(entry.getValue()))).toList()));
            }
        });
        return orgs;
    }
}
