package org.corroborate.server.api;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.UnauthorizedResponse;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.corroborate.output.Json;
import org.corroborate.server.AccessToken;
import org.corroborate.server.DocumentDecoder;
import org.corroborate.server.StoryDesk;
import org.corroborate.server.StoryView;
import org.corroborate.server.search.SearchIndex;
import org.corroborate.server.store.Store;
import org.corroborate.server.store.StoredArticle;
import org.corroborate.server.store.StoryRecord;

/** The REST API: ingest (token required), stories, articles, the OpenAPI document and the event stream. */
public final class ApiRoutes {
    private static final ObjectMapper JSON = Json.mapper();
    private static final int DEFAULT_LIMIT = 100;
    private static final long WAIT_SECONDS = 120;

    private final Store store;
    private final SearchIndex index;
    private final StoryDesk desk;
    private final AccessToken token;
    private final EventHub events;
    private final long maxRequestBytes;

    public ApiRoutes(Store store, SearchIndex index, StoryDesk desk, AccessToken token, EventHub events,
            long maxRequestBytes) {
        this.store = store;
        this.index = index;
        this.desk = desk;
        this.token = token;
        this.events = events;
        this.maxRequestBytes = maxRequestBytes;
    }

    public void register(RoutesConfig routes) {
        routes.before("/api/*", ApiRoutes::requireReadableCharset);
        routes.before("/api/*", this::requireTokenForWrites);
        routes.post("/api/articles", this::postArticles);
        routes.get("/api/articles/{id}", this::article);
        routes.get("/api/stories", this::stories);
        routes.get("/api/stories/{id}", ctx -> ctx.json(storyDocument(record(ctx))));
        routes.get("/api/stories/{id}/brief", ctx -> ctx.json(nullToEmpty(view(ctx).brief())));
        routes.get("/api/stories/{id}/claims", ctx -> ctx.json(view(ctx).claims()));
        routes.get("/api/stories/{id}/articles", ctx -> ctx.json(view(ctx).articles()));
        routes.get("/api/stories/{id}/lineage", ctx -> {
            StoryView v = view(ctx);
            ctx.json(Map.of("story", v.story().id(), "independent_chains", v.story().independentChains(),
                    "reuse", v.reuse()));
        });
        routes.get("/api/openapi.json", ctx -> {
            try (InputStream in = ApiRoutes.class.getResourceAsStream("openapi.json")) {
                ctx.contentType("application/json").result(in.readAllBytes());
            }
        });
        routes.sse("/api/events", events::add);
    }

    /**
     * Javalin reads the {@code charset} parameter of {@code Content-Type} for the body and the query parameters,
     * and fails with an internal error on a parameter without a value; an unknown charset fails without saying
     * which header was wrong. Both are refused here, before any handler reads the request.
     */
    private static void requireReadableCharset(Context ctx) {
        String contentType = ctx.header("Content-Type");
        if (contentType == null) {
            return;
        }
        String[] parts = contentType.split(";");
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].strip();
            if (!p.regionMatches(true, 0, "charset", 0, "charset".length())) {
                continue;
            }
            // as Javalin reads it: the first parameter starting with "charset", its value after the first '='
            String[] nameValue = p.split("=", -1);
            String charset = nameValue.length < 2 ? null : nameValue[1].strip();
            if (charset == null || !supported(charset)) {
                throw new BadRequestResponse("Content-Type " + contentType + ": " + (charset == null
                        ? "the charset parameter has no value" : "charset \"" + charset + "\" is not supported")
                        + " (use charset=utf-8)");
            }
            return;
        }
    }

    private static boolean supported(String charset) {
        try {
            return Charset.isSupported(charset);
        } catch (IllegalCharsetNameException e) {
            return false;
        }
    }

    private void requireTokenForWrites(Context ctx) {
        HandlerType m = ctx.method();
        if (m == HandlerType.POST || m == HandlerType.PUT || m == HandlerType.DELETE || m == HandlerType.PATCH) {
            if (!token.accepts(ctx.header("Authorization"))) {
                ctx.header("WWW-Authenticate", "Bearer");
                throw new UnauthorizedResponse("write requests need the header Authorization: Bearer <token>"
                        + " (the token is in the data folder's token file)");
            }
        }
    }

    private void postArticles(Context ctx) throws InterruptedException {
        DocumentDecoder.Kind kind = DocumentDecoder.Kind.ofMediaType(ctx.contentType()).orElseThrow(() ->
                new BadRequestResponse("Content-Type " + ctx.contentType() + " is not accepted: use application/json,"
                        + " application/x-ndjson, text/html or text/plain"));
        Map<String, String> meta = new LinkedHashMap<>();
        for (String key : List.of("id", "url", "outlet", "title", "published")) {
            if (ctx.queryParam(key) != null) {
                meta.put(key, ctx.queryParam(key));
            }
        }
        DocumentDecoder.Decoded decoded = DocumentDecoder.decode(kind, body(ctx), "POST /api/articles", meta);
        if (decoded.documents().isEmpty()) {
            ctx.status(HttpStatus.BAD_REQUEST).json(Map.of("accepted", List.of(), "duplicates", List.of(),
                    "errors", decoded.errors()));
            return;
        }
        StoryDesk.Submission submission = desk.submit(decoded.documents());
        if ("true".equals(ctx.queryParam("wait"))) {
            try {
                submission.analyzed().get(WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException e) {
                // the articles are committed: analysis is retried at the next start, so the write still succeeded
                ctx.header("X-Analysis", "pending");
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("accepted", submission.result().accepted());
        out.put("duplicates", submission.result().duplicates());
        out.put("errors", decoded.errors());
        ctx.status(submission.result().accepted().isEmpty() ? HttpStatus.OK : HttpStatus.CREATED).json(out);
    }

    /** The request body; over the size limit, an answer naming the size, the limit and the option. */
    private String body(Context ctx) {
        try {
            return ctx.body();
        } catch (HttpResponseException e) {
            if (e.getStatus() != HttpStatus.CONTENT_TOO_LARGE.getCode()) {
                throw e;
            }
            // Javalin's own message is only "Content Too Large"
            throw new ContentTooLargeResponse("request body" + (ctx.contentLength() >= 0 ? " of "
                    + ctx.contentLength() + " bytes" : "") + " is over the limit of " + maxRequestBytes
                    + " bytes (serve --max-request-bytes)");
        }
    }

    private void article(Context ctx) {
        StoredArticle a = store.article(ctx.pathParam("id"))
                .orElseThrow(() -> new NotFoundResponse("no article " + ctx.pathParam("id")));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", a.document().id());
        out.put("seq", a.seq());
        out.put("received_at", a.receivedAt());
        out.put("story", a.storyId());
        out.put("error", store.error(a.document().id()).orElse(null));
        out.put("document", a.document());
        out.put("article", Optional.ofNullable(a.storyId()).flatMap(store::story).map(StoryDesk::view)
                .flatMap(v -> v.articles().stream().filter(x -> x.id().equals(a.document().id())).findFirst())
                .orElse(null));
        ctx.json(out);
    }

    private void stories(Context ctx) {
        int limit = intParam(ctx, "limit", DEFAULT_LIMIT);
        String q = ctx.queryParam("q");
        String entity = lower(ctx.queryParam("entity"));
        String outlet = lower(ctx.queryParam("outlet"));
        String from = ctx.queryParam("from");
        String to = ctx.queryParam("to");
        List<StoryRecord> candidates;
        if (q != null && !q.isBlank()) {
            Set<String> ranked = new LinkedHashSet<>();
            for (String id : index.search(q, 1000)) {
                store.article(id).map(StoredArticle::storyId).ifPresent(ranked::add);
            }
            candidates = new ArrayList<>();
            for (String id : ranked) {
                if (id != null) {
                    store.story(id).ifPresent(candidates::add);
                }
            }
        } else {
            candidates = store.stories();
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (StoryRecord r : candidates) {
            if (entity != null && r.entities().stream().noneMatch(e -> e.toLowerCase(Locale.ROOT).contains(entity))) {
                continue;
            }
            if (outlet != null && r.outlets().stream().noneMatch(o -> o.toLowerCase(Locale.ROOT).equals(outlet))) {
                continue;
            }
            // a story is in [from, to] when its reporting overlaps the range (dates compare as ISO strings)
            if (from != null && (r.lastPublished() == null || r.lastPublished().compareTo(from) < 0)) {
                continue;
            }
            if (to != null && (r.firstPublished() == null || r.firstPublished().substring(0, Math.min(
                    r.firstPublished().length(), to.length())).compareTo(to) > 0)) {
                continue;
            }
            out.add(StoryDesk.summary(r));
            if (out.size() == limit) {
                break;
            }
        }
        ctx.json(out);
    }

    private StoryRecord record(Context ctx) {
        return store.story(ctx.pathParam("id"))
                .orElseThrow(() -> new NotFoundResponse("no story " + ctx.pathParam("id")));
    }

    private StoryView view(Context ctx) {
        return StoryDesk.view(record(ctx));
    }

    private static Map<String, Object> storyDocument(StoryRecord r) {
        Map<String, Object> out = new LinkedHashMap<>(StoryDesk.summary(r));
        out.putAll(JSON.convertValue(StoryDesk.view(r), new TypeReference<Map<String, Object>>() {}));
        return out;
    }

    private static Object nullToEmpty(Object o) {
        return o == null ? Map.of() : o;
    }

    private static String lower(String s) {
        return s == null || s.isBlank() ? null : s.strip().toLowerCase(Locale.ROOT);
    }

    private static int intParam(Context ctx, String name, int fallback) {
        String v = ctx.queryParam(name);
        if (v == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new BadRequestResponse(name + " must be a positive integer, was " + v);
    }
}
