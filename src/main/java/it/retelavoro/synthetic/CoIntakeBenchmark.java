package it.retelavoro.synthetic;

import static it.retelavoro.synthetic.BenchmarkLauncher.out;

import it.retelavoro.monitoring.OutcomeReport;
import it.retelavoro.monitoring.Outcomes;
import it.retelavoro.network.NetworkCommands.NewUser;
import it.retelavoro.network.NetworkManagement;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.OrganisationId;
import it.retelavoro.shared.Role;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The CO intake at regional scale (issue 15): over the benchmark region (1,000,000 persons by default, shared with
 * {@link RegionBenchmark}), the region's Comunicazioni Obbligatorie written by {@link CommunicationsWriter}
 * ({@code --documents}, mostly hires, with extensions, transformations, cessations, rectifications and
 * cancellations), after {@code --warmup} more sent first and not measured, are sent in the order they were sent
 * through {@code POST /api/v1/co/communications}, in zips of
 * {@code --per-zip} documents, by {@code --clients} clients at once, with the bearer token of a system of the flows
 * (role {@code INTEGRATION}) that the benchmark creates. A zip holding a rectification or cancellation waits until
 * the zip with the communication it names has been answered (the node would not send it earlier). Prints the
 * documents per second, the total time, the p50/p95 of a request, the CPU per document, then checks that every
 * document was applied (the answers' counts and the tables), and times the outcome report of the last year. Not a
 * test: run it as described in docs/performance.md.
 *
 * <p>A region where an earlier run sent its communications is refused: their effects stay in the other modules'
 * tables. Take a copy of the region's data directory before the first run and restore it before each later one, so
 * that a run always applies the same documents to the same region. Options: {@code --documents=200000 --warmup=0 --per-zip=500 --clients=4
 * --seed=15},
 * those of the region ({@code --persons=N --companies=N ...}), and any Spring property.
 */
public final class CoIntakeBenchmark {

    private static final String FLOWS_USER = "benchmark.co";
    private static final String FLOWS_PASSWORD = "benchmark-co-2026";
    /** The four digits of the codes of the benchmark's communications (the demo's have 0001). */
    private static final String PREFIX = "0002";

    private CoIntakeBenchmark() {
    }

    public static void main(String[] args) {
        BenchmarkLauncher.launch(args, Set.of("documents", "warmup", "per-zip", "clients", "seed", "persons",
                "companies",
                "deliveries-per-person", "years", "reload"), WebApplicationType.SERVLET, Map.of("server.port", "0"),
                CoIntakeBenchmark::run);
    }

    private static void run(ConfigurableApplicationContext context, Map<String, String> options) {
        int measured = Integer.parseInt(options.getOrDefault("documents", "200000"));
        int perZip = Integer.parseInt(options.getOrDefault("per-zip", "500"));
        // the documents sent first, unmeasured, so that the JIT has compiled the intake (whole zips)
        int warmup = (Integer.parseInt(options.getOrDefault("warmup", "0")) + perZip - 1) / perZip * perZip;
        int documents = warmup + measured;
        int clients = Integer.parseInt(options.getOrDefault("clients", "4"));
        long seed = Long.parseLong(options.getOrDefault("seed", "15"));
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        LocalDate today = LocalDate.now(context.getBean(Clock.class));
        List<OrganisationId> organisations = BenchmarkLauncher.region(context, options, today);
        if (documents == 0) {
            // --documents=0: the region only, to copy before the runs (a run changes it)
            out("Regione pronta, nessun documento inviato");
            return;
        }
        out("Carico della macchina prima: %s", loadAverage());

        refuseEarlierRuns(jdbc);
        long start = System.nanoTime();
        SyntheticCommunications.Written written = context.getBean(SyntheticCommunications.class).write(organisations,
                new CommunicationsWriter.Spec(seed, today.minusYears(3).plusDays(1), today, documents,
                        Integer.parseInt(PREFIX)));
        List<GeneratedCommunication> communications = written.communications();
        CommunicationsWriter.Counts counts = written.counts();
        out("Comunicazioni generate: %,d in %.1f s: %,d assunzioni (%,d di persone inviate a una vacancy, presso"
                + " l'impresa dell'invio), %,d proroghe, %,d trasformazioni, %,d cessazioni, %,d rettifiche, %,d"
                + " annullamenti; lavoratori: %,d della regione, %,d non registrati", counts.documents(),
                (System.nanoTime() - start) / 1e9, counts.hires(), counts.referralHires(), counts.extensions(),
                counts.transformations(), counts.cessations(), counts.rectifications(), counts.cancellations(),
                counts.workers(), counts.unregisteredWorkers());
        start = System.nanoTime();
        List<CoNodeClient.Zip> zips = CoNodeClient.zips(communications, perZip);
        out("Archivi zip: %,d di %,d documenti al più, %,d MB in tutto, preparati in %.1f s", zips.size(), perZip,
                zips.stream().mapToLong(zip -> zip.body().length).sum() >> 20, (System.nanoTime() - start) / 1e9);
        List<CompletableFuture<Void>> done = zips.stream().map(zip -> new CompletableFuture<Void>()).toList();
        int warmupZips = warmup / perZip;

        String base = "http://localhost:" + context.getEnvironment().getRequiredProperty("local.server.port");
        JsonMapper json = context.getBean(JsonMapper.class);
        CoNodeClient node = new CoNodeClient(base, json, clients);
        UUID sender = flowsUser(context);
        String token = node.issueToken(FLOWS_USER, FLOWS_PASSWORD);

        if (warmupZips > 0) {
            out("Riscaldamento: %,d documenti (i primi, non misurati)", warmup);
            CoNodeClient.Sent warm = node.send(token, zips, done, 0, warmupZips, clients);
            out("Riscaldamento: %,d documenti in %.1f s", warm.received(),
                    (System.nanoTime() - warm.startNanos()) / 1e9);
        }
        Optional<Path> postgres = Optional.ofNullable(context.getEnvironment()
                .getProperty("retelavoro.embedded-database.data-directory")).map(Path::of);
        long jvmCpuBefore = ApiWriteBenchmark.jvmCpuNanos();
        long postgresCpuBefore = postgres.map(ApiWriteBenchmark::postgresCpuNanos).orElse(-1L);
        out("Invio: %d client, zip in ordine di invio, token bearer del sistema dei flussi '%s'", clients, FLOWS_USER);
        boolean statements = StatementStatistics.reset(jdbc);
        CoNodeClient.Sent sent = node.send(token, zips, done, warmupZips, zips.size(), clients);
        long answered = System.nanoTime();
        long pending = waitForPublications(jdbc);
        double seconds = (System.nanoTime() - sent.startNanos()) / 1e9;
        long jvmCpu = ApiWriteBenchmark.jvmCpuNanos() - jvmCpuBefore;
        long postgresCpu = postgres.map(ApiWriteBenchmark::postgresCpuNanos).orElse(-1L) - postgresCpuBefore;

        long[] latencies = sent.latencies();
        Arrays.sort(latencies);
        out("Documenti: %,d in %.1f s = %,.0f documenti/s (risposte dopo %.1f s; poi %s)", sent.received(), seconds,
                sent.received() / seconds, (answered - sent.startNanos()) / 1e9,
                pending == 0 ? "nessuna pubblicazione di eventi in sospeso"
                        : "%,d pubblicazioni di eventi ancora in sospeso".formatted(pending));
        out("Richieste: %,d, latenza p50 %.0f ms, p95 %.0f ms, massimo %.0f ms", latencies.length,
                ApiWriteBenchmark.millis(latencies, 50), ApiWriteBenchmark.millis(latencies, 95),
                latencies.length == 0 ? 0.0 : latencies[latencies.length - 1] / 1e6);
        if (jvmCpuBefore >= 0 && sent.received() > 0) {
            double jvmPerDocument = jvmCpu / 1e6 / sent.received();
            double postgresPerDocument = postgresCpuBefore >= 0 ? postgresCpu / 1e6 / sent.received() : 0;
            out("CPU per documento: %.2f ms della JVM (applicazione e client), %s; con %d processori il tetto è di"
                    + " circa %,.0f documenti/s", jvmPerDocument, postgresCpuBefore >= 0
                            ? "%.2f ms di PostgreSQL".formatted(postgresPerDocument) : "PostgreSQL non misurato",
                    Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().availableProcessors() * 1000
                            / (jvmPerDocument + postgresPerDocument));
        }
        out("Carico della macchina dopo: %s", loadAverage());
        out("Esiti nelle risposte: applicati %,d, già ricevuti %,d, rifiutati %,d; errori HTTP %,d", sent.applied(),
                sent.alreadyReceived(), sent.refused(), sent.errors());
        if (sent.received() != measured) {
            throw new IllegalStateException(sent.received() + " documents answered of " + measured);
        }
        if (statements) {
            StatementStatistics.print(jdbc, sent.received());
        }
        verify(jdbc, sender, counts, sent, warmup);
        outcomeReport(context, today);
    }

    /**
     * Every document applied: the answers' counts, then the tables (the communications the benchmark's system sent,
     * those a rectification replaced or a cancellation cancelled, none refused), and the effects the communications
     * had: the employments, the referrals a CO made or confirmed hired, the DIDs it suspended or closed, the
     * employments monitoring copied for the outcomes.
     */
    private static void verify(JdbcClient jdbc, UUID sender, CommunicationsWriter.Counts counts,
            CoNodeClient.Sent sent, int warmup) {
        Map<String, Long> states = new HashMap<>();
        jdbc.sql("select state, count(*) from interop_co_communication where received_by = :sender group by state")
                .param("sender", sender).query((rs, row) -> states.put(rs.getString(1), rs.getLong(2))).list();
        long stored = states.values().stream().mapToLong(Long::longValue).sum();
        long rejected = jdbc.sql("select count(*) from interop_co_rejected where received_by = :sender")
                .param("sender", sender).query(Long.class).single();
        long[] employments = jdbc.sql("select count(distinct e.id), count(distinct e.id) filter (where e.person_id is"
                        + " not null) from interop_co_communication c join interop_co_employment e on e.id ="
                        + " c.employment_id where c.received_by = :sender").param("sender", sender)
                .query((rs, row) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
        out("Nel database: %,d comunicazioni (%,d in vigore, %,d sostituite da una rettifica, %,d annullate),"
                + " %,d documenti rifiutati; %,d rapporti di lavoro, %,d di persone del registro", stored,
                states.getOrDefault("APPLIED", 0L), states.getOrDefault("REPLACED", 0L),
                states.getOrDefault("CANCELLED", 0L), rejected, employments[0], employments[1]);
        long referralsHired = jdbc.sql("select count(*) from referral where hire_co_code is not null and substr("
                + "hire_co_code, 5, 4) = :prefix").param("prefix", PREFIX).query(Long.class).single();
        Map<String, Long> didChanges = new HashMap<>();
        jdbc.sql("select kind || ' ' || status, count(*) from pathway_did_employment_change where substr(co_code, 5,"
                        + " 4) = :prefix group by 1").param("prefix", PREFIX)
                .query((rs, row) -> didChanges.put(rs.getString(1), rs.getLong(2))).list();
        long copied = jdbc.sql("select count(*) from monitoring_employment").query(Long.class).single();
        out("Effetti: %,d invii diventati o confermati 'assunto' da una CO; cambi della DID %s; %,d rapporti di lavoro"
                + " nella copia del monitoraggio (esiti)", referralsHired, new TreeMap<>(didChanges), copied);
        boolean complete = sent.errors() == 0 && sent.received() == counts.documents() - warmup
                && sent.applied() == sent.received() && sent.refused() == 0 && stored == counts.documents()
                && rejected == 0 && states.getOrDefault("REPLACED", 0L) == counts.rectifications()
                && states.getOrDefault("CANCELLED", 0L) == counts.cancellations()
                && referralsHired > 0 && !didChanges.isEmpty() && copied > 0;
        out(complete ? "Verifica: tutti i %,d documenti applicati%s, nessuno rifiutato, con i loro effetti"
                : "Verifica NON superata: %,d documenti generati%s, vedere i conteggi sopra", counts.documents(),
                warmup > 0 ? " (riscaldamento compreso)" : "");
        if (!complete) {
            throw new IllegalStateException("not every document was applied");
        }
    }

    /**
     * Waits until the event publication registry holds no incomplete publication (the listeners of the CO events,
     * which run after each commit, have done their work): part of "every effect applied".
     *
     * @return the publications still incomplete after ten minutes (0 normally)
     */
    private static long waitForPublications(JdbcClient jdbc) {
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        long pending;
        do {
            pending = jdbc.sql("select count(*) from event_publication where completion_date is null")
                    .query(Long.class).single();
            if (pending > 0) {
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return pending;
                }
            }
        } while (pending > 0 && System.nanoTime() < deadline);
        return pending;
    }

    /**
     * Times the outcome report of the last calendar year for the whole region, without breakdown, as
     * {@link RegionBenchmark} times the indicators: the first run and the median of five (goal: under 1 s), then
     * the figures of each cohort, so that a report over empty tables cannot pass for a fast one.
     */
    private static void outcomeReport(ConfigurableApplicationContext context, LocalDate today) {
        Outcomes outcomes = context.getBean(Outcomes.class);
        int year = today.getYear() - 1;
        int runs = 5;
        long[] millis = new long[runs];
        OutcomeReport report = null;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            report = outcomes.regionYear(year);
            millis[i] = (System.nanoTime() - start) / 1_000;
        }
        long[] sorted = millis.clone();
        Arrays.sort(sorted);
        out("Rapporto degli esiti, anno %d, regione: prima %.1f ms, mediana di %d %.1f ms", year, millis[0] / 1000.0,
                runs, sorted[runs / 2] / 1000.0);
        for (OutcomeReport.Cohort cohort : report.cohorts()) {
            StringBuilder horizons = new StringBuilder();
            for (OutcomeReport.Horizon horizon : cohort.total().horizons()) {
                horizons.append(String.format(Locale.ROOT, "; a %d mesi %,d osservati, %,d occupati (%,d con"
                        + " contratti di almeno 6 mesi)", horizon.months(), horizon.observed(), horizon.employed(),
                        horizon.employedSixMonths()));
            }
            out("  %s: %,d%s", cohort.cohort(), cohort.total().size(), horizons);
        }
    }

    /**
     * Refuses a region where an earlier run sent its communications: their effects (referrals hired, DIDs suspended
     * or closed, the outcomes' employments) stay in the other modules' tables, so a second run would apply fewer.
     * The region is restored from the copy taken before the first run instead (docs/performance.md).
     */
    private static void refuseEarlierRuns(JdbcClient jdbc) {
        long earlier = jdbc.sql("select count(*) from interop_co_communication where substr(code, 5, 4) = :prefix")
                .param("prefix", PREFIX).query(Long.class).single();
        if (earlier > 0) {
            throw new IllegalStateException("the region holds " + earlier + " communications of an earlier run and"
                    + " their effects: restore the copy of the region's data directory taken before the first run");
        }
    }

    /** The system of the flows the benchmark sends as: created on the first run, as an administrator would. */
    private static UUID flowsUser(ConfigurableApplicationContext context) {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        Optional<UUID> existing = jdbc.sql("select id from user_account where username = :name")
                .param("name", FLOWS_USER).query(UUID.class).optional();
        if (existing.isPresent()) {
            return existing.get();
        }
        CurrentUser admin = context.getBean(SyntheticRegion.class).administrator()
                .orElseThrow(() -> new IllegalStateException("no administrator"));
        return context.getBean(NetworkManagement.class).createUser(new NewUser(FLOWS_USER, FLOWS_PASSWORD,
                "Nodo CO del benchmark", null, Role.INTEGRATION, admin.organisationId(), Set.of(), Set.of()),
                admin).id().value();
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "non disponibile";
        }
    }

}
