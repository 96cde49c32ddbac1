package org.corroborate.server;

import static org.assertj.core.api.Assertions.assertThat;

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

    private static final String ARTICLE = "{\"id\":\"pier\",\"text\":\"The ferry timetable changes on Monday.\"}";
}
