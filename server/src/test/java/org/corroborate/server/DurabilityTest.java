package org.corroborate.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.corroborate.server.store.Store;
import org.corroborate.server.store.StoredArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SIGKILL in the middle of concurrent batch ingests: every acknowledged article survives, exactly once. */
class DurabilityTest {
    @TempDir
    Path data;

    private record Running(Process process, int port) {}

    private Running launch() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                DurabilityMain.class.getName(), data.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        assertThat(line).as("server process did not start").isNotNull().startsWith("PORT ");
        return new Running(p, Integer.parseInt(line.substring(5).strip()));
    }

    @Test
    void killedMidBatchKeepsEveryAcknowledgedArticleOnce() throws Exception {
        Running first = launch();
        String token = Files.readString(data.resolve("token")).strip();
        Http http = new Http(first.port(), token);
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        List<Thread> clients = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int client = t;
            Thread th = new Thread(() -> {
                for (int batch = 0; ; batch++) {
                    StringBuilder body = new StringBuilder();
                    for (int i = 0; i < 10; i++) {
                        String id = "c" + client + "-b" + batch + "-" + i;
                        body.append("{\"id\":\"").append(id).append("\",\"outlet\":\"Durable Times\",\"text\":\"")
                                .append("Report ").append(id).append(" from the weir at Lowick. Water levels rose by ")
                                .append(batch * 10 + i).append(" centimetres overnight.\"}\n");
                    }
                    HttpResponse<String> r;
                    try {
                        r = http.post("/api/articles", "application/x-ndjson", body.toString());
                    } catch (AssertionError connectionLost) {
                        return;
                    }
                    if (r.statusCode() == 201) {
                        Http.parse(r.body()).get("accepted").forEach(id -> acknowledged.add(id.asText()));
                    }
                }
            });
            th.setDaemon(true);
            clients.add(th);
            th.start();
        }
        TimeUnit.MILLISECONDS.sleep(2500);
        first.process().destroyForcibly(); // SIGKILL: no shutdown hooks, no flushing
        first.process().waitFor(30, TimeUnit.SECONDS);
        for (Thread th : clients) {
            th.join(30_000);
        }
        assertThat(acknowledged).as("some batches were acknowledged before the kill").isNotEmpty();

        Running second = launch();
        try {
            Http again = new Http(second.port(), token);
            for (String id : acknowledged) {
                assertThat(again.get("/api/articles/" + id).statusCode()).as(id).isEqualTo(200);
            }
            // everything committed is analyzed after the restart, including what the kill left pending
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            String unanalyzed = acknowledged.iterator().next();
            while (System.nanoTime() < deadline && unanalyzed != null) {
                unanalyzed = null;
                for (String id : acknowledged) {
                    if (again.json("/api/articles/" + id).get("story").isNull()) {
                        unanalyzed = id;
                        break;
                    }
                }
                TimeUnit.MILLISECONDS.sleep(200);
            }
            assertThat(unanalyzed).as("article never analyzed after restart").isNull();
        } finally {
            second.process().destroyForcibly();
            second.process().waitFor(30, TimeUnit.SECONDS);
        }
        try (Store store = Store.sqlite(data)) {
            List<String> ids = store.allArticles().stream().map(StoredArticle::document).map(d -> d.id()).toList();
            assertThat(new HashSet<>(ids)).hasSameSizeAs(ids).containsAll(acknowledged);
        }
    }
}
