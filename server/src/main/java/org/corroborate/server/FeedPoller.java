package org.corroborate.server;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
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
import org.corroborate.model.Document;
import org.corroborate.model.DocumentFormat;
import org.corroborate.model.InputError;
import org.corroborate.model.Metadata;
import org.xml.sax.InputSource;

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

    /** The items of a feed document. */
    public static List<Document> documents(String url, byte[] feedXml, Consumer<InputError> errors) {
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false); // no external entities from a remote document
            feed = input.build(new InputSource(new ByteArrayInputStream(feedXml)));
        } catch (FeedException | IllegalArgumentException e) {
            errors.accept(new InputError(url, "not an RSS or Atom feed: " + e.getMessage()));
            return List.of();
        }
        List<Document> out = new ArrayList<>();
        int n = 0;
        for (SyndEntry e : feed.getEntries()) {
            n++;
            String content = e.getContents().stream().map(SyndContent::getValue).filter(v -> v != null && !v.isBlank())
                    .findFirst().orElse(e.getDescription() == null ? null : e.getDescription().getValue());
            String where = url + "#item" + n;
            if (content == null || content.isBlank()) {
                errors.accept(new InputError(where, "item has no content or description"));
                continue;
            }
            String id = e.getUri() != null && !e.getUri().isBlank() ? e.getUri() : e.getLink();
            if (id == null || id.isBlank()) {
                errors.accept(new InputError(where, "item has neither a GUID nor a link"));
                continue;
            }
            String published = e.getPublishedDate() == null ? null : e.getPublishedDate().toInstant().toString();
            out.add(new Document(id, where, DocumentFormat.HTML, content,
                    new Metadata(e.getLink(), feed.getTitle(), e.getTitle(), published, List.of())));
        }
        return out;
    }
}
