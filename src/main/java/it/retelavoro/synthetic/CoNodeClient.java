package it.retelavoro.synthetic;

import static it.retelavoro.synthetic.BenchmarkLauncher.out;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The regional CO node as {@link CoIntakeBenchmark} plays it: the communications in zips in the order they were
 * sent, pushed to {@code POST /api/v1/co/communications} by several clients at once with the bearer token of a system
 * of the flows, a zip holding a rectification or cancellation only after the zip with what it names was answered.
 */
final class CoNodeClient {

    private final String base;
    private final JsonMapper json;
    private final HttpClient http;

    /**
     * @param base    the application's address
     * @param clients how many zips are sent at once
     */
    CoNodeClient(String base, JsonMapper json, int clients) {
        this.base = base;
        this.json = json;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(Math.max(2, clients))).build();
    }

    /** Posts one zip of documents to the intake, as the node pushes them. */
    JsonNode post(byte[] zip, String token) {
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
    String issueToken(String user, String password) {
        String basic = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
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

    /** A zip of documents to send, and the zips it must wait for (each holds a communication it corrects). */
    record Zip(byte[] body, int documents, int[] after) {
    }

    /**
     * The documents in zips of {@code perZip}, in their order; each zip waits for every earlier zip that holds a
     * communication one of its own corrects.
     */
    static List<Zip> zips(List<GeneratedCommunication> communications, int perZip) {
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
    record Sent(long startNanos, long[] latencies, long received, long applied, long alreadyReceived,
            long refused, long errors) {
    }

    /** Sends the zips {@code [from, to)}, {@code clients} at a time, each after the zip it waits for. */
    Sent send(String token, List<Zip> zips, List<CompletableFuture<Void>> done, int from,
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
                            JsonNode answer = post(zip.body(), token);
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
}
