package org.corroborate.server;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.corroborate.ingest.IngestLimits;
import org.corroborate.ingest.Ingestor;
import org.corroborate.model.Document;
import org.corroborate.model.InputError;

/**
 * Fetches an RSS or Atom feed and turns its items into documents (the item's content, else its description,
 * as HTML). Items keep their GUID or link as id, so polling again only adds what is new.
 */
public final class FeedPoller {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    private final long maxBytes;

    public FeedPoller(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public List<Document> poll(String url, Consumer<InputError> errors) {
        try {
            HttpResponse<InputStream> r = http.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
            byte[] body;
            try (InputStream in = r.body()) {
                body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            }
            if (r.statusCode() != 200) {
                errors.accept(new InputError(url, "feed answered HTTP " + r.statusCode()));
                return List.of();
            }
            if (body.length > maxBytes) {
                errors.accept(new InputError(url, "feed larger than the limit of " + maxBytes + " bytes"));
                return List.of();
            }
            return documents(url, body, errors);
        } catch (IOException | IllegalArgumentException e) {
            errors.accept(new InputError(url, "cannot fetch feed: " + e.getMessage()));
            return List.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }

    /**
     * The items of a feed document, read by the engine's own feed reader (DTDs and external entities off).
     * Each item is identified by its link where it has one, so polling again only adds what is new.
     */
    public static List<Document> documents(String url, byte[] feedXml, Consumer<InputError> errors) {
        List<Document> out = new ArrayList<>();
        new Ingestor(IngestLimits.DEFAULT).readFeed(new ByteArrayInputStream(feedXml), url, url,
                d -> out.add(d.given().url() == null || d.given().url().isBlank() ? d
                        : new Document(d.given().url(), d.source(), d.format(), d.content(), d.given())),
                errors);
        return out;
    }
}
