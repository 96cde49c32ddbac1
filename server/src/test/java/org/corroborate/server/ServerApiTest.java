package org.corroborate.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServerApiTest {
    @TempDir
    static Path data;
    static StoryServer server;
    static Http http;
    static final List<String> events = new CopyOnWriteArrayList<>();
    static Thread listener;

    @BeforeAll
    static void start() throws Exception {
        server = StoryServer.start(ServerConfig.builder().dataDir(data).port(0).maxRequestBytes(64 * 1024)
                .analyzer(new SimpleAnalyzer()).build(), System.out);
        http = new Http(server.port(), server.token().value());
        listener = new Thread(() -> {
            try {
                HttpResponse<java.io.InputStream> r = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(
                        URI.create(http.base + "/api/events")).header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofInputStream());
                try (BufferedReader in = new BufferedReader(new InputStreamReader(r.body(), StandardCharsets.UTF_8))) {
                    String line;
                    String event = null;
                    while ((line = in.readLine()) != null) {
                        if (line.startsWith("event:")) {
                            event = line.substring(6).strip();
                        } else if (line.startsWith("data:") && event != null) {
                            events.add(event + " " + line.substring(5).strip());
                        }
                    }
                }
            } catch (Exception stopped) {
                // the server closed the stream at the end of the test
            }
        });
        listener.setDaemon(true);
        listener.start();
        for (int i = 0; i < 50 && server.desk() != null && eventClients() == 0; i++) {
            Thread.sleep(50);
        }
    }

    static int eventClients() throws Exception {
        var f = StoryServer.class.getDeclaredField("events");
        f.setAccessible(true);
        return ((org.corroborate.server.api.EventHub) f.get(server)).size();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    @Order(1)
    void tokenFileIsOwnerOnlyAndWritesNeedIt() throws Exception {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("token"))))
                .isEqualTo("rw-------");
        assertThat(http.post("/api/articles", "application/json", Fixtures.ORIGINAL, null).statusCode())
                .isEqualTo(401);
        assertThat(http.post("/api/articles", "application/json", Fixtures.ORIGINAL, "wrong-token").statusCode())
                .isEqualTo(401);
        assertThat(http.json("/api/stories")).isEmpty();
    }

    @Test
    @Order(2)
    void ingestIsIdempotentByIdAndContent() {
        HttpResponse<String> first = http.post("/api/articles?wait=true", "application/json", Fixtures.ORIGINAL);
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(Http.parse(first.body()).get("accepted").get(0).asText()).isEqualTo("harbour-original");

        HttpResponse<String> again = http.post("/api/articles?wait=true", "application/json", Fixtures.ORIGINAL);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(Http.parse(again.body()).get("duplicates").get(0).get("reason").asText()).isEqualTo("same id");

        String renamed = Fixtures.ORIGINAL.replace("harbour-original", "harbour-renamed");
        JsonNode sameContent = Http.parse(http.post("/api/articles", "application/json", renamed).body());
        assertThat(sameContent.get("duplicates").get(0).get("existing").asText()).isEqualTo("harbour-original");
        assertThat(http.json("/api/stories")).hasSize(1);
    }

    @Test
    @Order(3)
    void jsonLinesBatchReportsBadLinesAndKeepsTheRest() {
        String batch = Fixtures.COPY + "\n{\"id\":\"broken\"\n" + Fixtures.UNRELATED + "\n{\"id\":\"x\",\"text\":\" \"}\n";
        HttpResponse<String> r = http.post("/api/articles?wait=true", "application/x-ndjson", batch);
        assertThat(r.statusCode()).isEqualTo(201);
        JsonNode body = Http.parse(r.body());
        assertThat(body.get("accepted")).extracting(JsonNode::asText).containsExactly("harbour-copy", "orchard-fair");
        assertThat(body.get("errors")).extracting(e -> e.get("source").asText())
                .containsExactly("POST /api/articles#line2", "POST /api/articles#line4");

        JsonNode stories = http.json("/api/stories");
        assertThat(stories).hasSize(2);
        JsonNode harbour = http.json("/api/stories/story-harbour-original");
        assertThat(harbour.get("articles")).hasSize(2);
        assertThat(harbour.get("version").asLong()).isEqualTo(2);
        JsonNode lineage = http.json("/api/stories/story-harbour-original/lineage");
        assertThat(lineage.get("reuse").get(0).get("copy").asText()).isEqualTo("harbour-copy");
        assertThat(lineage.get("reuse").get(0).get("shared")).hasSize(2);
    }

    @Test
    @Order(4)
    void revisedFigureAndDroppedAttributionRaiseAlerts() throws Exception {
        assertThat(http.post("/api/articles?wait=true", "application/json", Fixtures.REVISION).statusCode())
                .isEqualTo(201);
        for (int i = 0; i < 100 && events.stream().noneMatch(e -> e.contains("figure-revised")); i++) {
            Thread.sleep(50);
        }
        assertThat(events).anyMatch(e -> e.startsWith("story ") && e.contains("\"version\":3")
                && e.contains("story-harbour-original"));
        assertThat(events).anyMatch(e -> e.startsWith("alert ") && e.contains("attribution-dropped")
                && e.contains("harbour-copy"));
        assertThat(events).anyMatch(e -> e.startsWith("alert ") && e.contains("figure-revised")
                && e.contains("\"before\":\"Okafor: 40 (exact)\"") && e.contains("46 (exact)"));
        JsonNode claims = http.json("/api/stories/story-harbour-original/claims");
        assertThat(claims).anyMatch(c -> c.get("summary").asText().equals("number of passengers"));
        assertThat(http.json("/api/stories/story-harbour-original/brief").get("lead")).hasSize(1);
    }

    @Test
    @Order(5)
    void searchAndFilters() {
        assertThat(http.json("/api/stories?q=tugs")).extracting(s -> s.get("id").asText())
                .containsExactly("story-harbour-original");
        assertThat(http.json("/api/stories?q=russet")).extracting(s -> s.get("id").asText())
                .containsExactly("story-orchard-fair");
        assertThat(http.json("/api/stories?q=%22unbalanced")).isNotNull();
        assertThat(http.json("/api/stories?outlet=northgate%20daily")).extracting(s -> s.get("id").asText())
                .containsExactly("story-harbour-original");
        assertThat(http.json("/api/stories?from=2031-05-01")).extracting(s -> s.get("id").asText())
                .containsExactly("story-orchard-fair");
        assertThat(http.json("/api/stories?to=2031-04-30")).extracting(s -> s.get("id").asText())
                .containsExactly("story-harbour-original");
        assertThat(http.get("/api/stories?limit=zero").statusCode()).isEqualTo(400);
        assertThat(http.get("/api/stories/nope").statusCode()).isEqualTo(404);
        JsonNode article = http.json("/api/articles/harbour-copy");
        assertThat(article.get("story").asText()).isEqualTo("story-harbour-original");
        assertThat(article.get("article").get("outlet").asText()).isEqualTo("Northgate Daily");
    }

    @Test
    @Order(6)
    void htmlAndTextBodiesWithMetadataInTheQuery() {
        HttpResponse<String> r = http.post("/api/articles?wait=true&id=kiln-page&outlet=Ashby%20Post&title=Kiln",
                "text/html", "<html><body><p>The Ashby kiln reopened after a winter of repairs.</p></body></html>");
        assertThat(r.statusCode()).isEqualTo(201);
        assertThat(http.json("/api/articles/kiln-page").get("document").get("given").get("outlet").asText())
                .isEqualTo("Ashby Post");
        HttpResponse<String> text = http.post("/api/articles", "text/plain", "Plain words about a mill.");
        assertThat(Http.parse(text.body()).get("accepted").get(0).asText()).startsWith("sha-");
        assertThat(http.post("/api/articles", "application/xml", "<a/>").statusCode()).isEqualTo(400);
    }

    @Test
    @Order(7)
    void oversizedBodiesAreRefused() {
        String big = "{\"id\":\"big\",\"text\":\"" + "word ".repeat(20_000) + "\"}";
        assertThat(http.post("/api/articles", "application/json", big).statusCode()).isEqualTo(413);
        assertThat(http.get("/api/articles/big").statusCode()).isEqualTo(404);
    }

    @Test
    @Order(8)
    void securityHeadersAndOpenApi() {
        for (String path : List.of("/", "/app.js", "/api/stories", "/api/openapi.json")) {
            HttpResponse<String> r = http.get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertThat(csp).as(path).contains("script-src 'self'").doesNotContain("unsafe-inline");
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
        }
        JsonNode api = http.json("/api/openapi.json");
        assertThat(api.get("paths").has("/api/stories/{id}/lineage")).isTrue();
        assertThat(http.get("/").body()).doesNotContain("<script>").doesNotContain("onload=");
    }

    @Test
    @Order(9)
    void injectedMarkupIsStoredAndServedAsDataOnly() {
        List<String> lines = new ArrayList<>();
        int i = 0;
        for (String p : Fixtures.PAYLOADS) {
            i++;
            lines.add("{\"id\":\"xss-" + i + "\",\"outlet\":" + quote(p) + ",\"title\":" + quote(p)
                    + ",\"text\":" + quote("Quarry council met in Dunmere today. " + p + " The vote was close.") + "}");
        }
        assertThat(http.post("/api/articles?wait=true", "application/x-ndjson", String.join("\n", lines))
                .statusCode()).isEqualTo(201);
        HttpResponse<String> r = http.get("/api/articles/xss-1");
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(Http.parse(r.body()).get("document").get("given").get("title").asText())
                .isEqualTo(Fixtures.PAYLOADS.get(0));
    }

    static String quote(String s) {
        try {
            return org.corroborate.output.Json.mapper().writeValueAsString(s);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    @Order(10)
    void eventsStreamIsOpen() throws Exception {
        assertThat(eventClients()).isGreaterThanOrEqualTo(1);
        TimeUnit.MILLISECONDS.sleep(10);
    }
}
