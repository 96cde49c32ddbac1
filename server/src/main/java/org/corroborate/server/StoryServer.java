package org.corroborate.server;

import io.javalin.Javalin;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.corroborate.Engine;
import org.corroborate.model.Document;
import org.corroborate.model.InputError;
import org.corroborate.output.Json;
import org.corroborate.server.api.ApiRoutes;
import org.corroborate.server.api.EventHub;
import org.corroborate.server.search.SearchIndex;
import org.corroborate.server.store.Store;

/**
 * The live story desk: store, search index, desk, REST API, event stream and web UI in one process, listening on
 * the loopback interface unless told otherwise.
 */
public final class StoryServer implements AutoCloseable {
    /** Sent with every response: the UI loads only its own scripts and styles, never inline code. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self';"
            + " img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private final Store store;
    private final SearchIndex index;
    private final EventHub events;
    private final StoryDesk desk;
    private final AccessToken token;
    private final Javalin app;
    private final ScheduledExecutorService sources;

    private StoryServer(ServerConfig config, PrintStream log) {
        Path data = config.dataDir;
        store = config.database == null ? Store.sqlite(data) : Store.postgresql(config.database);
        // one index per store, so pointing the same data folder at another database never mixes them
        String indexName = config.database == null ? "index"
                : "index-" + Integer.toHexString(store.description().hashCode());
        index = new SearchIndex(data.resolve(indexName));
        events = new EventHub();
        DocumentAnalyzer analyzer = config.analyzer != null ? config.analyzer
                : new EngineAnalyzer(Engine.builder().build());
        desk = new StoryDesk(store, index, analyzer, events::publish);
        token = AccessToken.loadOrCreate(data.resolve("token"));
        desk.recover();

        ApiRoutes api = new ApiRoutes(store, index, desk, token, events, config.maxRequestBytes);
        app = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.http.maxRequestSize = config.maxRequestBytes;
            c.jsonMapper(new JavalinJackson(Json.mapper(), false));
            c.jetty.host = config.host;
            c.jetty.port = config.port;
            c.staticFiles.add(sf -> {
                sf.hostedPath = "/";
                sf.directory = "/org/corroborate/server/web";
                sf.location = Location.CLASSPATH;
                sf.headers = Map.of("Content-Security-Policy", CONTENT_SECURITY_POLICY,
                        "X-Content-Type-Options", "nosniff", "Referrer-Policy", "no-referrer");
            });
            c.routes.before(ctx -> {
                ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
                ctx.header("X-Content-Type-Options", "nosniff");
                ctx.header("Referrer-Policy", "no-referrer");
            });
            c.routes.exception(IllegalArgumentException.class, (e, ctx) ->
                    ctx.status(HttpStatus.BAD_REQUEST).json(Map.of("error", String.valueOf(e.getMessage()))));
            c.routes.exception(IllegalStateException.class, (e, ctx) ->
                    ctx.status(HttpStatus.SERVICE_UNAVAILABLE).json(Map.of("error", String.valueOf(e.getMessage()))));
            api.register(c.routes);
        });
        app.start();

        if (token.created()) {
            log.println("corroborate: new access token (shown once; kept in " + data.resolve("token") + "): "
                    + token.value());
        }
        log.println("corroborate: store " + store.description() + ", serving http://" + config.host + ":" + port());

        Consumer<InputError> report = e -> log.println("corroborate: " + e.source() + ": " + e.reason());
        FileDocuments files = new FileDocuments(config.maxRequestBytes);
        for (Path p : config.load) {
            List<Document> docs = files.readAll(p, report);
            if (!docs.isEmpty()) {
                StoryDesk.Submission s = desk.submit(docs);
                s.analyzed().join();
                log.println("corroborate: loaded " + p + ": " + s.result().accepted().size() + " new, "
                        + s.result().duplicates().size() + " already stored");
            }
        }
        sources = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "sources");
            t.setDaemon(true);
            return t;
        });
        for (Path folder : config.watch) {
            FolderWatcher w = new FolderWatcher(folder, files);
            long ms = config.watchInterval.toMillis();
            sources.scheduleWithFixedDelay(() -> submitQuietly(w.scan(report), report), 0, ms, TimeUnit.MILLISECONDS);
        }
        FeedPoller feeds = new FeedPoller(config.maxRequestBytes);
        for (String url : config.feeds) {
            long ms = config.feedInterval.toMillis();
            sources.scheduleWithFixedDelay(() -> submitQuietly(feeds.poll(url, report), report), 0, ms,
                    TimeUnit.MILLISECONDS);
        }
    }

    /** Starts a server; fails with a message naming the cause when the store, index or port is unusable. */
    public static StoryServer start(ServerConfig config, PrintStream log) {
        return new StoryServer(config, log);
    }

    private void submitQuietly(List<Document> docs, Consumer<InputError> report) {
        if (docs.isEmpty()) {
            return;
        }
        try {
            desk.submit(docs);
        } catch (RuntimeException e) {
            // a scheduled source must survive one failure, or it would stop polling for good
            report.accept(new InputError(docs.get(0).source(), "not stored: " + e.getMessage()));
        }
    }

    public int port() {
        return app.port();
    }

    public AccessToken token() {
        return token;
    }

    public StoryDesk desk() {
        return desk;
    }

    public Store store() {
        return store;
    }

    @Override
    public void close() {
        List<RuntimeException> failures = new ArrayList<>();
        for (Runnable step : List.<Runnable>of(sources::shutdownNow, events::close, app::stop, desk::close,
                index::close, store::close)) {
            try {
                step.run();
            } catch (RuntimeException e) {
                failures.add(e);
            }
        }
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
    }
}
