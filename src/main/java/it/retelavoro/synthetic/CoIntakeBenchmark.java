package it.retelavoro.synthetic;

import static it.retelavoro.synthetic.BenchmarkLauncher.out;

import it.retelavoro.network.NetworkCommands.NewUser;
import it.retelavoro.monitoring.OutcomeReport;
import it.retelavoro.monitoring.Outcomes;
import it.retelavoro.network.NetworkManagement;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.OrganisationId;
import it.retelavoro.shared.Role;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
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
 * <p>The communications of an earlier run are removed first (the interop module's tables of communications,
 * employments and refused documents, and the event publications of the CO events), so that a run always applies
 * the same documents to the same region. Options: {@code --documents=200000 --warmup=0 --per-zip=500 --clients=4
 * --seed=15},
 * those of the region ({@code --persons=N --companies=N ...}), and any Spring property.
 */
public final class CoIntakeBenchmark {

    private static final String FLOWS_USER = "benchmark.co";
    private static final String FLOWS_PASSWORD = "benchmark-co-2026";

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
        out("Carico della macchina prima: %s", loadAverage());

        removeEarlierRuns(jdbc);
        long start = System.nanoTime();
        SyntheticCommunications.Written written = context.getBean(SyntheticCommunications.class).write(organisations,
                new CommunicationsWriter.Spec(seed, today.minusYears(3).plusDays(1), today, documents, 2));
        List<GeneratedCommunication> communications = written.communications();
        CommunicationsWriter.Counts counts = written.counts();
        out("Comunicazioni generate: %,d in %.1f s: %,d assunzioni (%,d di persone inviate a una vacancy, presso"
                + " l'impresa dell'invio), %,d proroghe, %,d trasformazioni, %,d cessazioni, %,d rettifiche, %,d"
                + " annullamenti; lavoratori: %,d della regione, %,d non registrati", counts.documents(),
                (System.nanoTime() - start) / 1e9, counts.hires(), counts.referralHires(), counts.extensions(),
                counts.transformations(), counts.cessations(), counts.rectifications(), counts.cancellations(),
                counts.workers(), counts.unregisteredWorkers());
        start = System.nanoTime();
        List<Zip> zips = zips(communications, perZip);
        out("Archivi zip: %,d di %,d documenti al più, %,d MB in tutto, preparati in %.1f s", zips.size(), perZip,
                zips.stream().mapToLong(zip -> zip.body().length).sum() >> 20, (System.nanoTime() - start) / 1e9);
        List<CompletableFuture<Void>> done = zips.stream().map(zip -> new CompletableFuture<Void>()).toList();
        int warmupZips = warmup / perZip;

        String base = "http://localhost:" + context.getEnvironment().getRequiredProperty("local.server.port");
        JsonMapper json = context.getBean(JsonMapper.class);
        Node node = new Node(base, json, clients);
        String token = node.issueToken(flowsUser(context));

        if (warmupZips > 0) {
            out("Riscaldamento: %,d documenti (i primi, non misurati)", warmup);
            Sent warm = send(node, token, zips, done, 0, warmupZips, clients);
            out("Riscaldamento: %,d documenti in %.1f s", warm.received(),
                    (System.nanoTime() - warm.startNanos()) / 1e9);
        }
        Optional<Path> postgres = Optional.ofNullable(context.getEnvironment()
                .getProperty("retelavoro.embedded-database.data-directory")).map(Path::of);
        long jvmCpuBefore = ApiWriteBenchmark.jvmCpuNanos();
        long postgresCpuBefore = postgres.map(ApiWriteBenchmark::postgresCpuNanos).orElse(-1L);
        out("Invio: %d client, zip in ordine di invio, token bearer del sistema dei flussi '%s'", clients, FLOWS_USER);
        boolean statements = StatementStatistics.reset(jdbc);
        Sent sent = send(node, token, zips, done, warmupZips, zips.size(), clients);
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
        verify(jdbc, counts, sent, warmup);
        outcomeReport(context, today);
    }

    /** A zip of documents to send, and the zips it must wait for (each holds a communication it corrects). */
    private record Zip(byte[] body, int documents, int[] after) {
    }

    /**
     * The documents in zips of {@code perZip}, in their order; each zip waits for every earlier zip that holds a
     * communication one of its own corrects.
     */
    private static List<Zip> zips(List<GeneratedCommunication> communications, int perZip) {
        Map<String, Integer> zipOf = new HashMap<>();
        int count = (communications.size() + perZip - 1) / perZip;
        List<SortedSet<Integer>> after = IntStream.range(0, count)
                .mapToObj(zip -> (SortedSet<Integer>) new TreeSet<Integer>()).toList();
        for (int i = 0; i < communications.size(); i++) {
            GeneratedCommunication communication = communications.get(i);
            int zip = i / perZip;
            zipOf.put(communication.code(), zip);
            Integer named = communication.previousCode() == null ? null : zipOf.get(communication.previousCode());
            if (named != null && named < zip) {
                after.get(zip).add(named);
            }
        }
        UniLavWriter writer = new UniLavWriter();
        return IntStream.range(0, count).parallel().mapToObj(zip -> {
            List<GeneratedCommunication> part = communications.subList(zip * perZip,
                    Math.min(communications.size(), (zip + 1) * perZip));
            return new Zip(writer.zip(part), part.size(),
                    after.get(zip).stream().mapToInt(Integer::intValue).toArray());
        }).toList();
    }

    /** What the clients sent and were answered. */
    private record Sent(long startNanos, long[] latencies, long received, long applied, long alreadyReceived,
            long refused, long errors) {
    }

    /** Sends the zips {@code [from, to)}, {@code clients} at a time, each after the zip it waits for. */
    private static Sent send(Node node, String token, List<Zip> zips, List<CompletableFuture<Void>> done, int from,
            int to, int clients) {
        AtomicInteger next = new AtomicInteger(from);
        long[] latencies = new long[to - from];
        AtomicLong received = new AtomicLong();
        AtomicLong applied = new AtomicLong();
        AtomicLong alreadyReceived = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicLong progress = new AtomicLong();
        ExecutorService executor = Executors.newFixedThreadPool(clients);
        long step = Math.max(1, zips.subList(from, to).stream().mapToLong(Zip::documents).sum() / 10);
        long start = System.nanoTime();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                futures.add(executor.submit(() -> {
                    for (int i = next.getAndIncrement(); i < to; i = next.getAndIncrement()) {
                        Zip zip = zips.get(i);
                        for (int earlier : zip.after()) {
                            done.get(earlier).join();
                        }
                        long sentAt = System.nanoTime();
                        try {
                            JsonNode answer = node.send(zip.body(), token);
                            received.addAndGet(answer.get("received").asLong());
                            applied.addAndGet(answer.get("applied").asLong());
                            alreadyReceived.addAndGet(answer.get("alreadyReceived").asLong());
                            refused.addAndGet(answer.get("refused").asLong());
                        } catch (RuntimeException e) {
                            errors.incrementAndGet();
                            out("Errore sull'archivio %d: %s", i, e.getMessage());
                        } finally {
                            latencies[i - from] = System.nanoTime() - sentAt;
                            done.get(i).complete(null);
                        }
                        long total = progress.addAndGet(zip.documents());
                        if (total / step != (total - zip.documents()) / step) {
                            double elapsed = (System.nanoTime() - start) / 1e9;
                            out("  %,d documenti in %.1f s (%,.0f/s)", total, elapsed, total / elapsed);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            executor.shutdownNow();
        }
        return new Sent(start, latencies, received.get(), applied.get(), alreadyReceived.get(), refused.get(),
                errors.get());
    }

    /**
     * Every document applied: the answers' counts, then the tables (the communications stored, those a
     * rectification replaced or a cancellation cancelled, no document refused), and the employments they made.
     */
    private static void verify(JdbcClient jdbc, CommunicationsWriter.Counts counts, Sent sent, int warmup) {
        Map<String, Long> states = new HashMap<>();
        jdbc.sql("select state, count(*) from interop_co_communication group by state")
                .query((rs, row) -> states.put(rs.getString(1), rs.getLong(2))).list();
        long stored = states.values().stream().mapToLong(Long::longValue).sum();
        long rejected = jdbc.sql("select count(*) from interop_co_rejected").query(Long.class).single();
        long employments = jdbc.sql("select count(*) from interop_co_employment").query(Long.class).single();
        long attached = jdbc.sql("select count(*) from interop_co_employment where person_id is not null")
                .query(Long.class).single();
        out("Nel database: %,d comunicazioni (%,d in vigore, %,d sostituite da una rettifica, %,d annullate),"
                + " %,d documenti rifiutati; %,d rapporti di lavoro, %,d di persone del registro", stored,
                states.getOrDefault("APPLIED", 0L), states.getOrDefault("REPLACED", 0L),
                states.getOrDefault("CANCELLED", 0L), rejected, employments, attached);
        boolean complete = sent.errors() == 0 && sent.received() == counts.documents() - warmup
                && sent.applied() == sent.received() && sent.refused() == 0 && stored == counts.documents()
                && rejected == 0 && states.getOrDefault("REPLACED", 0L) == counts.rectifications()
                && states.getOrDefault("CANCELLED", 0L) == counts.cancellations();
        out(complete ? "Verifica: tutti i %,d documenti applicati%s, nessuno rifiutato"
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
     * Removes the communications of an earlier run: the interop module's rows and the publications of its CO
     * events, so that the documents of this run are new to the intake.
     */
    private static void removeEarlierRuns(JdbcClient jdbc) {
        long earlier = jdbc.sql("select count(*) from interop_co_communication").query(Long.class).single()
                + jdbc.sql("select count(*) from interop_co_rejected").query(Long.class).single();
        if (earlier > 0) {
            jdbc.sql("truncate interop_co_communication, interop_co_employment, interop_co_rejected").update();
            jdbc.sql("delete from event_publication where event_type like 'it.retelavoro.interop.CoEvents%'")
                    .update();
            out("Comunicazioni di un'esecuzione precedente rimosse: %,d", earlier);
        }
    }

    /** The system of the flows the benchmark sends as: created on the first run, as an administrator would. */
    private static String flowsUser(ConfigurableApplicationContext context) {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        boolean exists = jdbc.sql("select count(*) from user_account where username = :name")
                .param("name", FLOWS_USER).query(Long.class).single() > 0;
        if (!exists) {
            CurrentUser admin = context.getBean(SyntheticRegion.class).administrator()
                    .orElseThrow(() -> new IllegalStateException("no administrator"));
            context.getBean(NetworkManagement.class).createUser(new NewUser(FLOWS_USER, FLOWS_PASSWORD,
                    "Nodo CO del benchmark", null, Role.INTEGRATION, admin.organisationId(), Set.of(), Set.of()),
                    admin);
        }
        return FLOWS_USER;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "non disponibile";
        }
    }

    /** The regional CO node, as the API sees it. */
    private static final class Node {
        private final String base;
        private final JsonMapper json;
        private final HttpClient http;

        Node(String base, JsonMapper json, int clients) {
            this.base = base;
            this.json = json;
            this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .executor(Executors.newFixedThreadPool(Math.max(2, clients))).build();
        }

        JsonNode send(byte[] zip, String token) {
            HttpResponse<String> response = call(HttpRequest.newBuilder(URI.create(base
                    + "/api/v1/co/communications")).header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/zip").header("Accept", "application/json")
                    .timeout(Duration.ofMinutes(5)).POST(HttpRequest.BodyPublishers.ofByteArray(zip)).build());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("answered " + response.statusCode() + ": " + response.body());
            }
            return json.readTree(response.body());
        }

        /** A token of the system of the flows, issued with its password (the only bcrypt of the run). */
        String issueToken(String user) {
            String basic = "Basic " + Base64.getEncoder().encodeToString((user + ":" + FLOWS_PASSWORD)
                    .getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> response = call(HttpRequest.newBuilder(URI.create(base + "/api/v1/tokens"))
                    .header("Authorization", basic).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"benchmark-co\", \"expiresInDays\": 1}"))
                    .build());
            if (response.statusCode() != 201) {
                throw new IllegalStateException("/api/v1/tokens answered " + response.statusCode());
            }
            return json.readTree(response.body()).get("token").asString();
        }

        private HttpResponse<String> call(HttpRequest request) {
            try {
                return http.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
