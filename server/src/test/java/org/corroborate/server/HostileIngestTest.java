package org.corroborate.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Requests IngestFuzzTest found answered with a 5xx, each now a 4xx naming the input and the reason. */
class HostileIngestTest {
    @TempDir
    static Path data;
    static StoryServer server;
    static Http http;

    @BeforeAll
    static void start() {
        server = StoryServer.start(ServerConfig.builder().dataDir(data).port(0).maxRequestBytes(16 * 1024)
                .analyzer(new SimpleAnalyzer()).build(), System.out);
        http = new Http(server.port(), server.token().value());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aCharsetParameterWithoutAValueIsABadRequestNamingTheHeader() {
        // IngestFuzzTest crash-6b8691ca…: Javalin failed with an internal error reading the query parameters
        String contentType = "application/json; charsethdown+Gazette; charset=utf-8";
        HttpResponse<String> r = http.post("/api/articles?outlet=Gazette", contentType, ARTICLE);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("Content-Type " + contentType + ": the charset parameter has no value");
        assertThat(http.get("/api/stories?limit=5").statusCode()).isEqualTo(200);
    }

    @Test
    void anUnknownOrEmptyCharsetIsABadRequestNamingIt() {
        HttpResponse<String> unknown = http.post("/api/articles", "application/json; charset=x-fictional-7", ARTICLE);
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("charset \"x-fictional-7\" is not supported");
        HttpResponse<String> empty = http.post("/api/articles", "text/plain;charset=", "The pier reopens.");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("charset \"\" is not supported");
    }

    @Test
    void aDeclaredCharsetIsHonoured() {
        HttpResponse<String> r = http.post("/api/articles?wait=true", "application/json; CHARSET=UTF-8", ARTICLE);
        assertThat(r.statusCode()).isEqualTo(201);
    }

    @Test
    void aSecondJsonValueAfterTheFirstIsRefusedNotDropped() {
        // found by reading the decoder while fuzzing: Jackson stops after the first value and ignored the rest
        String two = "{\"id\":\"lock-1\",\"text\":\"The canal lock reopens in June.\"}"
                + "{\"id\":\"lock-2\",\"text\":\"Barges wait at the lower basin.\"}";
        HttpResponse<String> r = http.post("/api/articles", "application/json", two);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("POST /api/articles").contains("after the first JSON value");
        assertThat(server.store().article("lock-1")).isEmpty();

        HttpResponse<String> lines = http.post("/api/articles?wait=true", "application/x-ndjson",
                "{\"id\":\"lock-3\",\"text\":\"The lock keeper retires.\"} {\"id\":\"lock-5\",\"text\":\"Same line.\"}\n"
                        + "{\"id\":\"lock-4\",\"text\":\"A new gate is fitted.\"}\n");
        assertThat(lines.statusCode()).isEqualTo(201);
        JsonNode body = Http.parse(lines.body());
        assertThat(body.get("accepted")).extracting(JsonNode::asText).containsExactly("lock-4");
        assertThat(body.get("errors")).singleElement().satisfies(e -> {
            assertThat(e.get("source").asText()).isEqualTo("POST /api/articles#line1");
            assertThat(e.get("reason").asText()).contains("after the first JSON value at line 1, column");
        });
    }

    @Test
    void aBodyOverTheRequestLimitIsRefusedWithTheLimit() {
        HttpResponse<String> r = http.post("/api/articles", "text/plain", "The pier reopens. ".repeat(1000));
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body()).isEqualTo(
                "request body of 18000 bytes is over the limit of 16384 bytes (serve --max-request-bytes)");
    }

    private static final String ARTICLE = "{\"id\":\"pier\",\"text\":\"The ferry timetable changes on Monday.\"}";
}
