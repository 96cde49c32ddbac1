package org.corroborate.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;
import org.corroborate.model.Analysis;
import org.corroborate.model.Article;
import org.corroborate.model.Document;
import org.corroborate.model.Entity;
import org.corroborate.model.InputError;
import org.corroborate.model.Story;
import org.corroborate.output.Json;
import org.corroborate.server.search.SearchIndex;
import org.corroborate.server.store.IngestResult;
import org.corroborate.server.store.Store;
import org.corroborate.server.store.StoredArticle;
import org.corroborate.server.store.StoryRecord;

/**
 * Keeps the stories up to date as articles arrive.
 *
 * <p>Implementation notes (current strategy, to be replaced by the engine's streaming API when it exists):
 * a batch is first committed to the store (only then acknowledged), then queued for analysis. One worker thread
 * takes everything queued, finds the stories the new articles may touch — the stories of already indexed
 * articles that share at least {@link SearchIndex#MIN_SHARED} of a new article's rarest terms — and re-runs
 * {@link org.corroborate.Engine#analyze} over the new articles plus every article of those stories. The stories
 * the engine returns replace the touched ones in one store transaction, and each change goes out as an event,
 * with alerts from comparing claims before and after ({@link ClaimAlerts}). Articles committed but never
 * analyzed (a crash in between) are picked up again by {@link #recover()} at start. All of this is behind this
 * class, so true incremental updates can replace it without touching the API.
 */
public final class StoryDesk implements AutoCloseable {
    private static final int CANDIDATES_PER_ARTICLE = 50;
    private static final ObjectMapper JSON = Json.mapper();

    private final Store store;
    private final SearchIndex index;
    private final DocumentAnalyzer analyzer;
    private final Consumer<DeskEvent> events;
    private final BlockingQueue<Job> queue = new LinkedBlockingQueue<>();
    private final Thread worker;
    private volatile boolean running = true;

    private record Job(List<String> ids, CompletableFuture<Void> done) {}

    /** What a submission did; {@code analyzed} completes when its articles are in their stories. */
    public record Submission(IngestResult result, CompletableFuture<Void> analyzed) {}

    public StoryDesk(Store store, SearchIndex index, DocumentAnalyzer analyzer, Consumer<DeskEvent> events) {
        this.store = store;
        this.index = index;
        this.analyzer = analyzer;
        this.events = events;
        this.worker = new Thread(this::work, "story-desk");
        worker.setDaemon(true);
        worker.start();
    }

    /** Brings the index in line with the store and queues articles left unanalyzed by an earlier run. */
    public CompletableFuture<Void> recover() {
        if (index.count() != store.articleCount()) {
            index.rebuild(store.allArticles().stream().map(StoredArticle::document).toList());
        }
        List<String> pending = store.pending().stream().map(a -> a.document().id()).toList();
        return enqueue(pending);
    }

    /** Commits {@code documents} (duplicates refused) and queues the accepted ones for analysis. */
    public Submission submit(List<Document> documents) {
        IngestResult result = store.insert(documents);
        Set<String> accepted = Set.copyOf(result.accepted());
        index.add(documents.stream().filter(d -> accepted.contains(d.id())).toList());
        return new Submission(result, enqueue(result.accepted()));
    }

    private CompletableFuture<Void> enqueue(List<String> ids) {
        if (ids.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        Job job = new Job(ids, new CompletableFuture<>());
        queue.add(job);
        return job.done();
    }

    private void work() {
        while (running) {
            List<Job> jobs = new ArrayList<>();
            try {
                jobs.add(queue.take());
            } catch (InterruptedException e) {
                return;
            }
            // everything waiting is analyzed together: under load, fewer and larger re-analyses
            queue.drainTo(jobs);
            Set<String> ids = new LinkedHashSet<>();
            jobs.forEach(j -> ids.addAll(j.ids()));
            try {
                update(ids);
                jobs.forEach(j -> j.done().complete(null));
            } catch (RuntimeException e) {
                jobs.forEach(j -> j.done().completeExceptionally(e));
            }
        }
    }

    private void update(Set<String> newIds) {
        List<StoredArticle> fresh = store.articles(newIds);
        index.refresh(); // every article queued so far was added to the index before it was queued
        Set<String> touched = new TreeSet<>();
        for (StoredArticle a : fresh) {
            for (StoredArticle near : store.articles(index.similar(a.document(), CANDIDATES_PER_ARTICLE))) {
                if (near.storyId() != null) {
                    touched.add(near.storyId());
                }
            }
        }
        Map<String, StoredArticle> group = new LinkedHashMap<>();
        List<StoryView> before = new ArrayList<>();
        Map<String, Long> versions = new LinkedHashMap<>();
        for (String storyId : touched) {
            store.story(storyId).ifPresent(s -> {
                before.add(view(s));
                versions.put(s.id(), s.version());
            });
            store.articlesOfStory(storyId).forEach(a -> group.put(a.document().id(), a));
        }
        fresh.forEach(a -> group.put(a.document().id(), a));
        List<StoredArticle> ordered = group.values().stream()
                .sorted((x, y) -> Long.compare(x.seq(), y.seq())).toList();
        Analysis analysis = analyzer.analyze(ordered.stream().map(StoredArticle::document).toList());

        String now = Instant.now().toString();
        List<StoryView> after = new ArrayList<>();
        List<StoryRecord> records = new ArrayList<>();
        Map<String, String> storyOf = new LinkedHashMap<>();
        for (Story story : analysis.stories()) {
            StoryView v = StoryView.of(analysis, story);
            after.add(v);
            records.add(record(v, now, versions.getOrDefault(story.id(), 0L) + 1));
            for (StoredArticle a : ordered) {
                String id = a.document().id();
                if (story.articles().stream().anyMatch(x -> x.equals(id) || x.startsWith(id + "#"))) {
                    storyOf.putIfAbsent(id, story.id());
                }
            }
        }
        Map<String, String> rejected = new LinkedHashMap<>();
        for (StoredArticle a : ordered) {
            if (!storyOf.containsKey(a.document().id())) {
                rejected.put(a.document().id(), reason(analysis, a.document()));
            }
        }
        store.replaceStories(touched, records, storyOf, rejected);

        Set<String> kept = new TreeSet<>();
        records.forEach(r -> kept.add(r.id()));
        for (String gone : touched) {
            if (!kept.contains(gone)) {
                events.accept(new DeskEvent("story-removed", Map.of("id", gone)));
            }
        }
        records.forEach(r -> events.accept(new DeskEvent("story", summary(r))));
        ClaimAlerts.compare(before, after).forEach(alert -> events.accept(new DeskEvent("alert", alert)));
    }

    private static String reason(Analysis analysis, Document d) {
        return analysis.errors().stream().filter(e -> e.source().equals(d.source())).map(InputError::reason)
                .findFirst().orElse("the engine produced no article from it");
    }

    private static StoryRecord record(StoryView v, String now, long version) {
        Set<String> outlets = new TreeSet<>();
        String first = null;
        String last = null;
        for (Article a : v.articles()) {
            if (a.outlet() != null) {
                outlets.add(a.outlet());
            }
            if (a.published() != null) {
                first = first == null || a.published().compareTo(first) < 0 ? a.published() : first;
                last = last == null || a.published().compareTo(last) > 0 ? a.published() : last;
            }
        }
        List<String> entities = v.entities().stream().map(Entity::name).distinct().sorted().toList();
        try {
            return new StoryRecord(v.story().id(), v.story().title(), v.story().articles(), List.copyOf(outlets),
                    entities, first, last, now, version, JSON.writeValueAsString(v));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write story " + v.story().id(), e);
        }
    }

    /** The list entry of a story, as the API and the events give it. */
    public static Map<String, Object> summary(StoryRecord r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("title", r.title());
        m.put("articles", r.articles().size());
        m.put("outlets", r.outlets());
        m.put("entities", r.entities());
        m.put("first_published", r.firstPublished());
        m.put("last_published", r.lastPublished());
        m.put("updated", r.updated());
        m.put("version", r.version());
        return m;
    }

    /** The stored view of a story. */
    public static StoryView view(StoryRecord r) {
        try {
            return JSON.readValue(r.json(), StoryView.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("stored story " + r.id() + " is unreadable", e);
        }
    }

    @Override
    public void close() {
        running = false;
        worker.interrupt();
        try {
            worker.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
