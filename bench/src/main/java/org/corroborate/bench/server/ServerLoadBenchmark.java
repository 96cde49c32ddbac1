package org.corroborate.bench.server;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.corroborate.server.ServerConfig;
import org.corroborate.server.StoryServer;
import org.corroborate.server.store.Store;

/**
 * Concurrent clients posting one article per request over loopback for a fixed time: articles/s, p50/p99
 * latency of the acknowledgement (committed to the store), errors, and how many stored articles the desk had not yet
 * put in a story when the clients stopped (its backlog).
 *
 * <p>Usage: {@code ServerLoadBenchmark CLIENTS SECONDS [postgresql://...]} (SQLite in a temporary folder when no
 * URL is given). Articles are generated, distinct, and analyzed by the real engine in the background.
 */
public final class ServerLoadBenchmark {
    private ServerLoadBenchmark() {}

    public static void main(String[] args) throws Exception {
        int clients = Integer.parseInt(args[0]);
        int seconds = Integer.parseInt(args[1]);
        String db = args.length > 2 ? args[2] : null;
        if (db != null) {
            try (Store s = Store.postgresql(db)) {
                s.clear();
            }
        }
        Path data = Files.createTempDirectory("corroborate-bench");
        ServerConfig.Builder config = ServerConfig.builder().dataDir(data).port(0);
        if (db != null) {
            config.database(db);
        }
        try (StoryServer server = StoryServer.start(config.build(), System.err)) {
            String url = "http://127.0.0.1:" + server.port() + "/api/articles";
            String token = server.token().value();
            long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
            AtomicLong errors = new AtomicLong();
            List<long[]> latencies = new ArrayList<>();
            List<Thread> threads = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                long[] mine = new long[4_000_000];
                latencies.add(mine);
                Thread t = new Thread(() -> {
                    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                    int n = 0;
                    while (System.nanoTime() < end) {
                        String body = "{\"id\":\"bench-" + client + "-" + n + "\",\"outlet\":\"Bench Gazette\","
                                + "\"title\":\"Load report " + n + "\",\"text\":\"Client " + client + " reports item " + n
                                + ". The river at Corby rose by " + (n % 97) + " centimetres, officials said.\"}";
                        long t0 = System.nanoTime();
                        try {
                            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url))
                                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                                    HttpResponse.BodyHandlers.ofString());
                            if (r.statusCode() != 201) {
                                errors.incrementAndGet();
                            }
                        } catch (Exception e) {
                            errors.incrementAndGet();
                        }
                        mine[n + 1] = System.nanoTime() - t0;
                        n++;
                        mine[0] = n;
                    }
                });
                threads.add(t);
                t.start();
            }
            for (Thread t : threads) {
                t.join();
            }
            long total = latencies.stream().mapToLong(l -> l[0]).sum();
            long[] all = new long[(int) total];
            int k = 0;
            for (long[] l : latencies) {
                System.arraycopy(l, 1, all, k, (int) l[0]);
                k += (int) l[0];
            }
            Arrays.sort(all);
            System.out.printf("store=%s clients=%d seconds=%d articles=%d articles_per_s=%.1f p50_ms=%.2f p99_ms=%.2f"
                    + " errors=%d stored=%d not_yet_analyzed=%d%n", db == null ? "sqlite" : "postgresql", clients, seconds, total,
                    total / (double) seconds, all[all.length / 2] / 1e6, all[(int) (all.length * 0.99)] / 1e6,
                    errors.get(), server.store().articleCount(), server.store().pending().size());
        }
    }
}
