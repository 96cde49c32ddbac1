package org.corroborate.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.corroborate.server.store.Store;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same desk on PostgreSQL (the database server/ci-setup.sh creates, or CORROBORATE_TEST_PG). */
class PostgresTest {
    static final String URL = System.getenv().getOrDefault("CORROBORATE_TEST_PG",
            "postgresql://corroborate:corroborate@127.0.0.1:5432/corroborate_test");

    @TempDir
    Path data;

    static boolean available() {
        try (Store s = Store.postgresql(URL)) {
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Test
    void storesStoriesAndRefusesDuplicatesAcrossRestarts() {
        Assumptions.assumeTrue(available(), "no PostgreSQL at " + URL + " (server/ci-setup.sh creates it): skipped");
        try (Store s = Store.postgresql(URL)) {
            s.clear();
        }
        ServerConfig config = ServerConfig.builder().dataDir(data).port(0).database(URL)
                .analyzer(new SimpleAnalyzer()).build();
        try (StoryServer server = StoryServer.start(config, System.out)) {
            Http http = new Http(server.port(), server.token().value());
            assertThat(http.post("/api/articles?wait=true", "application/x-ndjson",
                    Fixtures.ORIGINAL + "\n" + Fixtures.COPY + "\n" + Fixtures.UNRELATED).statusCode()).isEqualTo(201);
            assertThat(http.json("/api/stories")).hasSize(2);
        }
        try (StoryServer server = StoryServer.start(config, System.out)) {
            Http http = new Http(server.port(), server.token().value());
            JsonNode again = Http.parse(http.post("/api/articles", "application/json", Fixtures.COPY).body());
            assertThat(again.get("duplicates").get(0).get("reason").asText()).isEqualTo("same id");
            assertThat(http.json("/api/stories/story-harbour-original").get("articles")).hasSize(2);
            assertThat(http.json("/api/stories?q=russet")).hasSize(1);
            assertThat(server.store().articleCount()).isEqualTo(3);
        }
    }
}
